import ArgumentParser
import CampaignBuild
import Translation
import Diagnostics
import TranslationFiles

/// `campaign strings status`
struct StringsStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print how far each campaign and locale is translated.",
        discussion: """
            One row per campaign and locale: messages translated from the current English, missing \
            (shown in English), stale (the English changed since), overflowing (the layout cannot fit \
            the text in its slot even at the smallest size) and reviewed or final. The ids behind \
            each count follow the table. Exits with 1 when --strict is given and anything is missing, \
            stale or overflowing. `campaign build` writes the same table as Output/strings-status.html.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var select: SelectionOptions

    @Flag(name: .customLong("strict"), help: "Fail unless every locale is complete.")
    var strict = false

    func run() throws {
        var log = DiagnosticLog()
        let desk = TranslationDesk(layout: input.layout)
        let rows = desk.status(select.selection, log: &log)
        DiagnosticPrinter.print(log.filter { $0.severity == .error })
        guard let rows else { throw ExitCode.failure }
        print(StatusTable(rows: rows).text, terminator: "")
        if strict, !rows.allSatisfy(\.isComplete) { throw ExitCode.failure }
    }
}
