import CampaignModel
import Localization

/// How far one locale of a campaign is translated: what a coordinator checks before a pack
/// goes to print.
public struct TranslationStatus: Hashable, Sendable {
    public let campaign: String
    public let locale: LocaleTag
    /// The campaign's message count.
    public let total: Int
    /// Messages whose translation is current (not stale), whatever its state.
    public let translated: Int
    /// Messages the locale shows in English because no translation exists.
    public let missing: [String]
    /// Messages translated from an English text that has changed since.
    public let stale: [String]
    /// Messages whose text does not fit its slot, as the layout measured it.
    public let overflowing: [String]
    /// Current translations that a second linguist reviewed or signed off.
    public let reviewed: Int
    /// The locale's language is English: the source itself, with regional wording.
    public let isSource: Bool

    public init(campaign: Campaign, locale: LocaleTag, overflowing: [String]) {
        let localizer = Localizer(campaign: campaign)
        let strings = localizer.strings(for: locale)
        var missing: [String] = []
        var stale: [String] = []
        var translated = 0
        var reviewed = 0
        for message in campaign.messages {
            guard let resolved = strings.message(message.id) else { continue }
            if resolved.isFallback {
                missing.append(message.id)
                continue
            }
            guard let translation = localizer.translation(of: message.id, for: locale, origin: resolved.origin) else {
                translated += 1
                continue
            }
            if translation.isStale(against: message) {
                stale.append(message.id)
                continue
            }
            translated += 1
            if translation.state >= .reviewed { reviewed += 1 }
        }
        self.campaign = campaign.id
        self.locale = locale
        self.total = campaign.messages.count
        self.translated = translated
        self.missing = missing
        self.stale = stale
        self.overflowing = overflowing
        self.reviewed = reviewed
        self.isSource = locale.language.language == LanguageTag.english.language
    }

    /// Nothing is missing, stale or overflowing.
    public var isComplete: Bool {
        missing.isEmpty && stale.isEmpty && overflowing.isEmpty
    }
}
