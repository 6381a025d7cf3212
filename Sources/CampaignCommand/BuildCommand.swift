import ArgumentParser
import CampaignBuild
import Diagnostics
import Foundation

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

    @Flag(name: .customLong("print-marks"), help: "Put crop marks outside the bleed of every print PDF.")
    var printMarks = false

    @Flag(
        name: .customLong("no-print-pdf"),
        help: "Make no print PDFs: a quicker build while a design is worked on (the pack and the site then offer none).")
    var noPrintPDF = false

    @Flag(
        name: .customLong("no-motion"),
        help: "Make no animated social posts (GIF, MP4): a quicker build for packs that do not need them.")
    var noMotion = false

    @Flag(name: .customLong("verbose"), help: "List every file written and removed.")
    var verbose = false

    @Flag(name: .customLong("quiet"), help: "Print only errors and warnings: no progress, no summary.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if quiet, verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        try YearOption.validate(years)
    }

    func run() throws {
        let check = ProjectCheck(
            layout: input.layout,
            selection: select.selection)
        let schedule = ScheduleSettings.fromEnvironment(years: years.isEmpty ? nil : years)
        let printer = quiet ? nil : ProgressPrinter()
        let build = Build(
            check: check, outputDirectory: outputDirectory, threads: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            schedule: schedule, progress: printer.map { printer in { @Sendable progress in printer.show(progress) } },
            printMarks: printMarks, printPDFs: !noPrintPDF, motion: !noMotion)
        let result = build.run()
        printer?.finish()
        DiagnosticPrinter.print(quiet ? result.log.filter { $0.severity != Diagnostic.Severity.note } : result.log)
        if verbose {
            for path in result.written { DiagnosticPrinter.printError("wrote \(path)") }
            for path in result.removed { DiagnosticPrinter.printError("removed \(outputDirectory)/\(path)") }
        }
        if !quiet {
            var summary = result.log.hasErrors
                ? "nothing written"
                : "\(DiagnosticPrinter.count(result.written.count, "file")) written to \(outputDirectory)"
            if !result.log.hasErrors, result.reused > 0 { summary += ", \(DiagnosticPrinter.count(result.reused, "locale")) unchanged" }
            if !result.removed.isEmpty { summary += ", \(DiagnosticPrinter.count(result.removed.count, "file")) removed" }
            DiagnosticPrinter.printError("build: \(summary); \(DiagnosticPrinter.summary(result.log))")
        }
        if result.log.hasErrors { throw ExitCode.failure }
    }
}
