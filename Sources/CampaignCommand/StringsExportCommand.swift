import ArgumentParser
import CampaignBuild
import Translation
import CampaignModel
import Diagnostics
import Foundation
import TranslationFiles

extension TranslationFormat: ExpressibleByArgument {}

/// `campaign strings export`
struct StringsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one campaign's strings for one locale as an XLIFF 2.1 or PO file for a translator.",
        discussion: """
            One unit per message: the English source, the current translation (or none), its state \
            (initial, translated, reviewed, final; stale translations are exported as initial, and \
            fuzzy in PO), the translator's description, the formats, templates and slots the message \
            appears in, and the room measured there ("fits about 38 characters per line on 2 lines at \
            96 pt"). XLIFF carries the smallest room as a size restriction in code points and ICU \
            placeholders as <ph> codes. Without --output the file is \
            <campaign>.<locale>.xlf or .po in the current folder.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("campaign"), help: ArgumentHelp("The campaign.", valueName: "id"))
    var campaign: String

    @Option(name: .customLong("locale"), help: ArgumentHelp("The locale, e.g. de-AT or uk-CZ.", valueName: "tag"))
    var locale: String

    @Option(name: .customLong("format"), help: "xliff or po.")
    var format: TranslationFormat = .xliff

    @Option(name: .customLong("output"), help: ArgumentHelp("The file to write; - for standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let tag: LocaleTag
        do {
            tag = try LocaleTag(parsing: locale)
        } catch {
            throw ValidationError("--locale \(locale): \(error.message)")
        }
        var log = DiagnosticLog()
        let desk = TranslationDesk(layout: input.layout)
        let bytes = desk.export(campaign: campaign, locale: tag, format: format, log: &log)
        DiagnosticPrinter.print(log.filter { $0.severity == .error })
        guard let bytes else { throw ExitCode.failure }
        let path = output ?? FileNaming.fileName(campaign: campaign, locale: tag, format: format)
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try AtomicFile.write(Data(bytes), to: URL(fileURLWithPath: path))
        } catch {
            DiagnosticPrinter.printError("error: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        DiagnosticPrinter.printError("strings: \(campaign) in \(tag) written to \(path)")
    }
}
