import Diagnostics
import PosterSamples
import Posters
import Testing

@Suite struct TemplateLoaderTests {
    static func diagnostics(_ name: String) -> [String] {
        var log = DiagnosticLog()
        _ = Sample.template(name, log: &log)
        let prefix = Sample.fixtures.path + "/"
        return log.sorted.map { $0.description.hasPrefix(prefix) ? String($0.description.dropFirst(prefix.count)) : $0.description }
    }

    @Test func readsTheSlotsOfAGoodTemplate() throws {
        var log = DiagnosticLog()
        let template = try #require(Sample.template("card.svg", log: &log))
        #expect(log.diagnostics.isEmpty)
        #expect(template.textSlots.map(\.name) == ["headline", "helpline"])
        let headline = template.textSlots[0]
        #expect(headline.sizes == 8...30)
        #expect(headline.weight == 700)
        #expect(headline.maximumLines == 3)
        #expect(headline.boxInRoot == Rect(x: 5, y: 22, width: 90, height: 24))
        #expect(template.textSlots[1].text.references == ["helpline-label", "victim-support-number"])
        #expect(abs(template.page.unitsPerPoint - 25.4 / 72) < 1e-9)
    }

    /// `data-cut="circle"` makes the page a round sticker; another shape is refused by name.
    @Test func aRoundCutIsReadAndAnUnknownOneRefused() throws {
        var log = DiagnosticLog()
        let round = try #require(Sample.template("round-card.svg", log: &log))
        #expect(round.page.cut == .circle)
        #expect(try #require(Sample.template("card.svg", log: &log)).page.cut == .rectangle)
        #expect(Self.diagnostics("bad-cut.svg") == [
            "bad-cut.svg:3:1: error: data-crop-marks must be 'yes' or 'no', not 'maybe'",
            "bad-cut.svg:3:1: error: data-cut must be 'rectangle' or 'circle', not 'star'",
        ])
        #expect(round.page.cropMarks)
        #expect(try #require(Sample.template("card.svg", log: &log)).page.cropMarks == false)
    }

    /// Motion is read from the template: the root's duration and each entrance in painting order.
    @Test func readsAMovingDesignsEntrances() throws {
        var log = DiagnosticLog()
        let template = try #require(Sample.template("moving-card.svg", log: &log))
        #expect(log.diagnostics.isEmpty)
        #expect(template.motion == Motion(duration: 5, entrances: [
            Entrance(start: 0.5, effect: .slideUp, length: 0.7), Entrance(start: 1.5, effect: .fade, length: Entrance.defaultLength),
        ]))
        #expect(abs((template.motion?.settled ?? 0) - 2.1) < 1e-9)
        #expect(try #require(Sample.template("card.svg", log: &log)).motion == nil)
    }

    @Test func motionMistakesAreReportedAtTheirElements() {
        #expect(Self.diagnostics("bad-motion.svg") == [
            "bad-motion.svg:4:1: error: the last entrance ends at 2.3s, after the animation's 2s",
            "bad-motion.svg:5:1: error: data-enter must be a time such as 1.2s or 600ms, not '1'",
            "bad-motion.svg:6:1: error: data-effect must be one of 'fade', 'slide-up', 'slide-down', 'slide-start', 'slide-end', 'zoom', 'cut', not 'spin'",
            "bad-motion.svg:8:1: error: an element with data-enter is inside another (line 7); move one of them",
            "bad-motion.svg:10:1: error: data-effect and data-effect-duration need data-enter on the same element",
            "bad-motion.svg:11:1: error: data-duration belongs on the root <svg>",
        ])
        #expect(Self.diagnostics("motion-without-duration.svg") == [
            "motion-without-duration.svg:3:1: error: elements have data-enter but the root <svg> has no data-duration (e.g. 6s)",
        ])
    }

    /// Words drawn as `<text>` would print in English everywhere, and in a print PDF would join the
    /// invisible text layer: only slots hold words.
    @Test func wordsOutsideASlotAreRefused() {
        #expect(Self.diagnostics("static-text.svg") == [
            "static-text.svg:5:1: error: <text> in a template is drawn as written, in no locale's language; put words in a slot (<rect data-slot>)",
        ])
    }

    @Test func notWellFormedXMLNamesLibxml2sLine() {
        #expect(Self.diagnostics("not-well-formed.svg") == [
            "not-well-formed.svg:4:7: error: not well-formed XML: Opening and ending tag mismatch: rect line 3 and svg",
        ])
    }

    @Test func aDocumentThatIsNotSVGIsRefused() {
        #expect(Self.diagnostics("not-svg.svg") == [
            "not-svg.svg:1:1: error: not an SVG file: the root element is <html>, not <svg> in the SVG namespace",
        ])
    }

    @Test func aSlotWithoutSizeBoundsIsRefused() {
        #expect(Self.diagnostics("no-size-bounds.svg") == [
            "no-size-bounds.svg:3:1: error: slot 'headline': no size bounds: give the smallest and largest font size, e.g. data-size=\"28-64\" (points)",
        ])
    }

    @Test func aTemplateWithoutPageSizeIsRefused() {
        #expect(Self.diagnostics("no-page-size.svg") == [
            "no-page-size.svg:2:1: error: the root <svg> needs a width and height with units (e.g. 297mm) and a viewBox",
        ])
    }

    @Test func everyMistakeInATemplateIsReportedWithItsLine() {
        #expect(Self.diagnostics("mistakes.svg") == [
            "mistakes.svg:4:1: error: slot 'headline': the slot or a group around it is rotated, skewed or stretched; text slots must stay upright and unstretched",
            "mistakes.svg:6:1: error: slot 'footer': a text slot must be a <rect>, not <circle>",
            "mistakes.svg:7:1: error: unknown template attribute 'data-alignn'; did you mean 'data-align'?",
            "mistakes.svg:8:1: error: slot 'tip-2': data-size '12-8' must be the smallest and largest size, e.g. '28-64' (points) or '40-96px'",
            "mistakes.svg:9:1: error: slot 'tip-3': data-align 'left'; expected one of: start, center, end",
            "mistakes.svg:10:1: error: data-theme-fill must name a theme colour; expected one of: primary, accent, text, background",
        ])
    }

    @Test func picturesMustBeEmbeddedOrFilesInsideTheAssets() {
        #expect(Self.diagnostics("links.svg") == [
            "links.svg:6:1: error: picture reference 'https://example.org/logo.png' is neither a data: URI nor a file inside \(Sample.fixtures.path)/",
            "links.svg:7:1: error: picture reference '../../../../../etc/passwd' is neither a data: URI nor a file inside \(Sample.fixtures.path)/",
            "links.svg:8:1: error: picture reference 'pictures/missing.png' is neither a data: URI nor a file inside \(Sample.fixtures.path)/",
        ])
    }
}
