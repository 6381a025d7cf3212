import CampaignModel
import CLDRPlurals
import Diagnostics

/// Finds each message's text for a locale by BCP 47 lookup: the locale's own overrides, then its
/// language (from the most specific tag to the broadest), then the English source.
///
/// It also judges a campaign's translations as a whole: languages chosen without strings,
/// translations that are missing, strings files nobody uses.
public struct Localizer: Sendable {
    public let campaign: Campaign

    public init(campaign: Campaign) {
        self.campaign = campaign
    }

    /// The campaign's texts as `locale` shows them, placeholders and plurals filled in.
    public func strings(for locale: LocaleTag) -> LocalizedStrings {
        let chain = tables(for: locale)
        let arguments = MessageArguments(campaign: campaign, locale: locale)
        let messages = campaign.messages.map { message in
            for table in chain {
                if let translation = table.entries[message.id] {
                    return ResolvedMessage(
                        id: message.id, text: formatted(translation.text, language: locale.language, locale: locale, arguments),
                        origin: origin(of: table), isFallback: false, location: translation.location)
                }
            }
            return ResolvedMessage(
                id: message.id, text: formatted(message.text, language: .english, locale: locale, arguments), origin: .source,
                isFallback: locale.language.language != LanguageTag.english.language, location: message.location)
        }
        return LocalizedStrings(locale: locale, messages: messages)
    }

    /// The text with its arguments filled in; a text that is not valid MessageFormat is shown as
    /// written (the `message-syntax` check reports it as an error, so no build gets that far). Where
    /// right-to-left text is involved (the locale's, the message's or a value's), each value is
    /// isolated, so that a date keeps its order inside an English fallback in an Arabic locale.
    private func formatted(_ text: String, language: LanguageTag, locale: LocaleTag, _ arguments: MessageArguments) -> String {
        guard text.contains("{") || text.contains("'"),
            let pattern = try? MessagePattern(parsing: text),
            let rules = try? PluralRules(language: language.description)
        else { return text }
        let isolating = locale.language.writesRightToLeft || language.writesRightToLeft
            || arguments.values.values.contains { if case .text(let value) = $0 { BidiIsolation.containsRightToLeft(value) } else { false } }
        guard let result = try? pattern.format(arguments.values, locale: locale.description, rules: rules, isolating: isolating)
        else { return text }
        return result
    }

    /// The translation of message `id` that a text of `origin` came from (`nil` for the source).
    public func translation(of id: String, for locale: LocaleTag, origin: ResolvedMessage.Origin) -> Translation? {
        let scope: StringTable.Scope
        switch origin {
        case .locale(let tag): scope = .locale(tag)
        case .language(let tag): scope = .language(tag)
        case .source: return nil
        }
        return campaign.translations.first { $0.scope == scope }?.entries[id]
    }

    /// The tables a lookup for `locale` tries, most specific first.
    public func tables(for locale: LocaleTag) -> [StringTable] {
        var scopes: [StringTable.Scope] = [.locale(locale)]
        var language: LanguageTag? = locale.language
        while let current = language {
            scopes.append(.language(current))
            language = current.broader
        }
        return scopes.compactMap { scope in campaign.translations.first { $0.scope == scope } }
    }

    private func origin(of table: StringTable) -> ResolvedMessage.Origin {
        switch table.scope {
        case .locale(let tag): .locale(tag)
        case .language(let tag): .language(tag)
        }
    }
}
