import ArgumentParser
import CampaignBuild
import Foundation
import Preview

/// `campaign preview`
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Build, serve the output on 127.0.0.1, and rebuild and reload on every edit.",
        discussion: """
            Serves the output folder (open the contact sheet at the address printed), watches the \
            campaigns and assets folders, rebuilds what an edit changed, and reloads the open contact \
            sheet. A build with errors keeps the last good files and shows the errors on the sheet. \
            Stop it with Ctrl-C.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var select: SelectionOptions

    @Option(name: .customLong("output"), help: ArgumentHelp("The folder the outputs are written to and served from.", valueName: "dir"))
    var outputDirectory = "Output"

    @Option(name: .customLong("port"), help: "The port on 127.0.0.1 to serve on.")
    var port = 8_000

    @Flag(name: .customLong("no-motion"), help: "Make no animated social posts (GIF, MP4): quicker rebuilds while a design is worked on.")
    var noMotion = false

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be from 1 to 65535") }
    }

    func run() async throws {
        let check = ProjectCheck(
            layout: input.layout, selection: select.selection)
        let build = Build(check: check, outputDirectory: outputDirectory, showsFailures: true, motion: !noMotion)
        let server = PreviewServer(
            build: build, port: port,
            report: { result in
                DiagnosticPrinter.print(result.log)
                DiagnosticPrinter.printError(
                    "preview: built, \(DiagnosticPrinter.count(result.written.count, "file")) written, "
                        + "\(DiagnosticPrinter.count(result.reused, "locale")) unchanged; \(DiagnosticPrinter.summary(result.log))")
            },
            ready: { address in DiagnosticPrinter.printError("preview: serving \(address) (Ctrl-C stops)") })
        try await server.run()
    }
}
