import ArgumentParser
import CampaignBuild
import Checks
import Diagnostics

/// `campaign check`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and validate every campaign, translation and member state, and print every diagnostic.",
        discussion: """
            Writes nothing. Exits with status 1 when there is any error. With --lint it also lays \
            out, renders and judges every output as a build would: text that overflows or is smaller \
            than the campaign's audience reads, contrast, art that stops short of the bleed, \
            newsletter images without descriptions, vague link texts and headings out of order, \
            and the schedule's clashes and deadlines. Every finding names its check; \
            --list-checks prints them all.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var select: SelectionOptions

    @Flag(name: .customLong("lint"), help: "Judge every output as a build would, writing nothing.")
    var lint = false

    @Flag(name: .customLong("list-checks"), help: "Print every check a finding can name, with what it finds, and stop.")
    var listChecks = false

    func run() throws {
        if listChecks {
            print(CheckList.markdown, terminator: "")
            return
        }
        let check = ProjectCheck(
            layout: input.layout,
            selection: select.selection)
        let (log, selected): (DiagnosticLog, [SelectedCampaign])
        if lint {
            let result = Build(check: check, outputDirectory: "", schedule: .fromEnvironment()).run(writing: false)
            (log, selected) = (result.log, result.selected)
        } else {
            let checked = check.run()
            (log, selected) = (checked.log, checked.selected)
        }
        DiagnosticPrinter.print(log)
        let locales = selected.reduce(0) { $0 + $1.locales.count }
        DiagnosticPrinter.printError(
            "\(lint ? "linted" : "checked") \(DiagnosticPrinter.count(selected.count, "campaign")) in "
                + "\(DiagnosticPrinter.count(locales, "locale")): \(DiagnosticPrinter.summary(log))")
        if log.hasErrors { throw ExitCode.failure }
    }
}
