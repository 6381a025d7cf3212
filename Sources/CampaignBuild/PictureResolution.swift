import CampaignModel
import Checks
import Diagnostics
import Posters
import Raster

/// The print shops' rule for pictures: at least 300 dpi at the size they are printed. Checked
/// for every PNG or JPEG a print design shows for the member states of a campaign (SVG pictures
/// are drawn, not sampled, so any size is sharp).
struct PictureResolution {
    let template: Template
    let campaign: Campaign
    let images: ImageLibrary

    func run(log: inout DiagnosticLog) {
        let page = template.page
        for slot in template.imageSlots {
            guard let box = slot.boxInRoot else { continue }
            var seen = Set<String>()
            for participation in campaign.distribution {
                guard let path = images.path(slot.name, state: participation.state), seen.insert(path).inserted,
                      !path.lowercased().hasSuffix(".svg")
                else { continue }
                guard let pixels = ImageFile.pixelSize(atPath: path) else {
                    log.error("picture \(path) cannot be read as PNG or JPEG", at: template.location(line: slot.line))
                    continue
                }
                let millimetres = (width: page.millimetres(box.width), height: page.millimetres(box.height))
                let dpi = PrintResolution.dotsPerInch(pixels: pixels, millimetres: millimetres)
                if dpi < PrintResolution.minimumDotsPerInch - 0.5 {
                    log.error(
                        "picture \(path) is \(pixels.width) x \(pixels.height) pixels, \(Int(dpi.rounded())) dpi at its printed size of "
                            + "\(PrintCheck.rounded(millimetres.width)) x \(PrintCheck.rounded(millimetres.height)) mm; "
                            + "print needs \(Int(PrintResolution.minimumDotsPerInch)) dpi",
                        at: template.location(line: slot.line))
                }
            }
        }
    }
}
