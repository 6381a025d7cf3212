import Diagnostics

/// One awareness campaign as its `campaign.yaml` describes it, with the translations found
/// beside it: everything later stages need to make its posters, flyers, newsletters and schedule.
public struct Campaign: Hashable, Sendable {
    /// The folder name under `Campaigns/`, also used in output paths (`burglary-focus-day`).
    public let id: String
    /// The English working title, for listings and the schedule.
    public let title: String
    /// The campaign's public web address, printed and linked in the newsletter.
    public let website: String?
    public let theme: Theme
    /// The shared design in `Assets/templates/<design>/` that the posters and flyers use.
    public let design: String
    /// The newsletter design in `Assets/newsletter/<name>/`: the `newsletterDesign` key, or
    /// the design's own name.
    public let newsletterDesign: String
    /// What the campaign produces for every locale.
    public let formats: [OutputFormat]
    /// Whether the social formats are also made as animations when their design moves (the
    /// `motion` key, on unless `false`).
    public let motion: Bool
    public let audience: Audience
    /// The rule that gives the campaign's key date each year.
    public let keyDate: DateRule
    /// Where the spec states the key date, for findings about it.
    public let keyDateLocation: SourceLocation
    /// The steps of the yearly plan around the key date, in the spec's order.
    public let milestones: [Milestone]
    /// The year this pack is made for; printed material shows the key date of this year.
    public let edition: Int
    /// The texts, in English, in the order the spec lists them.
    public let messages: [Message]
    /// Which member states take part and the languages each one chose.
    public let distribution: [Participation]
    /// The translations in `strings/`, one table per file.
    public let translations: [StringTable]
    /// The location of `campaign.yaml` itself (line 1).
    public let location: SourceLocation

    public init(
        id: String, title: String, website: String?, theme: Theme, design: String, newsletterDesign: String? = nil,
        formats: [OutputFormat], motion: Bool = true, audience: Audience, keyDate: DateRule, keyDateLocation: SourceLocation,
        milestones: [Milestone], edition: Int, messages: [Message],
        distribution: [Participation], translations: [StringTable], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.website = website
        self.theme = theme
        self.design = design
        self.newsletterDesign = newsletterDesign ?? design
        self.formats = formats
        self.motion = motion
        self.audience = audience
        self.keyDate = keyDate
        self.keyDateLocation = keyDateLocation
        self.milestones = milestones
        self.edition = edition
        self.messages = messages
        self.distribution = distribution
        self.translations = translations
        self.location = location
    }

    /// Every locale the campaign is made in, in the order of the distribution.
    public var locales: [LocaleTag] {
        distribution.flatMap { participation in
            participation.languages.map { LocaleTag(language: $0.tag, state: participation.state) }
        }
    }

    /// The key date of the edition year (the loader guarantees there is one).
    public var editionDate: CalendarDate {
        keyDate.date(in: edition)!
    }

    /// The website as people read it on a poster: without `https://` and a trailing slash
    /// (`eucpn.org`).
    public var websiteLabel: String? {
        website.map { url in
            var label = url
            for prefix in ["https://", "http://"] where label.hasPrefix(prefix) { label.removeFirst(prefix.count) }
            while label.hasSuffix("/") { label.removeLast() }
            return label
        }
    }

    /// The campaign's folder (`Campaigns/thb-victim-rights`), where its strings live.
    public var directory: String {
        let path = location.file
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// The message with this id, if the spec defines one.
    public func message(_ id: String) -> Message? {
        messages.first { $0.id == id }
    }
}

/// A text of the campaign in its English source form, with what a translator needs to know.
public struct Message: Hashable, Sendable {
    /// Stable identifier used by strings files and templates (`headline`).
    public let id: String
    /// The English source text.
    public let text: String
    /// Purpose and length guidance for translators.
    public let description: String
    /// The formats whose designs must show this message; a design without a slot for it is an error.
    public let formats: [OutputFormat]
    public let location: SourceLocation

    public init(id: String, text: String, description: String, formats: [OutputFormat] = [], location: SourceLocation) {
        self.id = id
        self.text = text
        self.description = description
        self.formats = formats
        self.location = location
    }

    /// The longest text a message or translation may have, in characters: a whole newsletter is a
    /// few thousand; anything longer is a mistake, refused before it is laid out.
    public static let maximumLength = 10_000

    /// Why `text` cannot be a campaign text, if it cannot.
    public static func lengthProblem(of text: String) -> String? {
        let count = text.utf8.count <= maximumLength ? 0 : text.count
        return count > maximumLength
            ? "the text has \(count) characters; a campaign text may have at most \(maximumLength)" : nil
    }

    /// A short fingerprint of the English text (the first 12 hex digits of its SHA-256). A
    /// translation records the fingerprint of the text it translated, so a later change to the
    /// English shows which translations are stale.
    public var sourceHash: String {
        SourceHash.of(text)
    }
}

/// One member state's part in a campaign: the languages its pack is made in.
public struct Participation: Hashable, Sendable {
    /// The member state's code (`BE`).
    public let state: String
    /// The chosen languages, each with the place it is named in the spec.
    public let languages: [ChosenLanguage]
    public let location: SourceLocation

    public init(state: String, languages: [ChosenLanguage], location: SourceLocation) {
        self.state = state
        self.languages = languages
        self.location = location
    }
}

/// A language a member state chose, remembered with its place in the spec so that problems
/// with it (no strings for it, say) point at the line to edit.
public struct ChosenLanguage: Hashable, Sendable {
    public let tag: LanguageTag
    public let location: SourceLocation

    public init(tag: LanguageTag, location: SourceLocation) {
        self.tag = tag
        self.location = location
    }
}
