import CampaignModel
import Crypto
import Diagnostics
import Foundation
import Posters
import PrintPDF
import Raster
import TextLayout

extension LocaleJob {
    /// cairo's date in the files it writes, replaced by the finished PDF's own.
    static let pdfCreationDate = "D:19800101000000Z"

    /// The print-ready PDF/X-4 of a printed format: the poster's background with its bleed and
    /// the layout's glyphs as the invisible, searchable text layer, drawn by cairo; finished by
    /// qpdf with the glyphs' outlines (those the SVG and the PNG have) over the background, its
    /// boxes, output intent and metadata. The document ID is the poster's SVG's digest.
    func printPDF(
        _ background: [UInt8], svg: [UInt8], engine: TextLayoutEngine, template: Template, poster: LaidOutPoster, format: OutputFormat, title: String,
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
            let text = PrintTextLayer(poster: poster, page: page, bleed: bleed).text(engine: engine)
            let size = (width: page.widthInPoints + 2 * bleedPoints, height: page.heightInPoints + 2 * bleedPoints)
            let drawn = try PDFRenderer.pdf(
                fromSVG: background, text: text.lines, width: size.width, height: size.height, creationDate: Self.pdfCreationDate)
            let pdf = try finishing.finish(drawn, glyphs: text.glyphs)
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
