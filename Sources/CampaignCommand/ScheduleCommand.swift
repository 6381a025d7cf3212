import ArgumentParser
import CampaignBuild
import Foundation

/// `campaign schedule`
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Print the distribution schedule: focus days and every deadline per member state.",
        discussion: """
            Deadlines are counted in the business days of each member state (weekends and the public \
            holidays in Assets/holidays.yaml do not count). Prints a table, an iCalendar file or CSV to \
            standard output, or writes it to --output; findings (clashing focus days, moved or past \
            deadlines) go to standard error. Writes nothing else: `campaign build` writes the schedule \
            files into Output/ and updates each campaign's schedule.lock.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, ics, csv
    }

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("year"), help: ArgumentHelp("The year to plan (repeatable; default: the coming year).", valueName: "year"))
    var years: [Int] = []

    @Option(name: .customLong("state"), help: ArgumentHelp("Only this member state, e.g. CZ (repeatable).", valueName: "code"))
    var states: [String] = []

    @Option(name: .customLong("campaign"), help: ArgumentHelp("Only this campaign (repeatable).", valueName: "id"))
    var campaigns: [String] = []

    @Option(name: .customLong("format"), help: "How to print the plan.")
    var format: Format = .table

    @Option(name: .customLong("output"), help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        try YearOption.validate(years)
    }

    func run() throws {
        let settings = ScheduleSettings.fromEnvironment(years: years.isEmpty ? nil : years)
        let planYears = years.isEmpty ? [settings.years[0]] : years
        let result = ScheduleExport(
            layout: input.layout,
            settings: ScheduleSettings(years: planYears, today: settings.today, stamp: settings.stamp)
        ).export(campaigns: campaigns, states: states.map { $0.uppercased() }, format: format.rawValue)
        DiagnosticPrinter.print(result.log)
        guard let text = result.text else { throw ExitCode.failure }
        if let output {
            do {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
            } catch {
                DiagnosticPrinter.printError("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            DiagnosticPrinter.printError("schedule: \(result.eventCount) events written to \(output); \(DiagnosticPrinter.summary(result.log))")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// The checks every `--year` option shares.
enum YearOption {
    static func validate(_ years: [Int]) throws {
        for year in years where !(2000...2200).contains(year) {
            throw ValidationError("--year \(year) is not a year between 2000 and 2200")
        }
    }
}
