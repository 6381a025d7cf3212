import CampaignModel
import CLDRPlurals

/// The values the compiler gives a message's placeholders in each locale. Authors write them
/// as ICU MessageFormat arguments: `{key-date}`, or `{languages, plural, one {# language} other
/// {# languages}}`.
public struct MessageArguments: Sendable {
    /// Each argument a message may use, with what it holds.
    public static let names: [String: String] = [
        "key-date": "the key date of the edition, in the locale's long date format",
        "year": "the edition's year",
        "state-name": "the member state's name in the locale's language",
        "languages": "how many languages the member state's pack comes in (a number, for plural)",
        "website": "the campaign's website without https://",
    ]

    /// Names the compiler supplied before the templates' names became the messages' too, with
    /// the name to write instead. They are still filled in, and `campaign check` warns of them.
    public static let renamed: [String: String] = ["date": "key-date", "state": "state-name"]

    public let values: [String: MessageValue]

    public init(campaign: Campaign, locale: LocaleTag) {
        let format = LocaleFormat(locale: locale)
        let chosen = campaign.distribution.first { $0.state == locale.state }?.languages.count ?? 1
        var values: [String: MessageValue] = [
            "key-date": .text(format.longDate(campaign.editionDate)),
            "year": .text(String(campaign.edition)),
            "state-name": .text(format.stateName),
            "languages": .number(chosen),
            "website": .text(campaign.websiteLabel ?? ""),
        ]
        for (old, new) in Self.renamed { values[old] = values[new] }
        self.values = values
    }

    /// The names, listed for error messages: `{key-date}, {languages}, …`
    public static var list: String {
        names.keys.sorted().map { "{\($0)}" }.joined(separator: ", ")
    }
}
