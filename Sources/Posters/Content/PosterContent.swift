import CampaignModel
import Diagnostics
import Localization
import TextLayout

/// Everything a poster of one campaign in one locale can show: the campaign's messages as the
/// locale reads them and the national data of its member state.
public struct PosterContent: Sendable {
    public let campaign: Campaign
    public let locale: LocaleTag
    public let state: MemberState
    public let strings: LocalizedStrings

    /// The data a slot can name besides message ids, with what each one shows.
    public static let dataNames: [String: String] = [
        "emergency-number": "the emergency number (112)",
        "victim-support-number": "the victim support line as printed",
        "key-date": "the key date of the edition, in the locale's long date format",
        "website": "the campaign's website without https://",
        "state-name": "the member state's name in the locale's language",
    ]

    public init(campaign: Campaign, locale: LocaleTag, state: MemberState) {
        self.campaign = campaign
        self.locale = locale
        self.state = state
        self.strings = Localizer(campaign: campaign).strings(for: locale)
    }

    /// The text for a reference, or `nil` for a name the campaign does not know.
    public func value(_ name: String) -> String? {
        if let message = strings.message(name) { return message.text }
        switch name {
        case "emergency-number": return state.helplines.emergency
        case "victim-support-number": return state.helplines.victimSupport.display
        case "key-date": return LocaleFormat(locale: locale).longDate(campaign.editionDate)
        case "website": return campaign.websiteLabel ?? ""
        case "state-name": return LocaleFormat(locale: locale).stateName
        default: return nil
        }
    }

    /// The direction a reference's text reads in: a message's is its language's (English for a
    /// fallback), phone numbers and addresses read left to right in every language, a state's
    /// name reads as the locale does, and a date as its first letter says (`nil`).
    func direction(of name: String) -> BidiIsolation.Direction? {
        if let message = strings.message(name) {
            return message.isFallback ? .leftToRight : locale.language.writesRightToLeft ? .rightToLeft : .leftToRight
        }
        switch name {
        case "emergency-number", "victim-support-number", "website": return .leftToRight
        case "state-name": return locale.language.writesRightToLeft ? .rightToLeft : .leftToRight
        default: return nil
        }
    }

    /// Where the text of a reference comes from, for pointing errors at the line to change.
    public func location(of name: String) -> SourceLocation? {
        strings.message(name)?.location ?? (Self.dataNames[name] != nil ? state.location : nil)
    }

    /// The direction the locale's language is written in.
    public var direction: TextStyle.Direction {
        locale.language.writesRightToLeft ? .rightToLeft : .leftToRight
    }
}
