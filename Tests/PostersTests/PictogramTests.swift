import CampaignModel
import Diagnostics
import Foundation
import PosterSamples
@testable import Posters
import Testing
import TextLayout
import XML

/// A self-contained SVG picture is drawn inline, as vectors, so that renderers (and print PDFs)
/// keep its paths; any other picture stays a `data:` URI.
@Suite struct PictogramTests {
    let engine = TextLayoutEngine(fonts: Sample.fonts)

    static let template = """
        <svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="60mm" viewBox="0 0 100 60">
          <rect width="100" height="60" fill="#FFFFFF"/>
          <image data-image="pictogram" x="70" y="5" width="20" height="20" opacity="0.9"/>
          <image data-image="badge" x="5" y="5" width="20" height="20"/>
          <rect data-slot="headline" x="5" y="30" width="90" height="24" data-size="8-30" data-max-lines="2"/>
        </svg>
        """
    static let pictogram = """
        <svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 48 48">
          <circle cx="24" cy="24" r="8" fill="#16181D"/>
        </svg>
        """
    /// Its gradient has an id the poster could hold too: it is embedded, not inlined.
    static let badge = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
          <defs><linearGradient id="shade"><stop offset="0" stop-color="#000"/></linearGradient></defs>
          <rect width="10" height="10" fill="url(#shade)"/>
        </svg>
        """

    @Test func aSelfContainedPictogramIsDrawnInlineAndAnotherIsEmbedded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pictogram-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("images"), withIntermediateDirectories: true)
        try Self.template.write(to: folder.appendingPathComponent("card.svg"), atomically: true, encoding: .utf8)
        try Self.pictogram.write(to: folder.appendingPathComponent("images/pictogram.svg"), atomically: true, encoding: .utf8)
        try Self.badge.write(to: folder.appendingPathComponent("images/badge.svg"), atomically: true, encoding: .utf8)
        var log = DiagnosticLog()
        let template = try #require(TemplateLoader(path: folder.appendingPathComponent("card.svg").path, assetsDirectory: folder.path).load(log: &log))
        let content = PosterContent(campaign: try Sample.campaign(), locale: try LocaleTag(parsing: "en-BE"), state: Sample.state("BE"))
        let poster = PosterLayout(template: template, content: content, format: .posterA3).layOut(engine: engine)
        let images = ImageLibrary(campaignDirectory: folder.path, assetsDirectory: folder.path)
        let svg = try SVGPosterWriter(template: template, content: content, images: images).write(poster, engine: engine).svg

        let root = try #require(try XMLDocument(parsing: svg, name: "card.svg").root)
        let nested = root.descendantsAndSelf.filter { $0.name == "svg" && $0.parent != nil }
        #expect(nested.count == 1)
        let picture = try #require(nested.first)
        #expect(["x", "y", "width", "height", "viewBox"].map { picture.attribute($0) } == ["70", "5", "20", "20", "0 0 48 48"])
        #expect(picture.parent?.name == "g" && picture.parent?.attribute("opacity") == "0.9", "the image's other attributes stay on a group")
        #expect(picture.children.contains { $0.name == "circle" && $0.attribute("r") == "8" })
        let embedded = root.descendantsAndSelf.filter { $0.name == "image" }
        #expect(embedded.count == 1)
        #expect(embedded.first?.attribute("href", namespace: Template.xlinkNamespace)?.hasPrefix("data:image/svg+xml;base64,") == true)
    }
}
