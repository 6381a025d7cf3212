import ArgumentParser
import CampaignBuild
import Translation
import Diagnostics

/// `campaign strings confirm`
struct StringsConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Mark translations as current after an English change that needs no new translation.",
        discussion: """
            When the English of a message changes, its translations become stale. If the change does \
            not affect the meaning (a typo, punctuation), confirm them: each translation records the \
            fingerprint of the current English again. Limit it with --campaign, --locale and --message.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var select: SelectionOptions

    @Option(name: .customLong("message"), help: ArgumentHelp("Only this message id (repeatable).", valueName: "id"))
    var messages: [String] = []

    func run() throws {
        var log = DiagnosticLog()
        let desk = TranslationDesk(layout: input.layout)
        let written = desk.confirm(select.selection, messages: messages, log: &log)
        DiagnosticPrinter.print(log)
        guard let written else { throw ExitCode.failure }
        for (path, updated) in written {
            DiagnosticPrinter.printError("wrote \(path) (\(DiagnosticPrinter.count(updated, "translation")) confirmed)")
        }
        DiagnosticPrinter.printError("confirm: \(DiagnosticPrinter.count(written.count, "strings file")) written")
    }
}
