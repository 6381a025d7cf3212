import Foundation
import Checks
import Raster
import Testing

@Suite struct ContrastTests {
    @Test func ratiosAreWCAGs() {
        #expect(ContrastRatio.ratio((0, 0, 0), (255, 255, 255)) == 21)
        #expect(ContrastRatio.ratio((255, 255, 255), (255, 255, 255)) == 1)
        // #767676 on white is the palest grey that passes 4.5:1.
        #expect(abs(ContrastRatio.ratio((0x76, 0x76, 0x76), (255, 255, 255)) - 4.54) < 0.01)
        #expect(abs(ContrastRatio.ratio((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48) < 0.01)
    }

    @Test func largeTextNeedsLess() {
        #expect(ContrastRatio.required(sizeInPoints: 12, weight: 400) == 4.5)
        #expect(ContrastRatio.required(sizeInPoints: 14, weight: 700) == 3)
        #expect(ContrastRatio.required(sizeInPoints: 14, weight: 400) == 4.5)
        #expect(ContrastRatio.required(sizeInPoints: 18, weight: 400) == 3)
    }

    /// A background that runs from white at the top to dark blue at the bottom, as a photograph
    /// or gradient behind text would.
    static let gradient = try! Rasterizer.image(fromSVG: Array("""
        <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
          <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" stop-color="#FFFFFF"/><stop offset="1" stop-color="#0B3D91"/></linearGradient></defs>
          <rect width="100" height="100" fill="url(#g)"/>
        </svg>
        """.utf8), width: 100, height: 100)

    @Test func textIsJudgedByThePixelsBehindIt() throws {
        let white: ContrastRatio.RGB = (255, 255, 255)
        let overDarkPart = try #require(ContrastRatio.worst(text: white, on: Self.gradient, x: 0, y: 80, width: 100, height: 20))
        let overLightPart = try #require(ContrastRatio.worst(text: white, on: Self.gradient, x: 0, y: 0, width: 100, height: 20))
        let overAll = try #require(ContrastRatio.worst(text: white, on: Self.gradient, x: 0, y: 0, width: 100, height: 100))
        #expect(overDarkPart > 4.5)
        #expect(overLightPart < 1.5)
        #expect(overAll < 1.2, "the worst 5 % of the box decide, and the top of it is nearly white")
    }

    /// The histogram's answer is the percentile of every pixel's own ratio, whatever runs of one
    /// colour the box holds: checked on drawings of random opaque bars against sorting the ratios.
    @Test(arguments: 1...6)
    func theWorstPercentileIsThatOfEveryPixel(seed: UInt64) throws {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var bars = ""
        for _ in 0..<12 {
            let color = String(format: "#%02X%02X%02X", next(256), next(256), next(256))
            bars += ##"<rect x="\##(next(60))" y="\##(next(40))" width="\##(1 + next(40))" height="\##(1 + next(20))" fill="\##(color)"/>"##
        }
        let svg = ##"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48"><rect width="64" height="48" fill="#FFFFFF"/>\##(bars)</svg>"##
        let image = try Rasterizer.image(fromSVG: Array(svg.utf8), width: 64, height: 48)
        let text: ContrastRatio.RGB = (UInt8(next(256)), UInt8(next(256)), UInt8(next(256)))
        let (x, y, width, height) = (next(20), next(20), 10 + next(50), 5 + next(40))
        var ratios: [Double] = []
        for row in y..<min(48, y + height) {
            for column in x..<min(64, x + width) {
                let pixel = image.pixel(x: column, y: row)
                ratios.append(ContrastRatio.ratio(text, (pixel.red, pixel.green, pixel.blue)))
            }
        }
        ratios.sort()
        let expected = ratios[Int(Double(ratios.count) * 0.05)]
        let worst = try #require(ContrastRatio.worst(text: text, on: image, x: x, y: y, width: width, height: height))
        #expect(worst == 1 + (min(2_000, ((expected - 1) * 100).rounded(.down)) / 100), "every pixel of the box counted, each in its bin")
    }

    @Test func lightGreyOnWhiteFails() throws {
        let white = try Rasterizer.image(fromSVG: Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#.utf8), width: 10, height: 10)
        let ratio = try #require(ContrastRatio.worst(text: (0xBB, 0xBB, 0xBB), on: white, x: 0, y: 0, width: 10, height: 10))
        #expect(abs(ratio - 1.92) < 0.02)
        #expect(ratio < ContrastRatio.required(sizeInPoints: 12, weight: 400))
    }
}
