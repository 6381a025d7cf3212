import Foundation
import PosterSamples
import Raster
import Testing
import TextLayout

/// Text drawn by cairo from glyphs already placed, with their outlines.
@Suite struct PDFRendererTests {
    /// A face whose every glyph is a square, a third of an em, standing on the baseline.
    static let squares = PDFFace(outlines: Dictionary(uniqueKeysWithValues: (0..<100).map { id in
            (UInt32(id), GlyphOutline(unitsPerEm: 1000, commands: [.move(x: 0, y: 0), .line(x: 333, y: 0), .line(x: 333, y: 333), .line(x: 0, y: 333), .close]))
        }))

    static func line(_ clusters: [(UInt32, String)], color: (red: Double, green: Double, blue: Double) = (0, 0, 0)) -> PDFTextLine {
        PDFTextLine(runs: [.init(face: squares, size: 30, color: color, glyphs: clusters.enumerated().map { index, glyph in
            PDFTextLine.Glyph(id: glyph.0, x: 20 + Double(index) * 10, y: 80, characters: glyph.1)
        })])
    }

    static let blank = Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="60mm" viewBox="0 0 100 60"/>"#.utf8)

    static func pdf(_ lines: [PDFTextLine]) throws -> [UInt8] {
        try PDFRenderer.pdf(fromSVG: blank, text: lines, width: 100 * 72 / 25.4, height: 60 * 72 / 25.4, creationDate: "D:19800101000000Z")
    }

    /// The characters come from the layout, whatever the glyphs look like: a reader extracts what
    /// the glyphs stand for, and a cluster's further glyphs add nothing. The font is the
    /// glyphs' outlines, so there is no font file to embed or to miss.
    @Test func theTextIsTheLayoutsCharactersInAFontOfItsOutlines() throws {
        let pdf = try Self.pdf([Self.line([(1, "S"), (2, "i"), (3, "ch"), (4, ""), (5, "er")])])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("text-layer-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        let text = try Poppler.text(of: file)
        #expect(text.filter { !$0.isWhitespace } == "Sicher", "\(text)")
        let fonts = try Poppler.fonts(of: file)
        #expect(fonts.contains("Type 3") && fonts.contains(" yes "), "\(fonts)")
    }

    /// Ghostscript draws the glyphs in the run's colour: a red square where the glyph stands.
    @Test func theGlyphsAreDrawnInTheirColour() throws {
        let pdf = try Self.pdf([Self.line([(1, "A")], color: (1, 0, 0))])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("text-colour-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        // One pixel per point: the square covers x 20-30, y 70-80 (y down).
        let image = try #require(try Ghostscript.render(file))
        #expect(image.pixel(x: 25, y: 75) == [255, 0, 0])
        #expect(image.pixel(x: 40, y: 75) == [255, 255, 255])
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        #expect(try Self.pdf([Self.line([(1, "S")])]) == Self.pdf([Self.line([(1, "S")])]))
    }
}
