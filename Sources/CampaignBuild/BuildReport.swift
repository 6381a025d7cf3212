import CampaignModel
import Diagnostics
import Localization
import Posters

/// `Output/report.json`: what a build made, per campaign and locale, and what it found on the
/// way. Tools and the contact sheet read it; it holds no timestamps, so equal inputs give equal
/// bytes.
public struct BuildReport: Codable, Equatable, Sendable {
    public var compilerVersion: String
    public var campaigns: [CampaignEntry]
    /// What the build found (a build that writes a report has no errors): each finding with its
    /// check's identifier, its subject and its location.
    public var findings: [Diagnostic]

    public struct CampaignEntry: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var keyDate: String
        public var formats: [String]
        public var locales: [LocaleEntry]
    }

    public struct LocaleEntry: Codable, Equatable, Sendable {
        public var locale: String
        /// The member state's code (`AT`).
        public var state: String
        /// The language's BCP 47 tag (`de`, `zh-Hans`).
        public var language: String
        /// The language's name in English (`German`).
        public var languageName: String
        /// Messages this locale shows in English because their translation is missing.
        public var fallbacks: [String]
        /// Messages taken from the locale's regional override file.
        public var overrides: [String]
        /// The posters, flyers and images made for the locale.
        public var artifacts: [ArtifactEntry]
        /// The newsletter, when the campaign makes one.
        public var newsletter: NewsletterEntry?
        /// The locale's page of the website (`site/<campaign>/<locale>/index.html`), when the
        /// campaign makes a site.
        public var site: String?
    }

    public struct NewsletterEntry: Codable, Equatable, Sendable {
        public var html: String
        public var text: String
        public var eml: String
        public var subject: String
        /// The HTML's size; Gmail clips messages over 102 KB.
        public var htmlBytes: Int
    }

    public struct ArtifactEntry: Codable, Equatable, Sendable {
        /// The SVG under the output folder.
        public var path: String
        public var slots: [SlotEntry]
        /// The PNG made from it, for formats that have one.
        public var png: PNGEntry?
        /// The contact sheet's small picture of it (printed formats).
        public var thumbnail: String?
        /// The print-ready PDF/X-4 made from it (printed formats).
        public var pdf: PDFEntry?
        /// The animations made from it (social formats whose design moves).
        public var animations: [AnimationEntry]?
    }

    public struct AnimationEntry: Codable, Equatable, Sendable {
        public var path: String
        public var kind: AnimationKind
        public var width: Int
        public var height: Int
        public var frameRate: Double
        /// How long one loop takes, in seconds.
        public var duration: Double
        public var bytes: Int
    }

    public struct PDFEntry: Codable, Equatable, Sendable {
        public var path: String
        /// The trim (the page as cut) and the bleed around it, in millimetres.
        public var trimWidth: Double
        public var trimHeight: Double
        public var bleed: Double
        /// The printing condition of its output intent (`FOGRA39`).
        public var outputIntent: String
        public var bytes: Int
    }

    public struct PNGEntry: Codable, Equatable, Sendable {
        public var path: String
        public var width: Int
        public var height: Int
        public var dotsPerInch: Double
    }

    /// How a text slot was set.
    public struct SlotEntry: Codable, Equatable, Sendable {
        public var name: String
        /// The chosen size, and the bounds it was chosen between, in points.
        public var size: Double
        public var minimumSize: Double
        public var maximumSize: Double
        public var lines: Int
        /// The share of the box's height the text takes.
        public var fill: Double
        /// The contrast of the text against the worst 5 % of the pixels behind its box (WCAG).
        public var contrast: Double?
        /// The lines that end in a hyphen, as printed (`Fenster-`); absent when none does.
        public var hyphenatedLines: [String]?
    }
}

extension BuildReport {
    init(
        selected: [SelectedCampaign], artifacts: [String: [ArtifactEntry]], newsletters: [String: NewsletterEntry],
        log: DiagnosticLog
    ) {
        compilerVersion = CompilerVersion.current
        campaigns = selected.map { entry in
            let localizer = Localizer(campaign: entry.campaign)
            return CampaignEntry(
                id: entry.campaign.id,
                title: entry.campaign.title,
                keyDate: entry.campaign.keyDate.description,
                formats: entry.campaign.formats.map(\.rawValue),
                locales: entry.locales.map { locale in
                    let strings = localizer.strings(for: locale)
                    return LocaleEntry(
                        locale: locale.description,
                        state: locale.state,
                        language: locale.language.description,
                        languageName: locale.language.englishName,
                        fallbacks: strings.fallbacks.map(\.id),
                        overrides: strings.messages.filter { $0.origin == .locale(locale) }.map(\.id),
                        artifacts: artifacts[OutputLayout.localeFolder(campaign: entry.campaign.id, locale: locale.description)] ?? [],
                        newsletter: newsletters[OutputLayout.localeFolder(campaign: entry.campaign.id, locale: locale.description)],
                        site: entry.campaign.formats.contains(.site)
                            ? OutputLayout.sitePage(campaign: entry.campaign.id, locale: locale.description, name: "index.html") : nil)
                })
        }
        findings = log.sorted
    }
}

extension BuildReport.ArtifactEntry {
    init(path: String, poster: LaidOutPoster) {
        self.path = path
        slots = poster.slots.map { slot in
            BuildReport.SlotEntry(
                name: slot.slot.name, size: Self.rounded(slot.size), minimumSize: slot.slot.sizes.lowerBound,
                maximumSize: slot.slot.sizes.upperBound, lines: slot.lines.count, fill: Self.rounded(slot.fillRatio),
                hyphenatedLines: slot.hyphenatedLines.isEmpty ? nil : slot.hyphenatedLines)
        }
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}

/// The compiler's own version, part of what every output depends on.
public enum CompilerVersion {
    /// The `PRODID` of the calendars the build writes.
    static var calendarProducer: String { "-//Campaign Compiler//campaign \(current)//EN" }

    public static let current = "0.1.0"
}
