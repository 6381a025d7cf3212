import Checks
import Diagnostics
import Posters
import Raster

extension LocaleJob {
    /// Pixels per millimetre the background is rendered at to see its bleed: 3 mm is 6 pixels,
    /// enough to see art stop at the trim, and an A3 page stays under a million pixels.
    static let bleedPixelsPerMillimetre = 2.0

    /// Renders the background with its bleed and logs an error for every edge where coloured art
    /// stops at the trim.
    func judgeBleed(of poster: LaidOutPoster, background: [UInt8], template: Template, log: inout DiagnosticLog) {
        guard let bleed = template.page.bleed else { return }
        let page = template.page
        let scale = Self.bleedPixelsPerMillimetre
        let width = Int(((page.millimetres(page.viewBox.width + 2 * bleed)) * scale).rounded())
        let height = Int(((page.millimetres(page.viewBox.height + 2 * bleed)) * scale).rounded())
        let image: RasterImage
        do throws(RasterError) {
            image = try Rasterizer.image(fromSVG: background, width: width, height: height)
        } catch {
            log.error("\(poster.artifact): cannot render the background to judge its bleed: \(error)", at: template.location(line: template.rootLine))
            return
        }
        let bleedPixels = Int((page.millimetres(bleed) * scale).rounded(.down))
        for edge in Bleed.shortEdges(of: image, bleedPixels: bleedPixels) {
            log.error(
                "\(poster.artifact): the background art stops at the \(edge.rawValue) trim edge; draw it on "
                    + "\(PrintCheck.rounded(page.millimetres(bleed))) mm past the page, into the bleed, so the cut leaves no white edge",
                at: template.location(line: template.rootLine))
        }
    }
}
