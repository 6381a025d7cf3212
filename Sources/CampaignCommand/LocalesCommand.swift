import ArgumentParser
import CampaignBuild
import Translation
import Diagnostics

/// `campaign locales`: the languages member states choose.
struct LocalesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locales",
        abstract: "Add or remove a language a member state chose for a campaign.",
        discussion: """
            Edits the campaign's distribution in campaign.yaml in place: only the member state's line \
            changes, comments and layout stay. The state must be in Assets/member-states.yaml and the \
            language a BCP 47 language tag (uk, ar, zh-Hans).
            """,
        subcommands: [LocalesAddCommand.self, LocalesRemoveCommand.self]
    )
}

/// The arguments both edits take.
struct LocaleChoiceArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The campaign.", valueName: "campaign"))
    var campaign: String

    @Option(name: .customLong("state"), help: ArgumentHelp("The member state, e.g. CZ.", valueName: "code"))
    var state: String

    @Option(name: .customLong("language"), help: ArgumentHelp("The language, e.g. uk or zh-Hans.", valueName: "tag"))
    var language: String

    func run(_ edit: LocaleChoices.Edit, input: InputOptions) throws {
        var log = DiagnosticLog()
        let outcome = LocaleChoices(layout: input.layout)
            .apply(edit, campaign: campaign, state: state, language: language, log: &log)
        DiagnosticPrinter.print(log)
        guard let outcome else { throw ExitCode.failure }
        for path in outcome.written { DiagnosticPrinter.printError("wrote \(path)") }
        for path in outcome.removed { DiagnosticPrinter.printError("removed \(path), which no locale uses and holds no translation") }
        switch edit {
        case .add:
            DiagnosticPrinter.printError(
                "locales: \(campaign) is now made in \(outcome.locale); hand its strings to a translator with "
                    + "`campaign strings export --campaign \(campaign) --locale \(outcome.locale)`")
        case .remove:
            DiagnosticPrinter.printError("locales: \(campaign) is no longer made in \(outcome.locale)")
        }
    }
}

/// `campaign locales add`
struct LocalesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a language to a member state's pack of a campaign.",
        discussion: "Creates an empty strings/<language>.yaml when the campaign has no strings in the language yet."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var choice: LocaleChoiceArguments

    func run() throws {
        try choice.run(.add, input: input)
    }
}

/// `campaign locales remove`
struct LocalesRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a language from a member state's pack of a campaign.",
        discussion: "The state leaves the distribution with its last language. Strings files are kept."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var choice: LocaleChoiceArguments

    func run() throws {
        try choice.run(.remove, input: input)
    }
}
