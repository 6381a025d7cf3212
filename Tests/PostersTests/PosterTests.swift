import CampaignModel
import Diagnostics
import Foundation
import PosterSamples
@testable import Posters
import TextLayout
import Testing
import XML

@Suite struct PosterTests {
    let engine = TextLayoutEngine(fonts: Sample.fonts)

    /// The poster parsed back, for looking at what a reader's software sees.
    static func parse(_ svg: String) throws -> XMLElement {
        try #require(try XMLDocument(parsing: Array(svg.utf8), name: "poster.svg").root)
    }

    static func slot(_ name: String, in root: XMLElement) throws -> XMLElement {
        try #require(root.descendantsAndSelf.first { $0.attribute("data-slot") == name })
    }

    @Test func slotsBecomeGroupsWithTheirBoxOutlinesAndReadableText() throws {
        let (svg, log) = try Sample.card(try Sample.campaign(), locale: "en-BE", engine: engine)
        #expect(log.diagnostics.isEmpty)
        let root = try Self.parse(svg)
        #expect(root.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace") == "en-BE")
        #expect(root.children.first { $0.name == "title" }?.textContent == "Lock up when you go out")
        let headline = try Self.slot("headline", in: root)
        #expect(headline.name == "g")
        #expect(headline.attribute("data-box") == "5 22 90 24")
        let texts = headline.descendantsAndSelf.filter { $0.name == "text" }
        #expect(texts.map(\.textContent).joined(separator: " ") == "Lock up when you go out")
        #expect(headline.descendantsAndSelf.filter { $0.name == "use" }.count == "Lockupwhenyougoout".count)
        let helpline = try Self.slot("helpline", in: root)
        #expect(helpline.descendantsAndSelf.filter { $0.name == "text" }.map(\.textContent) == ["Victim support: 116 006"])
        #expect(!root.descendantsAndSelf.contains { $0.name == "rect" && $0.attribute("data-slot") != nil })
    }

    @Test func themeColoursConditionsAndTemplateAttributesAreApplied() throws {
        let (svg, _) = try Sample.card(try Sample.campaign(), locale: "en-BE", engine: engine)
        let root = try Self.parse(svg)
        let band = try #require(root.children.filter { $0.name == "rect" }.dropFirst().first)
        #expect(band.attribute("fill") == "#0B3D91")
        #expect(band.attribute("style") == "stroke:none")
        #expect(band.attribute("data-theme-fill") == nil)
        let marks = root.children.filter { $0.name == "circle" }.compactMap { $0.attribute("id") }
        #expect(marks == ["belgium-only"], "the rtl-only mark is gone and the Belgian one stays")
        #expect(!svg.contains("data-only-"))
    }

    @Test func translationsAreTextNeverMarkup() throws {
        let hostile = "<script>alert(1)</script> & <b onclick=\"x\">Co</b>"
        let (svg, log) = try Sample.card(try Sample.campaign(headline: hostile), locale: "en-BE", engine: engine)
        #expect(!log.hasErrors)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b "))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
        let root = try Self.parse(svg)
        #expect(!root.descendantsAndSelf.contains { $0.name == "script" || $0.name == "b" })
        let shown = try Self.slot("headline", in: root).descendantsAndSelf.filter { $0.name == "text" }.map(\.textContent)
        #expect(shown.joined(separator: " ") == hostile)
        #expect(root.children.first { $0.name == "title" }?.textContent == hostile)
    }

    @Test func rightToLeftLocalesAlignToTheRightAndKeepNumbersInOrder() throws {
        let campaign = try Sample.campaign(translations: ["ar": "لك حقوق"])
        let (svg, log) = try Sample.card(campaign, locale: "ar-BE", engine: engine)
        #expect(log.diagnostics.isEmpty)
        let root = try Self.parse(svg)
        let line = try #require(try Self.slot("headline", in: root).descendantsAndSelf.first { $0.name == "text" })
        let x = try #require(Double(line.attribute("x") ?? "")), width = try #require(Double(line.attribute("textLength") ?? ""))
        #expect(abs(x + width - 95) < 1.5, "the line ends at the box's right edge (5 + 90)")
        #expect(x > 40)
        #expect(root.children.filter { $0.name == "circle" }.compactMap { $0.attribute("id") } == ["rtl-only", "belgium-only"])
        let helpline = try Self.slot("helpline", in: root).descendantsAndSelf.filter { $0.name == "text" }.map(\.textContent)
        // The label is an English fallback and the number reads left to right: each keeps its
        // order, isolated, inside the right-to-left poster.
        #expect(helpline == ["\u{2066}Victim support:\u{2069} \u{2066}116 006\u{2069}"], "the label and the number are isolated left to right")
    }

