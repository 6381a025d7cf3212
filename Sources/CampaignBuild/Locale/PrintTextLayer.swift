import Posters
import Raster
import TextLayout

/// The text of a laid-out poster as its print PDF draws it over the poster's background: every
/// line of every slot in reading order, in its slot's colour, its glyphs where the layout placed
/// them with the outlines the SVG draws, moved from the slots' own user units onto the PDF's
/// page, which is the template's page widened by the bleed.
struct PrintTextLayer {
    let poster: LaidOutPoster
    let page: PageGeometry
    let bleed: Double

    /// The lines, every glyph of every face in one font of the poster's outlines, numbered in
    /// the order of faces and glyphs: a line that mixes fonts (Arabic with Latin digits) is one
    /// font to a reader, which finds its lines by their fonts' measures.
    func lines(engine: TextLayoutEngine) -> [PDFTextLine] {
        let used = Set(poster.slots.flatMap { $0.lines.flatMap(\.glyphs) }.map { GlyphKey(face: $0.face, glyph: $0.glyph) }).sorted()
        let codes = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, UInt32($0 + 1)) })
        let font = PDFFace(outlines: Dictionary(uniqueKeysWithValues: used.map { (codes[$0]!, engine.outline(face: $0.face, glyph: $0.glyph)) }))
        var lines: [PDFTextLine] = []
        for slot in poster.slots {
            let place = placement(of: slot)
            let glyphLines = slot.lines.filter { !$0.glyphs.isEmpty }.map { line in
                line.glyphs.map { glyph in
                    let placed = place(line.x + glyph.x * slot.unitsPerPoint, line.baseline + glyph.y * slot.unitsPerPoint)
                    return PDFTextLine.Glyph(
                        id: codes[GlyphKey(face: glyph.face, glyph: glyph.glyph)]!, x: placed.x, y: placed.y, characters: glyph.characters)
                }
            }
            lines += glyphLines.map { glyphs in
                PDFTextLine(runs: [PDFTextLine.Run(face: font, size: place.size(slot.sizeInUnits), color: Self.color(slot.fill), glyphs: glyphs)])
            }
        }
        return lines
    }

    /// A glyph of a face, ordered by face and index.
    private struct GlyphKey: Hashable, Comparable {
        let face: FaceKey
        let glyph: UInt32

        static func < (lhs: GlyphKey, rhs: GlyphKey) -> Bool { (lhs.face, lhs.glyph) < (rhs.face, rhs.glyph) }
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
