import ArgumentParser

/// `campaign strings`: the translation workflow's commands.
struct StringsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strings",
        abstract: "Hand strings to translators and take their work back: export, import, status, confirm.",
        discussion: """
            Translators work in their own tools (Trados, memoQ, Phrase, Poedit, Weblate) on XLIFF 2.1 or \
            gettext PO files. An export carries each message's English, its current translation and \
            state, the translator's note, where it appears and the room the layout measured. An import \
            checks every unit and writes the campaign's strings files only when nothing is wrong.
            """,
        subcommands: [StringsExportCommand.self, StringsImportCommand.self, StringsStatusCommand.self, StringsConfirmCommand.self]
    )
}
