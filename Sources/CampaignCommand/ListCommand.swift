import ArgumentParser
import CampaignBuild
import CampaignModel

/// `campaign list`
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show the member states, and the campaigns with their locales.",
        discussion: "Prints to standard output; diagnostics go to standard error."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var select: SelectionOptions

    func run() throws {
        let result = ProjectCheck(
            layout: input.layout,
            selection: select.selection
        ).run()
        DiagnosticPrinter.print(result.log)
        print(Listing(project: result.project, selected: result.selected).text, terminator: "")
        if result.log.hasErrors { throw ExitCode.failure }
    }
}
