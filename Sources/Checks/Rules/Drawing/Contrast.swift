import CampaignModel
import Diagnostics
import Posters
import Raster

/// Each slot's text colour against the pixels rendered behind its box (WCAG 2.2, 1.4.3): 4.5:1,
/// or 3:1 for large text. The ratio of every slot goes into the report.
public struct Contrast: DrawingRule {
    public static let id: CheckID = "contrast"
    public static let summary = "a slot's text has less contrast against the pixels behind it than WCAG 2.2 (1.4.3) asks"
    /// The resolution the background is rendered at: enough to see a gradient or a photograph,
    /// cheap enough for every slot of every poster.
    public static let dotsPerInch = 72.0

    public init() {}

    public func check(_ drawn: DrawnPoster, into review: inout DrawingReview) {
        let page = drawn.template.page
        let size = page.pixels(atDPI: Self.dotsPerInch)
        let image: RasterImage
        do throws(RasterError) {
            image = try Rasterizer.image(fromSVG: drawn.background, width: size.width, height: size.height)
        } catch {
            review.log.report(.cannotRender(Self.id, "judge contrast", error), about: drawn.poster.subject, at: SourceLocation(file: drawn.template.path))
            return
        }
        let scale = Double(size.width) / page.viewBox.width
        for (index, slot) in drawn.poster.slots.enumerated() {
            let box = slot.slot.boxInRoot, origin = page.viewBox
            let text = Color(hex: slot.fill).map { (red: $0.red, green: $0.green, blue: $0.blue) } ?? (0, 0, 0)
            guard let ratio = ContrastRatio.worst(
                text: text, on: image, x: Int(((box.x - origin.x) * scale).rounded()), y: Int(((box.y - origin.y) * scale).rounded()),
                width: Int((box.width * scale).rounded()), height: Int((box.height * scale).rounded()))
            else { continue }
            review.contrasts[index] = ratio
            let required = ContrastRatio.required(sizeInPoints: slot.size, weight: slot.weight)
            if ratio < required {
                var subject = drawn.poster.subject
                subject.slot = slot.slot.name
                review.log.report(
                    .lowContrast(slot.slot.name, fill: slot.fill, ratio: ratio, required: required, size: slot.size),
                    about: subject, at: drawn.template.location(line: slot.slot.line))
            }
        }
    }
}

extension Diagnostic.Message {
    static func lowContrast(_ slot: String, fill: String, ratio: Double, required: Double, size: Double) -> Self {
        Self(Contrast.id, .error,
             "slot '\(slot)': text \(fill) has a contrast of \(String(format: "%.2f", ratio)):1 against its background; "
                + "WCAG 2.2 (1.4.3) asks for \(required.oneDecimal):1 at \(String(format: "%.1f", size)) pt")
    }

    /// A rule could not render what it judges.
    static func cannotRender(_ check: CheckID, _ purpose: String, _ error: RasterError) -> Self {
        Self(check, .error, "cannot render the background to \(purpose): \(error)")
    }
}
