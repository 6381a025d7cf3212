import ArgumentParser
import CampaignBuild

/// `campaign check`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and validate every campaign, translation and member state, and print every diagnostic.",
        discussion: "Writes nothing. Exits with status 1 when there is any error."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var select: SelectionOptions

    func run() throws {
        let result = ProjectCheck(
            campaignsDirectory: input.campaignsDirectory, assetsDirectory: input.assetsDirectory,
            selection: select.selection
        ).run()
        DiagnosticPrinter.print(result.log)
        let locales = result.selected.reduce(0) { $0 + $1.locales.count }
        DiagnosticPrinter.printError(
            "checked \(DiagnosticPrinter.count(result.selected.count, "campaign")) in \(DiagnosticPrinter.count(locales, "locale")): \(DiagnosticPrinter.summary(result.log))")
        if result.log.hasErrors { throw ExitCode.failure }
    }
}
