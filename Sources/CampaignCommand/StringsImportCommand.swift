import ArgumentParser
import CampaignBuild
import Translation
import CampaignModel
import Diagnostics

/// `campaign strings import`
struct StringsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Check translated XLIFF or PO files and write their translations into the strings files.",
        discussion: """
            Every unit is checked: its id must be a message of the campaign, its placeholders and ICU \
            plural and select arguments must be the source's, its plural forms must be the target \
            language's (Czech one, few, many, other), and it may not carry markup. The file's target \
            language must be a locale of the campaign and match the file's name. Files are read with \
            network, DTDs and entities off and a size limit. If anything is wrong, nothing is written. \
            A changed translation records the fingerprint of the English it was made from, so a later \
            change to the English marks it stale.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("locale"), help: ArgumentHelp("The locale the files must be for.", valueName: "tag"))
    var locale: String?

    @Argument(help: ArgumentHelp("The .xlf, .xliff or .po files.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to import") }
    }

    func run() throws {
        var expected: LocaleTag?
        if let locale {
            do {
                expected = try LocaleTag(parsing: locale)
            } catch {
                throw ValidationError("--locale \(locale): \(error.message)")
            }
        }
        var log = DiagnosticLog()
        let desk = TranslationDesk(layout: input.layout)
        let result = desk.importFiles(files, locale: expected, log: &log)
        DiagnosticPrinter.print(log)
        guard let result else {
            DiagnosticPrinter.printError("import: nothing written; \(DiagnosticPrinter.summary(log))")
            throw ExitCode.failure
        }
        for (path, updated) in result.written {
            DiagnosticPrinter.printError("wrote \(path) (\(DiagnosticPrinter.count(updated, "translation")) new or changed)")
        }
        DiagnosticPrinter.printError(
            "import: \(DiagnosticPrinter.count(result.written.count, "strings file")) written; \(DiagnosticPrinter.summary(log))")
    }
}
