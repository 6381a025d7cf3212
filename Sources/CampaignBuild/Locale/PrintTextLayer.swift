import Posters
import PrintPDF
import Raster
import TextLayout

/// The text of a laid-out poster as its print PDF draws it over the poster's background: every
/// glyph's outline, as the SVG draws it, where the layout placed it, in its slot's colour; and
/// every line of every slot in reading order as the invisible text layer at the same places, in
/// the font files the layout shaped them with. Both are moved from the slots' own user units
/// onto the PDF's page, which is the template's page widened by the bleed.
struct PrintTextLayer {
    let poster: LaidOutPoster
    let page: PageGeometry
    let bleed: Double

    /// The glyphs the page shows, and the text layer: the lines, each a run of glyphs per font.
    func text(engine: TextLayoutEngine) -> (glyphs: [PrintedGlyph], lines: [PDFTextLine]) {
        var printed: [PrintedGlyph] = []
        var lines: [PDFTextLine] = []
        for slot in poster.slots {
            let place = placement(of: slot)
            for line in slot.lines where !line.glyphs.isEmpty {
                var runs: [PDFTextLine.Run] = []
                var start = line.glyphs.startIndex
                while start < line.glyphs.endIndex {
                    let face = line.glyphs[start].face
                    let end = line.glyphs[start...].firstIndex { $0.face != face } ?? line.glyphs.endIndex
                    guard let path = engine.fontFile(of: face) else { start = end; continue }
                    let size = place.size(slot.sizeInUnits), color = Self.color(slot.fill)
                    let glyphs = line.glyphs[start..<end].map { glyph in
                        let placed = place(line.x + glyph.x * slot.unitsPerPoint, line.baseline + glyph.y * slot.unitsPerPoint)
                        printed.append(PrintedGlyph(
                            font: path, face: face.index, glyph: glyph.glyph, outline: engine.outline(face: face, glyph: glyph.glyph),
                            size: size, x: placed.x, y: placed.y, color: color))
                        return PDFTextLine.Glyph(id: glyph.glyph, x: placed.x, y: placed.y, characters: glyph.characters)
                    }
                    runs.append(PDFTextLine.Run(font: PDFFont(path: path, index: face.index), size: size, color: color, glyphs: glyphs))
                    start = end
                }
                lines.append(PDFTextLine(runs: runs))
            }
        }
        return (printed, lines)
    }

    /// `#RRGGBB` as red, green and blue from 0 to 1 (black for anything else).
    static func color(_ hex: String) -> (red: Double, green: Double, blue: Double) {
        guard hex.count == 7, hex.first == "#", let value = UInt32(hex.dropFirst(), radix: 16) else { return (0, 0, 0) }
        return (Double(value >> 16 & 0xFF) / 255, Double(value >> 8 & 0xFF) / 255, Double(value & 0xFF) / 255)
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
