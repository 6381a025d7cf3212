import Posters
import Raster
import TextLayout

/// The text of a laid-out poster as a PDF carries it under the outlines: every line of every
/// slot in reading order, its glyphs where the layout placed them, moved from the slots' own
/// user units onto the PDF's page, which is the template's page widened by the bleed.
struct PrintTextLayer {
    let poster: LaidOutPoster
    let page: PageGeometry
    let bleed: Double

    /// The lines, or `nil` when a font file of the layout is unknown to `engine`.
    func lines(engine: TextLayoutEngine) -> [PDFTextLine]? {
        var lines: [PDFTextLine] = []
        for slot in poster.slots {
            let place = placement(of: slot)
            for line in slot.lines where !line.text.isEmpty {
                var runs: [PDFTextLine.Run] = []
                for glyph in line.glyphs {
                    guard let file = engine.fontFile(of: glyph.face) else { return nil }
                    let placed = place(line.x + glyph.x * slot.unitsPerPoint, line.baseline + glyph.y * slot.unitsPerPoint)
                    let pdfGlyph = PDFTextLine.Glyph(id: glyph.glyph, x: placed.x, y: placed.y, characters: glyph.characters)
                    if let last = runs.last, last.fontFile == file, last.faceIndex == glyph.face.index {
                        runs[runs.count - 1] = PDFTextLine.Run(
                            fontFile: file, faceIndex: glyph.face.index, size: last.size, glyphs: last.glyphs + [pdfGlyph])
                    } else {
                        runs.append(PDFTextLine.Run(fontFile: file, faceIndex: glyph.face.index, size: place.size(slot.sizeInUnits), glyphs: [pdfGlyph]))
                    }
                }
                lines.append(PDFTextLine(runs: runs))
            }
        }
        return lines
    }

    /// Moves a point from a slot's user units to the PDF page's points.
    private struct Placement {
        let scale: Double, offsetX: Double, offsetY: Double

        func callAsFunction(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
            (x * scale + offsetX, y * scale + offsetY)
        }

        func size(_ length: Double) -> Double { length * scale }
    }

    /// The slot's box gives its transform to the root (a uniform scale and a move); the page's
    /// origin is the viewBox's corner less the bleed.
    private func placement(of slot: LaidOutSlot) -> Placement {
        let box = slot.slot.box, inRoot = slot.slot.boxInRoot, scale = slot.slot.scale
        let pagePoints = 1 / page.unitsPerPoint
        return Placement(
            scale: scale * pagePoints,
            offsetX: (inRoot.x - scale * box.x - page.viewBox.x + bleed) * pagePoints,
            offsetY: (inRoot.y - scale * box.y - page.viewBox.y + bleed) * pagePoints)
    }
}
