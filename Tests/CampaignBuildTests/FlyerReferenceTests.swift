import CampaignBuild
import CampaignModel
import Foundation
import Raster
import Testing

/// A real flyer, rendered, against a reference image a person reviewed
/// (`Fixtures/reference/flyer-a5-de-AT.png`, A5 at 75 dpi). Small differences in anti-aliasing
/// pass; text that moves or disappears fails. After a deliberate change, look at the new image
/// and record it with `RECORD_REFERENCES=1 swift test --filter FlyerReferenceTests` (only the
/// value 1 records, as with `RECORD_GOLDENS`).
@Suite struct FlyerReferenceTests {
    static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reference/flyer-a5-de-AT.png")
    static let size = (width: 437, height: 620)

    /// The flyer's SVG as the compiler makes it.
    static let flyer: [UInt8] = {
        let root = try! RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let check = ProjectCheck(
            layout: ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets"),
            selection: Selection(campaignIDs: ["burglary-focus-day"], localeFilters: ["de-AT"]))
        _ = Build(check: check, outputDirectory: root.path + "/Output", motion: false).run()
        return try! [UInt8](Data(contentsOf: root.appendingPathComponent("Output/burglary-focus-day/de-AT/flyer-a5.svg")))
    }()

    static func render(_ svg: [UInt8]) throws -> RasterImage {
        try Rasterizer.image(fromSVG: svg, width: size.width, height: size.height)
    }

    /// The reference decoded by gdk-pixbuf, through an SVG that shows it at 1:1.
    static func referenceImage() throws -> RasterImage {
        let png = try Data(contentsOf: reference)
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="\(size.width)" height="\(size.height)">
            <image width="\(size.width)" height="\(size.height)" xlink:href="data:image/png;base64,\(png.base64EncodedString())"/></svg>
            """
        return try render(Array(svg.utf8))
    }

    /// The share of pixels that differ clearly (by more than 48 in a channel).
    static func difference(_ a: RasterImage, _ b: RasterImage) -> Double {
        var differing = 0
        for y in 0..<a.height {
            for x in 0..<a.width {
                let p = a.pixel(x: x, y: y), q = b.pixel(x: x, y: y)
                if max(abs(Int(p.red) - Int(q.red)), abs(Int(p.green) - Int(q.green)), abs(Int(p.blue) - Int(q.blue))) > 48 {
                    differing += 1
                }
            }
        }
        return Double(differing) / Double(a.width * a.height)
    }

    @Test func theFlyerLooksLikeTheReviewedReference() throws {
        let rendered = try Self.render(Self.flyer)
        if ProcessInfo.processInfo.environment["RECORD_REFERENCES"] == "1" {
            try Data(try Rasterizer.png(from: rendered, options: PNGOptions(dotsPerInch: 75))).write(to: Self.reference)
            return
        }
        #expect(Self.difference(rendered, try Self.referenceImage()) < 0.001)
    }

    @Test(arguments: [
        ("the headline moved 1 mm", #"<g data-slot="headline""#, #"<g transform="translate(1 0)" data-slot="headline""#),
        ("the call to action is gone", #"<g data-slot="call-to-action""#, #"<g display="none" data-slot="call-to-action""#),
    ])
    func aFlyerWhoseTextMovedOrVanishedFails(change: String, original: String, replacement: String) throws {
        let text = String(decoding: Self.flyer, as: UTF8.self)
        #expect(text.contains(original))
        let changed = try Self.render(Array(text.replacingOccurrences(of: original, with: replacement).utf8))
        #expect(Self.difference(changed, try Self.referenceImage()) >= 0.001, "\(change) went unnoticed")
    }
}
