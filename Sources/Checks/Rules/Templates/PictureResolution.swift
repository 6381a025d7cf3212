import CampaignModel
import Diagnostics
import Posters
import Raster

/// The print shops' rule for pictures: at least 300 dpi at the size they are printed. Checked
/// for every PNG or JPEG a print design shows for the member states of a campaign (SVG pictures
/// are drawn, not sampled, so any size is sharp).
public struct PictureResolution: TemplateUseRule {
    public static let id: CheckID = "picture-resolution"
    public static let summary = "a picture on a printed format is under 300 dpi at its printed size, or cannot be read"

    public init() {}

    public func check(_ use: TemplateUse, into log: inout DiagnosticLog) {
        guard use.format.isPrinted else { return }
        let page = use.template.page
        for slot in use.template.imageSlots {
            guard let box = slot.boxInRoot else { continue }
            var seen = Set<String>()
            for participation in use.campaign.distribution {
                guard let path = use.images.path(slot.name, state: participation.state), seen.insert(path).inserted,
                      !path.lowercased().hasSuffix(".svg")
                else { continue }
                let location = use.template.location(line: slot.line)
                guard let pixels = ImageFile.pixelSize(atPath: path) else {
                    log.report(.unreadablePicture(path), about: use.subject, at: location)
                    continue
                }
                let millimetres = (width: page.millimetres(box.width), height: page.millimetres(box.height))
                let dpi = PrintResolution.dotsPerInch(pixels: pixels, millimetres: millimetres)
                if dpi < PrintResolution.minimumDotsPerInch - 0.5 {
                    log.report(.lowResolution(path, pixels: pixels, dpi: dpi, millimetres: millimetres), about: use.subject, at: location)
                }
            }
        }
    }
}

extension Diagnostic.Message {
    static func unreadablePicture(_ path: String) -> Self {
        Self(PictureResolution.id, .error, "picture \(path) cannot be read as PNG or JPEG")
    }

    static func lowResolution(
        _ path: String, pixels: (width: Int, height: Int), dpi: Double, millimetres: (width: Double, height: Double)
    ) -> Self {
        Self(PictureResolution.id, .error,
             "picture \(path) is \(pixels.width) x \(pixels.height) pixels, \(Int(dpi.rounded())) dpi at its printed size of "
                + "\(millimetres.width.oneDecimal) x \(millimetres.height.oneDecimal) mm; print needs \(Int(PrintResolution.minimumDotsPerInch)) dpi")
    }
}
