import CampaignModel
import Checks
import Diagnostics
import Foundation
import Posters
import Raster

extension LocaleJob {
    /// The resolution the background behind text is rendered at for judging contrast: enough
    /// to see a gradient or a photograph, cheap enough for every slot of every poster.
    static let contrastDotsPerInch = 72.0

    /// Measures each slot's text colour against the pixels behind its box (WCAG 2.2, 1.4.3),
    /// records the ratio in the report and logs an error below the minimum for its size.
    func judgeContrast(
        of poster: LaidOutPoster, background: [UInt8], template: Template, entry: inout BuildReport.ArtifactEntry,
        log: inout DiagnosticLog
    ) {
        let size = template.page.pixels(atDPI: Self.contrastDotsPerInch)
        let image: RasterImage
        do throws(RasterError) {
            image = try Rasterizer.image(fromSVG: background, width: size.width, height: size.height)
        } catch {
            log.error("\(poster.artifact): cannot render the background to judge contrast: \(error)", at: SourceLocation(file: template.path))
            return
        }
        let scale = Double(size.width) / template.page.viewBox.width
        for (index, slot) in poster.slots.enumerated() {
            let box = slot.slot.boxInRoot, origin = template.page.viewBox
            let text = Color(hex: slot.fill).map { (red: $0.red, green: $0.green, blue: $0.blue) } ?? (0, 0, 0)
            guard let ratio = Contrast.worst(
                text: text, on: image, x: Int(((box.x - origin.x) * scale).rounded()), y: Int(((box.y - origin.y) * scale).rounded()),
                width: Int((box.width * scale).rounded()), height: Int((box.height * scale).rounded()))
            else { continue }
            entry.slots[index].contrast = (ratio * 100).rounded() / 100
            let required = Contrast.required(sizeInPoints: slot.size, weight: slot.weight)
            if ratio < required {
                log.error(
                    "\(poster.artifact): slot '\(slot.slot.name)': text \(slot.fill) has a contrast of "
                        + "\(String(format: "%.2f", ratio)):1 against its background; WCAG 2.2 (1.4.3) asks for "
                        + "\(required == 3 ? "3" : "4.5"):1 at \(String(format: "%.1f", slot.size)) pt",
                    at: template.location(line: slot.slot.line))
            }
        }
    }
}
