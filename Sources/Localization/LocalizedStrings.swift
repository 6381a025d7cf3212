import CampaignModel
import Diagnostics

/// A campaign's texts for one locale, each taken from the most specific strings that have it.
public struct LocalizedStrings: Hashable, Sendable {
    public let locale: LocaleTag
    /// Every message of the campaign, in the spec's order.
    public let messages: [ResolvedMessage]

    /// The text of the message `id`, if the campaign defines it.
    public subscript(id: String) -> String? {
        message(id)?.text
    }

    /// The resolved message `id`, if the campaign defines it.
    public func message(_ id: String) -> ResolvedMessage? {
        messages.first { $0.id == id }
    }

    /// The messages this locale shows in English although its language is not English:
    /// translations that are missing.
    public var fallbacks: [ResolvedMessage] {
        messages.filter { $0.isFallback }
    }
}

/// One message as a locale shows it, with where the text came from.
public struct ResolvedMessage: Hashable, Sendable {
    /// Where a resolved text was found.
    public enum Origin: Hashable, Sendable, CustomStringConvertible {
        /// A regional override file (`strings/de-AT.yaml`).
        case locale(LocaleTag)
        /// The language's strings file (`strings/de.yaml`, or `strings/zh.yaml` for `zh-Hans`).
        case language(LanguageTag)
        /// The English source text in `campaign.yaml`.
        case source

        public var description: String {
            switch self {
            case .locale(let tag): "strings/\(tag).yaml"
            case .language(let tag): "strings/\(tag).yaml"
            case .source: "campaign.yaml (English source)"
            }
        }
    }

    public let id: String
    public let text: String
    public let origin: Origin
    /// True when a non-English locale shows the English source because no translation exists.
    public let isFallback: Bool
    /// Where the text is written: the translation's line, or the source message's.
    public let location: SourceLocation
}
