import CampaignModel
import Localization

/// Where a message appears in a laid-out format, and the room it has there: what the build
/// measured, in words for the translator.
public struct MessagePlacement: Hashable, Sendable {
    /// `poster-a3: slot 'headline' of Assets/templates/civic/poster-a3.svg`
    public let place: String
    /// `fits about 38 characters per line on 2 lines at 96 pt, …; currently overflows`
    public let room: String
    /// The most characters the slot holds at its smallest size.
    public let maximumCharacters: Int
    /// The current text does not fit even at the smallest size.
    public let overflows: Bool

    public init(place: String, room: String, maximumCharacters: Int, overflows: Bool) {
        self.place = place
        self.room = room
        self.maximumCharacters = maximumCharacters
        self.overflows = overflows
    }
}

/// Gathers what a translation file carries for one campaign and locale: each message's source,
/// its current translation and state, and the notes a translator needs.
public struct TranslationDocumentBuilder {
    public let campaign: Campaign
    public let locale: LocaleTag

    public init(campaign: Campaign, locale: LocaleTag) {
        self.campaign = campaign
        self.locale = locale
    }

    /// The document; `placements` are the laid-out places of each message id.
    public func document(placements: [String: [MessagePlacement]]) -> TranslationDocument {
        let localizer = Localizer(campaign: campaign)
        let strings = localizer.strings(for: locale)
        let units = campaign.messages.map { message in
            let resolved = strings.message(message.id)
            let translation = resolved.flatMap { localizer.translation(of: message.id, for: locale, origin: $0.origin) }
            var notes = [TranslationNote(.description, message.description)]
            let places = placements[message.id] ?? []
            for placement in places {
                notes.append(TranslationNote(.location, placement.place))
                notes.append(TranslationNote(.room, placement.room))
            }
            if places.isEmpty, campaign.formats.contains(.newsletter) {
                notes.append(TranslationNote(.location, "newsletter: text flows freely, no fixed box"))
            }
            if let translation, translation.isStale(against: message) {
                notes.append(TranslationNote(.status, "The English changed since this was translated: check the translation against it."))
            }
            return TranslationUnit(
                id: message.id, source: message.text, target: translation?.text,
                state: translation.map { ExportState.of($0, message: message) } ?? .initial, notes: notes,
                maximumCharacters: places.map(\.maximumCharacters).min())
        }
        return TranslationDocument(campaign: campaign.id, locale: locale, units: units)
    }
}

/// The state a file shows for a translation: its own, or `initial` when it is stale, so a
/// translator's tool lists it as work to do.
enum ExportState {
    static func of(_ translation: Translation, message: Message) -> TranslationState {
        translation.isStale(against: message) ? .initial : translation.state
    }
}
