import TextLayout

/// A line of text already laid out, for a PDF to draw as text: the glyphs the layout chose,
/// where it placed them, their outlines and the characters they stand for. The PDF draws each
/// glyph from its outline (a Type 3 font made of the outlines the SVG has, so the print shop
/// needs no font and substitutes none) and maps it to its characters, so the text can be
/// searched and copied without being laid out again.
///
/// Positions are in points on the PDF's page, y downwards, each glyph at its origin on the
/// baseline.
public struct PDFTextLine: Sendable {
    /// The glyphs in visual order, one run per font, size and colour.
    public let runs: [Run]

    public init(runs: [Run]) {
        self.runs = runs
    }

    /// Glyphs of one font at one size, in one colour.
    public struct Run: Sendable {
        public let face: PDFFace
        /// The font size, in points.
        public let size: Double
        /// The fill, red, green and blue from 0 to 1.
        public let color: (red: Double, green: Double, blue: Double)
        public let glyphs: [Glyph]

        public init(face: PDFFace, size: Double, color: (red: Double, green: Double, blue: Double), glyphs: [Glyph]) {
            self.face = face
            self.size = size
            self.color = color
            self.glyphs = glyphs
        }
    }

    /// A glyph by its index in the face, at its origin, with the characters it stands for.
    public struct Glyph: Sendable, Equatable {
        public let id: UInt32
        public let x: Double
        public let y: Double
        /// The characters of the glyph's cluster, in logical order, on its first glyph; empty on
        /// the cluster's further glyphs (a base letter's marks, say), which join the one before.
        public let characters: String

        public init(id: UInt32, x: Double, y: Double, characters: String) {
            self.id = id
            self.x = x
            self.y = y
            self.characters = characters
        }
    }
}

/// A font as a PDF draws it: the outlines of the glyphs it shows, by glyph index, each in its
/// face's units (y up). The glyphs may come from several faces. A class: the runs of a poster
/// share one, and each becomes one font in the PDF.
public final class PDFFace: Sendable {
    public let outlines: [UInt32: GlyphOutline]

    public init(outlines: [UInt32: GlyphOutline]) {
        self.outlines = outlines
    }
}
