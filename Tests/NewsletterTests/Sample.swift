import CampaignModel
import Diagnostics
import Foundation
import Newsletter

/// A campaign with the newsletter's messages, built in code, and the repository's civic design.
enum Sample {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let design: NewsletterDesign = {
        var log = DiagnosticLog()
        guard let design = NewsletterDesign.load(folder: repository.appendingPathComponent("Assets/newsletter/civic").path, log: &log) else {
            fatalError("the civic newsletter design does not load: \(log.diagnostics)")
        }
        return design
    }()

    static let english: [String: String] = [
        "headline": "Victims have rights",
        "newsletter-subject": "EU Anti-Trafficking Day: make sure victims know their rights",
        "newsletter-preheader": "Posters in the languages victims read.",
        "newsletter-body": "Trafficking happens in **Europe**.\n\n- **Help** from the start.\n- See [our page](https://example.org/rights).",
        "key-date-label": "EU Anti-Trafficking Day",
        "call-to-action": "Talk to someone you trust.",
        "helpline-label": "Victim support:",
        "emergency-label": "In danger? Call",
        "image-alt": "Campaign poster",
        "footer": "Based on Directive 2011/36/EU.",
    ]

    static func here() -> Diagnostics.SourceLocation { .init(file: "campaign.yaml") }

    /// The campaign, with `translations` (language tag to message id to text) for the languages
    /// of Belgium it is distributed in.
    static func campaign(translations: [String: [String: String]] = [:]) throws -> Campaign {
        let messages = english.keys.sorted().map { Message(id: $0, text: english[$0]!, description: "", location: here()) }
        let tables = try translations.keys.sorted().map { tag in
            StringTable(
                scope: .language(try LanguageTag(parsing: tag)),
                entries: translations[tag]!.mapValues { Translation(text: $0, location: .init(file: "strings/\(tag).yaml", line: 2, column: 1)) },
                location: .init(file: "strings/\(tag).yaml"))
        }
        let languages = try (["en"] + translations.keys.sorted()).map { ChosenLanguage(tag: try LanguageTag(parsing: $0), location: here()) }
        return Campaign(
            id: "thb", title: "Rights of victims", website: "https://example.org",
            theme: Theme(
                colors: .init(primary: Color(hex: "#5B2A86")!, accent: Color(hex: "#F2A541")!, text: Color(hex: "#1E1B2E")!, background: Color(hex: "#FFFFFF")!),
                fonts: .init(headline: "Noto Sans", body: "Noto Sans")),
            design: "civic", formats: [.newsletter], audience: .general, keyDate: .fixed(month: 10, day: 18), keyDateLocation: here(), milestones: [], edition: 2027,
            messages: messages, distribution: [Participation(state: "BE", languages: languages, location: here())],
            translations: tables, location: here())
    }

    static let state = MemberState(
        code: "BE", name: "Belgium", officialLanguages: [.english], timeZone: "Europe/Brussels", callingCode: "+32",
        helplines: Helplines(emergency: "112", victimSupport: PhoneNumber(e164: "+32116006", display: "116 006")),
        location: .init(file: "member-states.yaml"))

    static let thumbnail: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let date = Date(timeIntervalSince1970: 1_800_000_000)

    static func newsletter(_ campaign: Campaign, locale: String) throws -> (html: String, text: String, eml: [UInt8]) {
        let content = NewsletterContent(campaign: campaign, locale: try LocaleTag(parsing: locale), state: state)
        let files = NewsletterWriter(design: design).write(content, thumbnail: thumbnail, date: date)
        return (String(decoding: files.html, as: UTF8.self), String(decoding: files.text, as: UTF8.self), files.eml)
    }
}
