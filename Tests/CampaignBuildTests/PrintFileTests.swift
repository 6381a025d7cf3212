import Foundation
@testable import PrintPDF
import Testing
import XML

/// The print PDFs the build wrote, read back through qpdf as a print shop's preflight reads
/// them: the trafficking campaign's round sticker and A5 flyer in German (Germany).
@Suite struct PrintFileTests {
    static func document(_ format: String) throws -> QPDFDocument {
        let file = BuildTests.full.root.appendingPathComponent("Output/thb-victim-rights/de-DE/\(format).pdf")
        return try QPDFDocument(Array(try Data(contentsOf: file)), name: "\(format).pdf")
    }

    /// The trim is the page (90 mm square, 148 x 210 mm) at the origin, the bleed 3 mm around it.
    @Test(arguments: [("sticker-round", "[ 0 0 255.118 255.118 ]", "[ -8.504 -8.504 263.622 263.622 ]"),
                      ("flyer-a5", "[ 0 0 419.528 595.276 ]", "[ -8.504 -8.504 428.031 603.78 ]")])
    func theBoxesAreTheTrimAndItsBleed(format: String, trim: String, bleed: String) throws {
        let document = try Self.document(format)
        let box = { (key: String) in document.get(key, of: document.page(0)).map(document.unparsed) ?? "" }
        #expect(box("/TrimBox") == trim)
        #expect(box("/BleedBox") == bleed)
        #expect(box("/MediaBox") == bleed)
    }

    /// The output intent is FOGRA39 with the profile Debian's scribus-data ships, and the XMP
    /// says PDF/X-4.
    @Test(arguments: ["sticker-round", "flyer-a5"])
    func theOutputIntentIsFogra39AndTheFileSaysPDFX4(format: String) throws {
        let document = try Self.document(format)
        let intent = try #require(document.get("/OutputIntents", of: document.root).flatMap { document.arrayItem($0, 0) })
        #expect(document.unparsed(intent).contains("/S /GTS_PDFX"))
        #expect(document.unparsed(intent).contains("/OutputConditionIdentifier (FOGRA39)"))
        let profile = try document.data(of: try #require(document.get("/DestOutputProfile", of: intent)))
        #expect(profile == Array(try Data(contentsOf: URL(fileURLWithPath: "/usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc"))))
        let metadata = String(decoding: try document.data(of: try #require(document.get("/Metadata", of: document.root))), as: UTF8.self)
        #expect(metadata.contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"))
    }

    /// The sticker's knife path is a circle stroked in the spot colour CutContour, overprinting,
    /// after the art; the flyer, cut along its trim, has none.
    @Test func theStickerCarriesItsCutLineInTheSpotColourCutContour() throws {
        let sticker = try Self.document("sticker-round")
        let resources = try #require(sticker.get("/Resources", of: sticker.page(0)))
        #expect(sticker.unparsed(try #require(sticker.get("/ColorSpace", of: resources))).contains("/CutContour [ /Separation /CutContour /DeviceCMYK"))
        let content = String(decoding: try sticker.content(of: sticker.page(0)), as: UTF8.self)
        let cut = try #require(content.range(of: "/CutContourOverprint gs /CutContour CS 1 SCN"))
        #expect(content[cut.upperBound...].contains("255.118 127.559 m"), "the circle of the 90 mm trim starts at its right, halfway up")
        #expect(content.range(of: " Do")!.lowerBound < cut.lowerBound, "the cut line comes after the art")
        let flyer = try Self.document("flyer-a5")
        #expect(!String(decoding: try flyer.content(of: flyer.page(0)), as: UTF8.self).contains("CutContour"))
    }

    /// Every glyph the SVG draws is drawn in the PDF, as its outline: as many calls of glyph
    /// forms as the SVG has `<use>`s of glyph outlines; and the text layer is invisible.
    @Test(arguments: ["sticker-round", "flyer-a5"])
    func everyGlyphOfTheSVGIsDrawnAsItsOutline(format: String) throws {
        let svg = try XMLDocument(
            parsing: Array(try Data(contentsOf: BuildTests.full.root.appendingPathComponent("Output/thb-victim-rights/de-DE/\(format).svg"))),
            name: format)
        let slots = try #require(svg.root).descendantsAndSelf.filter { $0.attribute("data-slot") != nil }
        let uses = slots.flatMap(\.descendantsAndSelf).filter { $0.name == "use" }.count
        let document = try Self.document(format)
        let content = String(decoding: try document.content(of: document.page(0)), as: UTF8.self)
        #expect(uses > 50)
        #expect(content.components(separatedBy: " Do Q").count - 1 == uses)
        #expect(content.hasPrefix("q 1 0 0 1 -8.504 -8.504 cm 3 Tr"))
    }
}
