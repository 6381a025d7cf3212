import CampaignModel
import Crypto
import Diagnostics
import Foundation
import Posters
import PrintPDF
import Raster
import TextLayout

extension LocaleJob {
    /// The print-ready PDF/X-4 of a printed format: the poster's drawing with its bleed drawn
    /// by cairo, the layout's text set over it (invisible but searchable), finished by qpdf with
    /// its boxes, output intent and metadata. The document ID is the poster's SVG's digest.
    func printPDF(
        _ drawing: [UInt8], svg: [UInt8], engine: TextLayoutEngine, template: Template, poster: LaidOutPoster, format: OutputFormat, title: String,
        entry: inout BuildReport.ArtifactEntry,
        into result: inout Result
    ) {
        guard let profiles = printProfiles, let bleed = template.page.bleed else { return }
        let page = template.page
        let bleedPoints = bleed / page.unitsPerPoint
        let created = SourceDateEpoch.seconds() ?? campaign.editionDate.dayNumber * 86_400
        let finishing = PDFX4(
            bleed: bleedPoints, title: title,
            language: locale.description, outputIntent: profiles.outputIntent, rgbProfile: profiles.rgb, created: created,
            documentID: SHA256.hash(data: Data(svg)).hex, cutLine: page.cut == .circle ? .circle : nil,
            cropMarks: printMarks || page.cropMarks)
        let path = OutputLayout.artifact(campaign: campaign.id, locale: locale.description, format: format, ext: "pdf")
        do {
            guard let text = PrintTextLayer(poster: poster, page: page, bleed: bleed).lines(engine: engine) else {
                result.log.error(.render, "cannot make the print PDF: a font of the layout has no file", about: poster.subject, at: SourceLocation(file: template.path))
                return
            }
            let drawn = try PDFRenderer.pdf(
                fromSVG: drawing, text: text, width: page.widthInPoints + 2 * bleedPoints, height: page.heightInPoints + 2 * bleedPoints,
                creationDate: "D:19800101000000Z")
            let pdf = try finishing.finish(drawn)
            result.files.append(OutputFile(path: path, bytes: pdf))
            entry.pdf = BuildReport.PDFEntry(
                path: path, trimWidth: (page.millimetres(page.viewBox.width) * 10).rounded() / 10,
                trimHeight: (page.millimetres(page.viewBox.height) * 10).rounded() / 10, bleed: (page.millimetres(bleed) * 10).rounded() / 10,
                outputIntent: profiles.outputIntent.identifier, bytes: pdf.count)
        } catch {
            result.log.error(.render, "cannot make the print PDF: \(error)", about: poster.subject, at: SourceLocation(file: template.path))
        }
    }
}
