import CampaignModel
import Diagnostics
import Posters
import Raster

/// A printed design's background art runs on past the trim, into the bleed it declares, so the
/// print shop's cut leaves no white sliver: judged on a rendering of the background with its bleed.
public struct BleedArt: DrawingRule {
    public static let id: CheckID = "bleed-art"
    public static let summary = "a printed design's background art stops at the trim instead of running into the bleed"
    /// Pixels per millimetre the background is rendered at: 3 mm is 6 pixels, enough to see art
    /// stop at the trim, and an A3 page stays under a million pixels.
    public static let pixelsPerMillimetre = 2.0

    public init() {}

    public func check(_ drawn: DrawnPoster, into review: inout DrawingReview) {
        guard let background = drawn.backgroundWithBleed, let bleed = drawn.template.page.bleed else { return }
        let page = drawn.template.page
        let root = drawn.template.location(line: drawn.template.rootLine)
        let width = Int((page.millimetres(page.viewBox.width + 2 * bleed) * Self.pixelsPerMillimetre).rounded())
        let height = Int((page.millimetres(page.viewBox.height + 2 * bleed) * Self.pixelsPerMillimetre).rounded())
        let image: RasterImage
        do throws(RasterError) {
            image = try Rasterizer.image(fromSVG: background, width: width, height: height)
        } catch {
            review.log.report(.cannotRender(Self.id, "judge its bleed", error), about: drawn.poster.subject, at: root)
            return
        }
        let bleedPixels = Int((page.millimetres(bleed) * Self.pixelsPerMillimetre).rounded(.down))
        for edge in BleedEdges.shortEdges(of: image, bleedPixels: bleedPixels) {
            review.log.report(.artStopsAtTrim(edge, bleed: page.millimetres(bleed)), about: drawn.poster.subject, at: root)
        }
    }
}

extension Diagnostic.Message {
    static func artStopsAtTrim(_ edge: BleedEdges.Edge, bleed: Double) -> Self {
        Self(BleedArt.id, .error,
             "the background art stops at the \(edge.rawValue) trim edge; draw it on \(bleed.oneDecimal) mm past the page, "
                + "into the bleed, so the cut leaves no white edge")
    }
}
