import Foundation
import Raster
import Testing

/// PDFs drawn by librsvg with a text layer set by cairo from glyphs already placed.
@Suite struct PDFRendererTests {
    static let card = """
        <svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="60mm" viewBox="0 0 100 60">
          <rect width="100" height="60" fill="#0B3D91"/>
        </svg>
        """
    static let font = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"

    static func pdf(_ lines: [PDFTextLine]) throws -> [UInt8] {
        try PDFRenderer.pdf(
            fromSVG: Array(card.utf8), text: lines, width: 100 * 72 / 25.4, height: 60 * 72 / 25.4, creationDate: "D:19800101000000Z")
    }

    /// The characters come from the layout, not from the font's map of the glyphs: a reader
    /// extracts what the glyphs stand for, and a cluster's further glyphs add nothing.
    @Test func theTextIsTheLayoutsCharactersInItsFontEmbedded() throws {
        let glyphs = [(36, "S"), (76, "i"), (70, "ch"), (75, ""), (72, "er")].enumerated().map { index, glyph in
            PDFTextLine.Glyph(id: UInt32(glyph.0), x: 20 + Double(index) * 9, y: 80, characters: glyph.1)
        }
        let pdf = try Self.pdf([PDFTextLine(runs: [.init(fontFile: Self.font, faceIndex: 0, size: 16, glyphs: glyphs)])])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("text-layer-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        let text = try Self.run("/usr/bin/pdftotext", file.path, "-")
        #expect(text.filter { !$0.isWhitespace } == "Sicher", "\(text)")
        let fonts = try Self.run("/usr/bin/pdffonts", file.path)
        #expect(fonts.contains("+NotoSans-Regular") && fonts.contains(" yes yes "), "\(fonts)")
    }

    @Test func aFontFileThatCannotBeReadIsAnError() throws {
        let glyph = PDFTextLine.Glyph(id: 36, x: 20, y: 80, characters: "S")
        let line = PDFTextLine(runs: [.init(fontFile: "/nonexistent/Font.ttf", faceIndex: 0, size: 16, glyphs: [glyph])])
        #expect {
            try Self.pdf([line])
        } throws: { error in
            guard case .text = error as? RasterError else { return false }
            return true
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let glyph = PDFTextLine.Glyph(id: 36, x: 20, y: 80, characters: "S")
        let line = PDFTextLine(runs: [.init(fontFile: Self.font, faceIndex: 0, size: 16, glyphs: [glyph])])
        #expect(try Self.pdf([line]) == Self.pdf([line]))
    }

    static func run(_ executable: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }
}
