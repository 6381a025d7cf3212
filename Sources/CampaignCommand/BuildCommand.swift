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

    func run() throws {
        let check = ProjectCheck(
            campaignsDirectory: input.campaignsDirectory, assetsDirectory: input.assetsDirectory,
            selection: select.selection)
        let result = Build(check: check, outputDirectory: outputDirectory).run()
        DiagnosticPrinter.print(result.log)
        let written = result.log.hasErrors
            ? "nothing written"
            : "\(DiagnosticPrinter.count(result.written.count, "file")) written to \(outputDirectory)"
        DiagnosticPrinter.printError("build: \(written); \(DiagnosticPrinter.summary(result.log))")
        if result.log.hasErrors { throw ExitCode.failure }
    }
}
