import ArgumentParser
import CampaignBuild

/// `campaign build`
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the campaigns and write their outputs into the output folder.",
        discussion: """
            Writes nothing when there is any error, so the previous outputs stay intact. Every file \
            is written to a temporary name and renamed into place.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var select: SelectionOptions

    @Option(name: .customLong("output"), help: ArgumentHelp("The folder the outputs are written to.", valueName: "dir"))
    var outputDirectory = "Output"

    @Option(name: .customLong("jobs"), help: ArgumentHelp("How many locales to make at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Option(
        name: .customLong("year"),
        help: ArgumentHelp("A year the schedule plans (repeatable; default: the coming year and the one after).", valueName: "year"))
    var years: [Int] = []

    @Flag(name: .customLong("verbose"), help: "List every file written.")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        try YearOption.validate(years)
    }

    func run() throws {
        let check = ProjectCheck(
            campaignsDirectory: input.campaignsDirectory, assetsDirectory: input.assetsDirectory,
            selection: select.selection)
        let schedule = ScheduleSettings.fromEnvironment(years: years.isEmpty ? nil : years)
        let build = jobs.map { Build(check: check, outputDirectory: outputDirectory, threads: $0, schedule: schedule) }
            ?? Build(check: check, outputDirectory: outputDirectory, schedule: schedule)
        let result = build.run()
        DiagnosticPrinter.print(result.log)
        if verbose {
            for path in result.written { DiagnosticPrinter.printError("wrote \(path)") }
        }
        let written = result.log.hasErrors
            ? "nothing written"
            : "\(DiagnosticPrinter.count(result.written.count, "file")) written to \(outputDirectory)"
        DiagnosticPrinter.printError("build: \(written); \(DiagnosticPrinter.summary(result.log))")
        if result.log.hasErrors { throw ExitCode.failure }
    }
}
