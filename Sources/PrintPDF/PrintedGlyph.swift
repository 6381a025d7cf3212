import TextLayout

/// A glyph as a print PDF shows it: its outline, the one the SVG draws and the PNG is rendered
/// from, at its size and in its colour, with its origin on the baseline where the layout placed
/// it. Shapes, not text: the print shop needs no font and substitutes none, and its RIP draws
/// them as it draws the rest of the art. (The PDF's text layer, set over them in the fonts, is
/// only there to be searched and copied.)
public struct PrintedGlyph: Sendable {
    /// The font file and the face in it, and the glyph's index there: the glyph's identity, so
    /// its outline is written once however often it stands on the page.
    public let font: String
    public let face: Int
    public let glyph: UInt32
    /// The outline in the font's units, y up.
    public let outline: GlyphOutline
    /// The font size, in points.
    public let size: Double
    /// The origin, in points from the top left corner of the drawing's page (its bleed
    /// included), y downwards, as the drawing's own coordinates run.
    public let x: Double
    public let y: Double
    /// The fill, red, green and blue from 0 to 1.
    public let color: (red: Double, green: Double, blue: Double)

    public init(
        font: String, face: Int, glyph: UInt32, outline: GlyphOutline, size: Double, x: Double, y: Double,
        color: (red: Double, green: Double, blue: Double)
    ) {
        self.font = font
        self.face = face
        self.glyph = glyph
        self.outline = outline
        self.size = size
        self.x = x
        self.y = y
        self.color = color
    }
}
