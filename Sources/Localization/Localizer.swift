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
    /// written (`diagnostics()` reports it as an error, so no build gets that far). Where
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

    /// Everything wrong or worth knowing about the campaign's translations.
    public func diagnostics() -> [Diagnostic] {
        var log = DiagnosticLog()
        reportLanguagesWithoutStrings(&log)
        reportMissingTranslations(&log)
        reportUnusedTables(&log)
        MessageCheck(campaign: campaign).report(&log)
        return log.diagnostics
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

    private func languageTables(for locale: LocaleTag) -> [StringTable] {
        tables(for: locale).filter { if case .language = $0.scope { true } else { false } }
    }

    private func isEnglish(_ locale: LocaleTag) -> Bool {
        locale.language.language == LanguageTag.english.language
    }

    private func reportLanguagesWithoutStrings(_ log: inout DiagnosticLog) {
        for participation in campaign.distribution {
            for chosen in participation.languages {
                let locale = LocaleTag(language: chosen.tag, region: participation.state)
                guard !isEnglish(locale), languageTables(for: locale).isEmpty else { continue }
                log.error(
                    "\(participation.state) chose \(chosen.tag.englishName) ('\(chosen.tag)'), but the campaign has no strings in it: add strings/\(chosen.tag).yaml",
                    at: chosen.location)
            }
        }
    }

    /// One warning per language table and message: the locales that show English instead.
    private func reportMissingTranslations(_ log: inout DiagnosticLog) {
        let locales = campaign.locales.filter { !isEnglish($0) }
        var missing: [StringTable: [String: [LocaleTag]]] = [:]
        for locale in locales {
            guard let table = languageTables(for: locale).first else { continue }
            for message in strings(for: locale).fallbacks {
                missing[table, default: [:]][message.id, default: []].append(locale)
            }
        }
        for (table, messages) in missing {
            for (id, locales) in messages {
                let names = locales.map(\.description).sorted().joined(separator: ", ")
                log.warning(
                    "no translation of '\(id)' in \(table.scope); \(names) will show the English source",
                    at: table.location)
            }
        }
    }

    private func reportUnusedTables(_ log: inout DiagnosticLog) {
        let locales = Set(campaign.locales)
        let used = Set(locales.flatMap { tables(for: $0).map(\.scope) })
        for table in campaign.translations where !used.contains(table.scope) {
            let what: String
            switch table.scope {
            case .locale(let tag): what = "no member state takes \(tag.language) in \(tag.region)"
            case .language(let tag): what = "no member state chose \(tag.englishName)"
            }
            log.warning("strings file is not used: \(what) in the distribution", at: table.location)
        }
    }
}
