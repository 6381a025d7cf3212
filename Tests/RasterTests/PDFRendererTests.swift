import Foundation
import PosterSamples
import Raster
import Testing
import TextLayout

/// A text layer set by cairo from glyphs already placed, in subsets of their fonts.
@Suite struct PDFRendererTests {
    /// `text` shaped in Noto Sans at 30 pt, its line starting at (20, 80) points, its glyphs
    /// standing for the characters given (a cluster's further glyphs standing for none).
    static func line(
        _ text: String, standingFor characters: [String]? = nil, color: (red: Double, green: Double, blue: Double) = (0, 0, 0)
    ) throws -> PDFTextLine {
        let shaped = try Sample.shaped(text, size: 30)
        let font = PDFFont(path: shaped.fontFile, index: 0)
        return PDFTextLine(runs: [.init(font: font, size: 30, color: color, glyphs: shaped.glyphs.enumerated().map { index, glyph in
            PDFTextLine.Glyph(id: glyph.glyph, x: 20 + glyph.x, y: 80, characters: characters?[index] ?? glyph.characters)
        })])
    }

    static let blank = Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="60mm" viewBox="0 0 100 60"/>"#.utf8)

    static func pdf(_ lines: [PDFTextLine]) throws -> [UInt8] {
        try PDFRenderer.pdf(fromSVG: blank, text: lines, width: 100 * 72 / 25.4, height: 60 * 72 / 25.4, creationDate: "D:19800101000000Z")
    }

    /// The characters come from the layout, whatever the glyphs are: a reader extracts what the
    /// glyphs stand for, and a cluster's further glyphs add nothing. The font is embedded, as a
    /// subset, so there is no font to miss at the print shop.
    @Test func theTextIsTheLayoutsCharactersInAnEmbeddedSubsetOfItsFont() throws {
        let pdf = try Self.pdf([try Self.line("Sicher", standingFor: ["S", "i", "ch", "", "er", ""])])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("text-layer-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        let text = try Poppler.text(of: file)
        #expect(text.filter { !$0.isWhitespace } == "Sicher", "\(text)")
        let fonts = try Poppler.fonts(of: file).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font.contains("+NotoSans-Regular") && font.contains(" yes yes yes "), "embedded, a subset, mapped to Unicode: \(font)")
        }
    }

    /// Ghostscript draws the glyphs in the run's colour: the stem of an "I" is red where the
    /// glyph stands, the page white beside it.
    @Test func theGlyphsAreDrawnInTheirColour() throws {
        let pdf = try Self.pdf([try Self.line("I", color: (1, 0, 0))])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("text-colour-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        // One pixel per point: the stem runs up from the baseline at y 80, a few points right of x 20.
        let image = try #require(try Ghostscript.render(file))
        #expect(image.pixel(x: 25, y: 72) == [255, 0, 0])
        #expect(image.pixel(x: 40, y: 72) == [255, 255, 255])
    }

    /// A font that cannot be read is an error, not a PDF without its text, and the fonts
    /// already opened for the page are let go (a second release would crash the run).
    @Test func aFontThatCannotBeReadIsAnError() throws {
        let readable = try Self.line("Sicher")
        let missing = PDFTextLine(runs: [.init(
            font: PDFFont(path: "/nonexistent/NotoSans-Missing.ttf", index: 0), size: 30, color: (0, 0, 0),
            glyphs: [PDFTextLine.Glyph(id: 1, x: 20, y: 40, characters: "A")])])
        #expect {
            try Self.pdf([readable, missing])
        } throws: { error in
            "\(error)".contains("cannot embed the font /nonexistent/NotoSans-Missing.ttf")
        }
        #expect(try Self.pdf([readable]).count > 1_000, "the readable font still makes a PDF afterwards")
    }

    /// A drawing with `<text>` of its own is refused: librsvg would set it in fonts, as text the
    /// print PDF hides with its layer.
    @Test func aDrawingWithTextIsRefused() throws {
        let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="60mm" viewBox="0 0 100 60"><text x="5" y="20">Hallo</text></svg>"#.utf8)
        #expect {
            try PDFRenderer.pdf(fromSVG: svg, width: 100 * 72 / 25.4, height: 60 * 72 / 25.4, creationDate: "D:19800101000000Z")
        } throws: { error in
            "\(error)".contains("has <text>")
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        #expect(try Self.pdf([try Self.line("Sicher")]) == Self.pdf([try Self.line("Sicher")]))
    }
}
