import Foundation
import Raster
import Testing

@Suite struct RasterizerTests {
    static let page = """
        <svg xmlns="http://www.w3.org/2000/svg" width="148mm" height="210mm" viewBox="0 0 148 210">
          <rect width="148" height="210" fill="#FFFFFF"/>
          <rect width="148" height="70" fill="#0B3D91"/>
          <circle cx="74" cy="140" r="30" fill="#FFC400"/>
        </svg>
        """

    @Test func rendersAtTheExactPixelSize() throws {
        let image = try Rasterizer.image(fromSVG: Array(Self.page.utf8), width: 1748, height: 2480)
        #expect(image.width == 1748 && image.height == 2480)
        #expect(image.pixel(x: 10, y: 10) == (0x0B, 0x3D, 0x91, 0xFF))
        #expect(image.pixel(x: 874, y: 1653) == (0xFF, 0xC4, 0x00, 0xFF))
        #expect(image.pixel(x: 1747, y: 2479) == (0xFF, 0xFF, 0xFF, 0xFF), "the last pixel is covered, not transparent")
    }

    @Test func writesOpaqueImagesAsRGBWithPrintMetadataAndNoTime() throws {
        let png = try Rasterizer.png(
            fromSVG: Array(Self.page.utf8), width: 1748, height: 2480,
            options: PNGOptions(dotsPerInch: 300, title: "Machen Sie es Einbrechern schwer", language: "de-AT"))
        let chunks = PNGChunks(png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let header = try #require(chunks.first("IHDR"))
        #expect(PNGChunks.bigEndian(header[0..<4]) == 1748)
        #expect(PNGChunks.bigEndian(header[4..<8]) == 2480)
        #expect(header[8] == 8 && header[9] == 2, "8-bit RGB")
        let physical = try #require(chunks.first("pHYs"))
        #expect(PNGChunks.bigEndian(physical[0..<4]) == 11811 && PNGChunks.bigEndian(physical[4..<8]) == 11811 && physical[8] == 1)
        #expect(chunks.types.contains("sRGB"))
        #expect(!chunks.types.contains("tIME"))
        let text = try #require(chunks.first("iTXt"))
        #expect(String(decoding: text, as: UTF8.self) == "Title\0\0\0de-AT\0\0Machen Sie es Einbrechern schwer")
        #expect(chunks.types.last == "IEND")
    }

    @Test func transparentImagesKeepStraightAlpha() throws {
        let svg = ##"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#FF0000" fill-opacity="0.5"/></svg>"##
        let png = try Rasterizer.png(fromSVG: Array(svg.utf8), width: 4, height: 4, options: PNGOptions(dotsPerInch: 96))
        let header = try #require(PNGChunks(png).first("IHDR"))
        #expect(header[9] == 6, "8-bit RGBA")
        let decoded = try PNGChunks.decode(png, width: 4, height: 4)
        let pixel = decoded.pixel(x: 1, y: 1)
        #expect(pixel.alpha >= 127 && pixel.alpha <= 128)
        #expect(pixel.red >= 126 && pixel.red <= 129, "premultiplied again by cairo: red 255 at half alpha")
    }

    @Test func theEncodedPixelsAreTheRenderedOnes() throws {
        let svg = Array(Self.page.utf8)
        let rendered = try Rasterizer.image(fromSVG: svg, width: 296, height: 420)
        let decoded = try PNGChunks.decode(try Rasterizer.png(from: rendered, options: PNGOptions(dotsPerInch: 50)), width: 296, height: 420)
        #expect(decoded.pixels == rendered.pixels)
    }

    @Test func theSameSVGGivesTheSameBytes() throws {
        let options = PNGOptions(dotsPerInch: 300, title: "Title", language: "en")
        let first = try Rasterizer.png(fromSVG: Array(Self.page.utf8), width: 874, height: 1240, options: options)
        let second = try Rasterizer.png(fromSVG: Array(Self.page.utf8), width: 874, height: 1240, options: options)
        #expect(first == second)
    }

    @Test func renditionsFromOneReadingAreThoseOfSeparateRenders() throws {
        let svg = Array(Self.page.utf8)
        let flyer = PNGRendition(width: 874, height: 1240, options: PNGOptions(dotsPerInch: 150, title: "Flyer", language: "en"))
        let thumbnail = PNGRendition(width: 240, height: 341, options: PNGOptions(dotsPerInch: 41))
        let both = try Rasterizer.pngs(fromSVG: svg, renditions: [flyer, thumbnail])
        #expect(both.count == 2)
        #expect(both[0] == (try Rasterizer.png(fromSVG: svg, width: flyer.width, height: flyer.height, options: flyer.options)))
        #expect(both[1] == (try Rasterizer.png(fromSVG: svg, width: thumbnail.width, height: thumbnail.height, options: thumbnail.options)))
        #expect(throws: RasterError.badSize(width: 0, height: 10)) {
            try Rasterizer.pngs(fromSVG: svg, renditions: [flyer, PNGRendition(width: 0, height: 10, options: thumbnail.options)])
        }
    }

    @Test func refusesWhatLibrsvgCannotRead() {
        #expect {
            try Rasterizer.png(fromSVG: Array("<html>no drawing</html>".utf8), width: 10, height: 10, options: PNGOptions(dotsPerInch: 96))
        } throws: { error in
            guard case RasterError.rejectedSVG = error else { return false }
            return "\(error)".hasPrefix("librsvg cannot render the SVG: ")
        }
    }

    @Test(arguments: [(0, 100), (100, -1), (30_000, 10)])
    func refusesZeroOrAbsurdSizes(width: Int, height: Int) {
        #expect(throws: RasterError.badSize(width: width, height: height)) {
            try Rasterizer.png(fromSVG: Array(Self.page.utf8), width: width, height: height, options: PNGOptions(dotsPerInch: 96))
        }
    }
}
