import CampaignModel
import CLDRPlurals

/// The values the compiler gives a message's placeholders in each locale. Authors write them
/// as ICU MessageFormat arguments: `{date}`, or `{languages, plural, one {# language} other
/// {# languages}}`.
public struct MessageArguments: Sendable {
    /// Each argument a message may use, with what it holds.
    public static let names: [String: String] = [
        "date": "the key date of the edition, in the locale's long date format",
        "year": "the edition's year",
        "state": "the member state's name in the locale's language",
        "languages": "how many languages the member state's pack comes in (a number, for plural)",
        "website": "the campaign's website without https://",
    ]

    public let values: [String: MessageValue]

    public init(campaign: Campaign, locale: LocaleTag) {
        let format = LocaleFormat(locale: locale)
        let chosen = campaign.distribution.first { $0.state == locale.region }?.languages.count ?? 1
        values = [
            "date": .text(format.longDate(campaign.editionDate)),
            "year": .text(String(campaign.edition)),
            "state": .text(format.stateName),
            "languages": .number(chosen),
            "website": .text(campaign.websiteLabel ?? ""),
        ]
    }

    /// The names, listed for error messages: `{date}, {languages}, …`
    public static var list: String {
        names.keys.sorted().map { "{\($0)}" }.joined(separator: ", ")
    }
}
