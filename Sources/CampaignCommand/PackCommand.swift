import ArgumentParser
import CampaignBuild
import CampaignModel
import Foundation

/// `campaign pack`
struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Build, then zip each member state's files with a manifest, ready to send.",
        discussion: """
            Writes <dir>/<STATE>.zip (default Output/packs): every campaign's files in the state's \
            locales, the state's schedule as iCalendar and CSV, and manifest.json listing each file \
            with its size and SHA-256. Without --state, one zip per member state taking part in a \
            campaign. Nothing is packed when the build has errors.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("state"), help: ArgumentHelp("The member state to pack, e.g. CZ (repeatable).", valueName: "code"))
    var states: [String] = []

    @Option(name: .customLong("output"), help: ArgumentHelp("The build's output folder.", valueName: "dir"))
    var outputDirectory = "Output"

    @Option(name: .customLong("to"), help: ArgumentHelp("Where the zips go (default: <output>/packs).", valueName: "dir"))
    var destination: String?

    func run() throws {
        let check = ProjectCheck(layout: input.layout)
        let project = ProjectLoader(input.layout).load().project
        let taking = Set(project.campaigns.flatMap { $0.locales.map(\.state) })
        let codes = states.isEmpty ? taking.sorted() : states.map { $0.uppercased() }
        for code in codes where !taking.contains(code) {
            DiagnosticPrinter.printError("error: no campaign is made in member state '\(code)'")
            throw ExitCode.failure
        }
        let settings = ScheduleSettings.fromEnvironment()
        let result = Build(check: check, outputDirectory: outputDirectory, schedule: settings).run()
        DiagnosticPrinter.print(result.log.filter { $0.severity != .note })
        guard !result.log.hasErrors else {
            DiagnosticPrinter.printError("pack: nothing packed; the build has \(DiagnosticPrinter.summary(result.log))")
            throw ExitCode.failure
        }
        let folder = destination ?? "\(outputDirectory)/\(OutputLayout.packsFolder)"
        let pack = StatePack(
            outputDirectory: outputDirectory, project: project, settings: settings,
            layout: input.layout)
        for code in codes {
            let manifest = try pack.write(state: code, to: folder)
            DiagnosticPrinter.printError("pack: \(folder)/\(code).zip, \(DiagnosticPrinter.count(manifest.files.count, "file")) for \(manifest.name)")
        }
    }
}
