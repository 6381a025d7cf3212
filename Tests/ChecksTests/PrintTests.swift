import Checks
import Raster
import Testing

@Suite struct BleedTests {
    /// A 100 x 60 mm card rendered with its 3 mm bleed at 4 pixels per millimetre, its blue band
    /// drawn across the top from `bandStart` (in millimetres; -3 reaches into the bleed).
    static func card(bandStart: Double, bandEnd: Double = 103) throws -> RasterImage {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="106mm" height="66mm" viewBox="-3 -3 106 66">
              <rect x="-3" y="-3" width="106" height="66" fill="#FFFFFF"/>
              <rect x="\(bandStart)" y="\(bandStart)" width="\(bandEnd - bandStart)" height="\(20 - bandStart)" fill="#0B3D91"/>
            </svg>
            """
        return try Rasterizer.image(fromSVG: Array(svg.utf8), width: 424, height: 264)
    }

    @Test func artThatRunsIntoTheBleedPasses() throws {
        #expect(BleedEdges.shortEdges(of: try Self.card(bandStart: -3), bleedPixels: 12).isEmpty)
    }

    /// The band stops at the trim on top and left (the bleed there is white paper), and runs on
    /// into the bleed on the right.
    @Test func artThatStopsAtTheTrimIsFlaggedPerEdge() throws {
        #expect(BleedEdges.shortEdges(of: try Self.card(bandStart: 0), bleedPixels: 12) == [.top, .left])
    }

    /// Art that ends well inside the page is a margin by design, not a bleed to fill.
    @Test func artThatEndsInsideThePageIsNoBleedProblem() throws {
        #expect(BleedEdges.shortEdges(of: try Self.card(bandStart: -3, bandEnd: 98), bleedPixels: 12).isEmpty)
    }

    /// White paper needs no bleed: a page whose only art is white may stop at the trim.
    @Test func paperWhiteNeedsNoBleed() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="106mm" height="66mm" viewBox="-3 -3 106 66">
              <rect width="100" height="60" fill="#FFFFFF"/>
            </svg>
            """
        let image = try Rasterizer.image(fromSVG: Array(svg.utf8), width: 424, height: 264)
        #expect(BleedEdges.shortEdges(of: image, bleedPixels: 12).isEmpty)
    }
}

@Suite struct PrintResolutionTests {
    /// 1240 pixels across 105 mm is 300 dpi; across twice that, 150.
    @Test func dotsPerInchAtThePrintedSize() {
        #expect(abs(PrintResolution.dotsPerInch(pixels: (1240, 1240), millimetres: (105, 105)) - 299.96) < 0.01)
        #expect(abs(PrintResolution.dotsPerInch(pixels: (1240, 1240), millimetres: (210, 210)) - 149.98) < 0.01)
    }

    /// A wide picture in a square box is scaled by its width ("meet"), so its height's pixels count less.
    @Test func aPictureFittedIntoItsBoxIsScaledByItsTighterSide() {
        #expect(abs(PrintResolution.dotsPerInch(pixels: (2000, 1000), millimetres: (100, 100)) - 508) < 0.01)
    }
}
