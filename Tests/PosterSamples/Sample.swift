import CampaignModel
import Checks
import Diagnostics
import Foundation
import Posters
import TextLayout

/// Model values and fixtures for the poster and check tests, built in code so each test shows
/// what it varies.
public enum Sample {
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    public static let fonts: FontLibrary = {
        do {
            return try FontLibrary(configurationFile: repository.appendingPathComponent("Assets/fonts/fonts.conf").path)
        } catch {
            fatalError("the project's fonts do not load: \(error)")
        }
    }()

    public static func here(_ line: Int = 1) -> Diagnostics.SourceLocation {
        Diagnostics.SourceLocation(file: "campaign.yaml", line: line, column: 1)
    }

    public static func state(_ code: String) -> MemberState {
        MemberState(
            code: code, name: code, officialLanguages: [.english], timeZone: "Europe/Brussels", callingCode: "+32",
            helplines: Helplines(emergency: "112", victimSupport: PhoneNumber(e164: "+32116006", display: "116 006")),
            location: Diagnostics.SourceLocation(file: "member-states.yaml", line: 2, column: 3))
    }

    /// A campaign with a headline and a helpline label, translated as given (language tag to
    /// headline), distributed to Belgium in every one of those languages.
    public static func campaign(
        headline: String = "Lock up when you go out", translations: [String: String] = [:], audience: Audience = .general
    ) throws -> Campaign {
        let messages = [
            Message(id: "headline", text: headline, description: "", formats: [.posterA3], location: here(10)),
            Message(id: "helpline-label", text: "Victim support:", description: "", formats: [.posterA3], location: here(13)),
        ]
        let tables = try translations.keys.sorted().map { tag in
            StringTable(
                scope: .language(try LanguageTag(parsing: tag)),
                entries: ["headline": Translation(text: translations[tag]!, location: .init(file: "strings/\(tag).yaml", line: 2, column: 11))],
                location: .init(file: "strings/\(tag).yaml"))
        }
        let languages = try (["en"] + translations.keys.sorted()).map { ChosenLanguage(tag: try LanguageTag(parsing: $0), location: here(30)) }
        return Campaign(
            id: "trial", title: "Trial", website: "https://example.org",
            theme: Theme(
                colors: .init(
                    primary: Color(hex: "#0B3D91")!, accent: Color(hex: "#FFC400")!, text: Color(hex: "#14213D")!,
                    background: Color(hex: "#FFFFFF")!),
                fonts: .init(headline: "Noto Sans", body: "Noto Sans")),
            design: "test", formats: [.posterA3], audience: audience, keyDate: .fixed(month: 10, day: 18), keyDateLocation: here(), milestones: [], edition: 2027,
            messages: messages, distribution: [Participation(state: "BE", languages: languages, location: here(30))],
            translations: tables, location: here())
    }

    public static func template(_ name: String, log: inout DiagnosticLog) -> Template? {
        TemplateLoader(path: fixtures.appendingPathComponent(name).path, assetsDirectory: fixtures.path).load(log: &log)
    }

    public static let images = ImageLibrary(campaignDirectory: fixtures.path, assetsDirectory: fixtures.path)

    /// Lays the card out for `locale` and writes it, returning the SVG text and the findings.
    public static func card(_ campaign: Campaign, locale: String, engine: TextLayoutEngine) throws -> (svg: String, log: DiagnosticLog) {
        var log = DiagnosticLog()
        guard let template = template("card.svg", log: &log) else { return ("", log) }
        let tag = try LocaleTag(parsing: locale)
        let content = PosterContent(campaign: campaign, locale: tag, state: state(tag.state))
        let layout = PosterLayout(template: template, content: content, format: .posterA3)
        let poster = layout.layOut(engine: engine)
        CheckRegistry.check(PosterUnderReview(layout: layout, poster: poster), into: &log)
        guard !log.hasErrors else { return ("", log) }
        let bytes = try SVGPosterWriter(template: template, content: content, images: images).write(poster, engine: engine).svg
        return (String(decoding: bytes, as: UTF8.self), log)
    }
}

extension Sample {
    /// One line of text as the project's fonts shape it in Noto Sans at `size` points: its glyphs
    /// (x from the line's start, on the baseline), their outlines and the file of the font they
    /// come from, for tests that draw text from glyphs as the build does.
    public static func shaped(
        _ text: String, size: Double, weight: Int = 400
    ) throws -> (glyphs: [PositionedGlyph], outlines: [GlyphOutline], fontFile: String) {
        let engine = TextLayoutEngine(fonts: fonts)
        let style = TextStyle(families: ["Noto Sans"], weight: weight, language: "en", direction: .leftToRight)
        guard let line = try engine.layout(text, style: style, size: size, width: 10_000).lines.first,
              let face = line.glyphs.first?.face, line.glyphs.allSatisfy({ $0.face == face }), let file = engine.fontFile(of: face)
        else { throw ShapingFailed(text: text) }
        return (line.glyphs, line.glyphs.map { engine.outline(face: face, glyph: $0.glyph) }, file)
    }

    /// The project's fonts did not set a sample text in one face.
    public struct ShapingFailed: Error {
        public let text: String
    }
}
