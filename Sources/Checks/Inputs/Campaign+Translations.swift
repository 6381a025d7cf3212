import CampaignModel
import Localization

extension Campaign {
    /// The language strings files a lookup for `locale` tries, most specific first.
    func languageTables(for locale: LocaleTag) -> [StringTable] {
        tables(for: locale).filter { if case .language = $0.scope { true } else { false } }
    }

    /// The strings files a lookup for `locale` tries, most specific first.
    func tables(for locale: LocaleTag) -> [StringTable] {
        Localizer(campaign: self).tables(for: locale)
    }

    /// Calls `body` with every translation that parses as MessageFormat and whose English does.
    func forEachParsedTranslation(
        _ body: (StringTable, Message, _ source: MessagePattern, Translation, _ pattern: MessagePattern) -> Void
    ) {
        let sources = Dictionary(uniqueKeysWithValues: messages.compactMap { message in
            (try? MessagePattern(parsing: message.text)).map { (message.id, $0) }
        })
        for table in translations {
            for message in messages {
                guard let translation = table.entries[message.id], let source = sources[message.id],
                    let pattern = try? MessagePattern(parsing: translation.text)
                else { continue }
                body(table, message, source, translation, pattern)
            }
        }
    }
}

extension StringTable.Scope {
    /// The language the file is in.
    var language: LanguageTag {
        switch self {
        case .language(let tag): tag
        case .locale(let tag): tag.language
        }
    }

    /// The campaign's locales that read this file.
    func locales(in campaign: Campaign) -> [String] {
        campaign.locales.filter { campaign.tables(for: $0).contains { $0.scope == self } }.map(\.description)
    }
}

extension LocaleTag {
    var isEnglish: Bool { language.language == LanguageTag.english.language }
}