    @Test func aLongHeadlineShrinksAndAShortOneKeepsTheLargestSize() throws {
        var log = DiagnosticLog()
        let template = try #require(Sample.template("card.svg", log: &log))
        func headlineSize(_ text: String) throws -> Double? {
            let content = PosterContent(campaign: try Sample.campaign(headline: text), locale: try LocaleTag(parsing: "en-BE"), state: Sample.state("BE"))
            let poster = PosterLayout(template: template, content: content, format: .posterA3).layOut(engine: engine)
            return poster.slots.first { $0.slot.name == "headline" }?.size
        }
        #expect(try headlineSize("Lock up") == 30)
        let long = try #require(try headlineSize("Machen Sie es Einbrechern schwer, in Ihre Wohnung einzudringen"))
        #expect(long < 30 && long >= 8)
        #expect(log.diagnostics.isEmpty)
    }

    @Test func aHeadlineThatFitsAtNoSizeFailsWithTheAmountInMillimetres() throws {
        let text = String(repeating: "Wohnungseinbruchschutzberatung ", count: 8)
        let (_, log) = try Sample.card(try Sample.campaign(headline: text), locale: "en-BE", engine: engine)
        let messages = log.sorted.map(\.description)
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(message.hasPrefix("campaign.yaml:10:1: error: trial/en-BE/poster-a3: slot 'headline' overflows by "))
        #expect(message.hasSuffix(" mm at the minimum size 8 pt (too many lines)"))
    }

    @Test func aCharacterNoFontHasNamesTheCharacterAndLocale() throws {
        let (_, log) = try Sample.card(try Sample.campaign(translations: ["de": "Sicher wohnen 😀"]), locale: "de-BE", engine: engine)
        #expect(log.sorted.map(\.description) == [
            "strings/de.yaml:2:11: error: trial/de-BE/poster-a3: slot 'headline': no installed font has '😀' (U+1F600) in de-BE",
        ])
    }

    @Test func aSlotShownTwiceInOneLocaleIsAnError() throws {
        var log = DiagnosticLog()
        let card = try #require(Sample.template("card.svg", log: &log))
        let doubled = Template(
            path: card.path, bytes: card.bytes, page: card.page, textSlots: card.textSlots + [card.textSlots[0]],
            imageSlots: card.imageSlots)
        let content = PosterContent(campaign: try Sample.campaign(), locale: try LocaleTag(parsing: "en-BE"), state: Sample.state("BE"))
        let poster = PosterLayout(template: doubled, content: content, format: .posterA3).layOut(engine: engine)
        let problems = poster.problems.map { problem -> String in
            guard case let .shownTwice(slot, firstLine) = problem else { return "\(problem)" }
            return "\(slot.name) at line \(slot.line), also at line \(firstLine)"
        }
        #expect(problems == ["headline at line 9, also at line 9"])
        #expect(poster.slots.map(\.slot.name) == card.textSlots.map(\.name), "the second is left out")
    }

    @Test func linkedPicturesAreEmbedded() throws {
        var log = DiagnosticLog()
        let template = try #require(Sample.template("links-good.svg", log: &log))
        let content = PosterContent(campaign: try Sample.campaign(), locale: try LocaleTag(parsing: "en-BE"), state: Sample.state("BE"))
        let poster = PosterLayout(template: template, content: content, format: .posterA3).layOut(engine: engine)
        let svg = String(decoding: try SVGPosterWriter(template: template, content: content, images: Sample.images).write(poster, engine: engine).svg, as: UTF8.self)
        #expect(log.diagnostics.isEmpty)
        #expect(svg.contains("xlink:href=\"data:image/svg+xml;base64,"))
        #expect(!svg.contains("pictures/badge.svg"))
    }
}
