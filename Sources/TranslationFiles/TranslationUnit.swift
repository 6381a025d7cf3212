import CampaignModel

/// One message as a translator receives it: the English source, the current translation if
/// there is one, and what the translator should know (purpose, where it appears, the room the
/// layout measured).
public struct TranslationUnit: Hashable, Sendable {
    /// The message id (`headline`).
    public let id: String
    /// The English source text, in ICU MessageFormat.
    public let source: String
    /// The current translation, or `nil` when the locale shows the English source.
    public let target: String?
    /// The state the file reports: the translation's own, or `initial` when there is no
    /// translation or the English changed since it was made.
    public let state: TranslationState
    /// Notes for the translator, in the order they are shown.
    public let notes: [TranslationNote]
    /// The most characters the layout can hold in every place the message appears, at the
    /// smallest size allowed; `nil` for texts that are not laid out in a box (the newsletter).
    public let maximumCharacters: Int?

    public init(
        id: String, source: String, target: String?, state: TranslationState, notes: [TranslationNote],
        maximumCharacters: Int?
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
        self.notes = notes
        self.maximumCharacters = maximumCharacters
    }
}

/// A note for the translator, with a category CAT tools can filter on.
public struct TranslationNote: Hashable, Sendable {
    public enum Category: String, Hashable, Sendable {
        /// What the text is for, from the campaign spec.
        case description
        /// Where the text appears: format, template and slot.
        case location
        /// The room the layout measured, and whether the current text fits.
        case room
        /// Why the unit needs attention (the English changed).
        case status
    }

    public let category: Category
    public let text: String

    public init(_ category: Category, _ text: String) {
        self.category = category
        self.text = text
    }
}

/// Everything one translation file carries: one campaign's messages for one locale.
public struct TranslationDocument: Hashable, Sendable {
    /// The campaign id (`thb-victim-rights`).
    public let campaign: String
    /// The locale the targets are in, as written in the file (`de-AT`).
    public let locale: LocaleTag
    public let units: [TranslationUnit]

    public init(campaign: String, locale: LocaleTag, units: [TranslationUnit]) {
        self.campaign = campaign
        self.locale = locale
        self.units = units
    }

    /// The language English source texts are written in.
    public static let sourceLanguage = "en"
}
