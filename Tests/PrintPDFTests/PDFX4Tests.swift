import Foundation
@testable import PrintPDF
import Raster
import PosterSamples
import Testing
import TextLayout

/// A card drawn by cairo and finished as PDF/X-4, then read back through qpdf as a print shop's
/// preflight would: boxes, output intent, metadata, invisible but extractable text.
@Suite struct PDFX4Tests {
    static let cmyk = Array(FileManager.default.contents(atPath: "/usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc") ?? Data())
    static let rgb = Array(FileManager.default.contents(atPath: "/usr/share/scribus/profiles/sRGB_icc22.icm") ?? Data())
    /// 3 mm in points.
    static let bleed = 3 * 72 / 25.4

    /// A 100 x 60 mm card with 3 mm bleed: a blue band, and a text layer of one line.
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="106mm" height="66mm" viewBox="-3 -3 106 66">
          <rect x="-3" y="-3" width="106" height="66" fill="#0B3D91"/>
        </svg>
        """
    static let size = (width: 106 * 72 / 25.4, height: 66 * 72 / 25.4)

    /// "I Sicher wohnen" in Noto Sans Bold at 22 pt, in white, its line starting at (30, 90)
    /// points: the first glyph a bar standing on the baseline.
    static let shaped = {
        do {
            return try Sample.shaped("I Sicher wohnen", size: 22, weight: 700)
        } catch {
            fatalError("the sample line does not shape: \(error)")
        }
    }()
    static let line = PDFTextLine(runs: [PDFTextLine.Run(
        font: PDFFont(path: shaped.fontFile, index: 0), size: 22, color: (1, 1, 1),
        glyphs: shaped.glyphs.map { PDFTextLine.Glyph(id: $0.glyph, x: 30 + $0.x, y: 90, characters: $0.characters) })])
    /// The line's glyphs as the page shows them: their outlines.
    static let glyphs = zip(shaped.glyphs, shaped.outlines).map { glyph, outline in
        PrintedGlyph(
            font: shaped.fontFile, face: 0, glyph: glyph.glyph, outline: outline, size: 22, x: 30 + glyph.x, y: 90, color: (1, 1, 1))
    }

    static func finished(title: String = "Sicher <wohnen> & mehr", cutLine: PDFX4.CutLine? = nil, cropMarks: Bool = false) throws -> [UInt8] {
        let drawn = try PDFRenderer.pdf(
            fromSVG: Array(svg.utf8), text: [line], width: size.width, height: size.height, creationDate: "D:19800101000000Z")
        return try finishing(title: title, cutLine: cutLine, cropMarks: cropMarks).finish(drawn, glyphs: glyphs)
    }

    static func finishing(title: String = "Sicher <wohnen> & mehr", cutLine: PDFX4.CutLine? = nil, cropMarks: Bool = false) -> PDFX4 {
        PDFX4(
            bleed: bleed, title: title, language: "de-AT",
            outputIntent: OutputIntent(identifier: "FOGRA39", name: "ISO Coated v2 300% (ECI)", profile: cmyk), rgbProfile: rgb,
            created: 1_798_761_600, documentID: "0123456789abcdef0123456789abcdef", cutLine: cutLine,
            cropMarks: cropMarks)
    }

    @Test func theBoxesPutTheTrimAtTheOriginWithTheBleedAround() throws {
        let document = try QPDFDocument(try Self.finished(), name: "card.pdf")
        let page = document.page(0)
        let box = { (key: String) in document.get(key, of: page).map(document.unparsed) ?? "" }
        #expect(box("/TrimBox") == "[ 0 0 283.465 170.079 ]")
        #expect(box("/MediaBox") == "[ -8.504 -8.504 291.969 178.583 ]")
        #expect(box("/BleedBox") == box("/MediaBox"))
    }

    @Test func theOutputIntentCarriesTheFogra39Profile() throws {
        let document = try QPDFDocument(try Self.finished(), name: "card.pdf")
        let intents = try #require(document.get("/OutputIntents", of: document.root))
        let intent = try #require(document.arrayItem(intents, 0))
        let text = document.unparsed(intent)
        #expect(text.contains("/S /GTS_PDFX"))
        #expect(text.contains("/OutputConditionIdentifier (FOGRA39)"))
        let profile = try #require(document.get("/DestOutputProfile", of: intent))
        #expect(try document.data(of: profile) == Self.cmyk)
    }

    @Test func theMetadataDeclaresPDFX4AndEscapesTheTitle() throws {
        let document = try QPDFDocument(try Self.finished(), name: "card.pdf")
        let metadata = String(decoding: try document.data(of: try #require(document.get("/Metadata", of: document.root))), as: UTF8.self)
        #expect(metadata.contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"))
        #expect(metadata.contains("<rdf:li xml:lang=\"x-default\">Sicher &lt;wohnen&gt; &amp; mehr</rdf:li>"))
        #expect(metadata.contains("<xmp:CreateDate>2027-01-01T00:00:00Z</xmp:CreateDate>"))
        let info = document.unparsed(try #require(document.get("/Info", of: document.trailer)))
        #expect(info.contains("/Trapped /False"))
        #expect(document.unparsed(try #require(document.get("/ID", of: document.trailer))).count > 60)
    }

    /// The text is drawn after the drawing, inside the move that puts the trim at the origin: as
    /// text in an embedded subset of its font, made invisible (render mode 3), which a reader
    /// extracts, and as the glyphs' outlines, each a form called where the glyph stands.
    @Test func theTextIsDrawnAsOutlinesWithAnInvisibleSearchableCopy() throws {
        let pdf = try Self.finished()
        let document = try QPDFDocument(pdf, name: "card.pdf")
        let content = String(decoding: try document.content(of: document.page(0)), as: UTF8.self)
        #expect(content.hasPrefix("q 1 0 0 1 -8.504 -8.504 cm 3 Tr q\n"))
        #expect(content.components(separatedBy: " Tr").count == 2, "cairo sets no render mode of its own: \(content)")
        let band = try #require(content.range(of: " re")), outline = try #require(content.range(of: " Do")), layer = try #require(content.range(of: "BT"))
        #expect(band.lowerBound < layer.lowerBound && layer.lowerBound < outline.lowerBound, "the band, the text layer, then the outlines")
        let resources = try #require(document.get("/Resources", of: document.page(0)))
        let fonts = try #require(document.get("/Font", of: resources))
        let font = document.unparsed(try #require(document.keys(of: fonts).first.flatMap { document.get($0, of: fonts) }))
        #expect(font.contains("+NotoSans-Bold") && (font.contains("/Subtype /TrueType") || font.contains("/Subtype /Type0")), "a subset of the font: \(font)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pdfx4-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        let text = try Poppler.text(of: file)
        #expect(text.filter { !$0.isWhitespace }.contains("Sicherwohnen"), "\(text)")
    }

    /// Each glyph's outline is written once, as a form, however often the glyph stands on the
    /// page: "I Sicher wohnen" has 13 glyphs that draw, two "h", two "n", two "e", and so 10 forms.
    @Test func eachGlyphsOutlineIsOneFormCalledWhereverItStands() throws {
        let document = try QPDFDocument(try Self.finished(), name: "card.pdf")
        let content = String(decoding: try document.content(of: document.page(0)), as: UTF8.self)
        #expect(content.components(separatedBy: " Do").count - 1 == 13)
        let resources = try #require(document.get("/Resources", of: document.page(0)))
        let forms = try #require(document.get("/XObject", of: resources))
        #expect(document.keys(of: forms).count == 10)
        for key in document.keys(of: forms) {
            let form = try #require(document.get(key, of: forms))
            let dictionary = document.unparsed(document.streamDictionary(form))
            #expect(dictionary.contains("/Subtype /Form") && !dictionary.contains("/Group"), "a plain form, no transparency group: \(dictionary)")
            #expect(!String(decoding: try document.data(of: form), as: UTF8.self).contains(" rg"), "the form takes its colour from the page")
        }
    }

    /// What shows is the outlines: the text layer alone (no glyphs given) leaves the band bare
    /// where the "I" is set, yet a reader still finds it.
    @Test func theTextLayerItselfIsNotDrawn() throws {
        let drawn = try PDFRenderer.pdf(
            fromSVG: Array(Self.svg.utf8), text: [Self.line], width: Self.size.width, height: Self.size.height, creationDate: "D:19800101000000Z")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pdfx4-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(try Self.finishing().finish(drawn)).write(to: file)
        let image = try #require(try Ghostscript.render(file))
        #expect(image.pixel(x: 34, y: 82) == [0x0B, 0x3D, 0x91], "where the I is set: the band")
        #expect(try Poppler.text(of: file).filter { !$0.isWhitespace }.contains("Sicherwohnen"))
    }

    /// Every embedded font is a subset of the layout's font without its hinting (no `fpgm`,
    /// `prep` or `cvt ` table): the layer is never drawn, so its instructions would only be
    /// bytes; the glyph data is the font's own.
    @Test func theEmbeddedFontsCarryNoHinting() throws {
        let document = try QPDFDocument(try Self.finished(), name: "card.pdf")
        let resources = try #require(document.get("/Resources", of: document.page(0)))
        let fonts = try #require(document.get("/Font", of: resources))
        var files: [[UInt8]] = []
        for key in document.keys(of: fonts) {
            let font = try #require(document.get(key, of: fonts))
            let descriptor = document.get("/FontDescriptor", of: font)
                ?? document.get("/DescendantFonts", of: font).flatMap { document.arrayItem($0, 0) }.flatMap { document.get("/FontDescriptor", of: $0) }
            let file = try #require(descriptor.flatMap { document.get("/FontFile2", of: $0) }, "\(key)")
            files.append(try document.data(of: file))
        }
        #expect(!files.isEmpty)
        for file in files {
            let tables = Self.tableTags(file)
            #expect(tables.contains("glyf") && tables.contains("hmtx"), "\(tables)")
            #expect(tables.isDisjoint(with: ["fpgm", "prep", "cvt "]), "no hinting: \(tables)")
        }
    }

    /// The tags of an sfnt file's tables.
    static func tableTags(_ file: [UInt8]) -> Set<String> {
        guard file.count >= 12 else { return [] }
        let count = Int(file[4]) << 8 | Int(file[5])
        return Set((0..<count).compactMap { index in
            let start = 12 + 16 * index
            return start + 4 <= file.count ? String(decoding: file[start..<start + 4], as: UTF8.self) : nil
        })
    }

    /// Ghostscript draws the text's outlines where the layout placed them, upright, over the
    /// blue band: the "I" stands on the baseline at 90 pt from the top of the bleed, 15.7 pt tall.
    @Test func theTextIsDrawnWhereTheLayoutPlacedIt() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pdfx4-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(try Self.finished()).write(to: file)
        let image = try #require(try Ghostscript.render(file))
        #expect(image.pixel(x: 34, y: 82) == [255, 255, 255], "inside the I")
        #expect(image.pixel(x: 34, y: 94) == [0x0B, 0x3D, 0x91], "below the baseline: the band")
        #expect(image.pixel(x: 34, y: 72) == [0x0B, 0x3D, 0x91], "above the I: the band")
    }

    /// A round sticker's knife path: its own content stream, a circle in the trim stroked in
    /// the spot colour CutContour, overprinting; without a cut line there is none.
    @Test func aRoundCutIsAPathInTheSpotColourCutContour() throws {
        let document = try QPDFDocument(try Self.finished(cutLine: .circle), name: "sticker.pdf")
        let page = document.page(0)
        let resources = try #require(document.get("/Resources", of: page))
        let spaces = document.unparsed(try #require(document.get("/ColorSpace", of: resources)))
        #expect(spaces.contains("/CutContour [ /Separation /CutContour /DeviceCMYK"))
        #expect(document.unparsed(try #require(document.get("/ExtGState", of: resources))).contains("/OP true"))
        let content = String(decoding: try document.content(of: page), as: UTF8.self)
        let cut = try #require(content.range(of: "/CutContour CS 1 SCN"))
        #expect(content[cut.upperBound...].contains("226.772 85.039 m"), "the largest circle in the 100 x 60 mm trim starts at its right side, halfway up")
        #expect(content[cut.upperBound...].contains(" c h S"))
        let plain = try QPDFDocument(try Self.finished(), name: "card.pdf")
        #expect(!String(decoding: try plain.content(of: plain.page(0)), as: UTF8.self).contains("CutContour"))
    }

    /// Crop marks widen the MediaBox past the bleed and draw eight short lines in the
    /// registration colour, none of them inside the BleedBox.
    @Test func cropMarksLieOutsideTheBleedInTheRegistrationColour() throws {
        let document = try QPDFDocument(try Self.finished(cropMarks: true), name: "card.pdf")
        let page = document.page(0)
        let box = { (key: String) in document.get(key, of: page).map(document.unparsed) ?? "" }
        #expect(box("/MediaBox") == "[ -23.677 -23.677 307.142 193.756 ]", "bleed 8.504 + gap 1 + 5 mm (14.173) on each side")
        #expect(box("/BleedBox") == "[ -8.504 -8.504 291.969 178.583 ]")
        let resources = try #require(document.get("/Resources", of: page))
        #expect(document.unparsed(try #require(document.get("/ColorSpace", of: resources))).contains("/Separation /All /DeviceCMYK"))
        let content = String(decoding: try document.content(of: page), as: UTF8.self)
        let marks = try #require(content.range(of: "/Registration CS 1 SCN 0.25 w"))
        let lines = content[marks.upperBound...].split(separator: "\n").filter { $0.hasSuffix(" l S") }
        #expect(lines.count == 8)
        #expect(lines.first == "-9.504 0 m -23.677 0 l S")
    }

    /// qpdf's own check finds nothing to warn of, with a cut line and crop marks or without.
    @Test(arguments: [false, true])
    func qpdfChecksTheFileClean(extras: Bool) throws {
        let pdf = try Self.finished(cutLine: extras ? .circle : nil, cropMarks: extras)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pdfx4-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        process.arguments = ["--check", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(!text.contains("WARNING"), "\(text)")
    }

    @Test func theSameDrawingGivesTheSameBytes() throws {
        #expect(try Self.finished() == (try Self.finished()))
    }

}
