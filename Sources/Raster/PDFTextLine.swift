import TextLayout

/// A line of text already laid out, for a PDF to draw: the glyphs the layout chose, where it
/// placed them, their outlines, their font and the characters they stand for. The PDF draws
/// each glyph's outline (so the print shop needs no font and substitutes none) and sets the
/// glyph over it from a subset of its font embedded in the file, mapped to its characters, so
/// the text can be searched and copied without being laid out again.
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
        public let font: PDFFont
        /// The font size, in points.
        public let size: Double
        /// The fill, red, green and blue from 0 to 1.
        public let color: (red: Double, green: Double, blue: Double)
        public let glyphs: [Glyph]

        public init(font: PDFFont, size: Double, color: (red: Double, green: Double, blue: Double), glyphs: [Glyph]) {
            self.font = font
            self.size = size
            self.color = color
            self.glyphs = glyphs
        }
    }

    /// A glyph by its index in the face, at its origin, with its outline and the characters it
    /// stands for.
    public struct Glyph: Sendable, Equatable {
        public let id: UInt32
        public let x: Double
        public let y: Double
        /// The glyph's outline in the font's units, as the SVG draws it; empty for a space.
        public let outline: GlyphOutline
        /// The characters of the glyph's cluster, in logical order, on its first glyph; empty on
        /// the cluster's further glyphs (a base letter's marks, say), which join the one before.
        public let characters: String

        public init(id: UInt32, x: Double, y: Double, outline: GlyphOutline, characters: String) {
            self.id = id
            self.x = x
            self.y = y
            self.outline = outline
            self.characters = characters
        }
    }
}

/// A font as a PDF embeds it: the face at `index` in the font file at `path`, the file the layout
/// shaped the text with, so the glyph indices are the layout's own. The PDF holds a subset of it
/// (the glyphs the page uses, without hinting; see `EmbeddedFonts`), once whatever the sizes.
public struct PDFFont: Hashable, Sendable {
    public let path: String
    public let index: Int

    public init(path: String, index: Int) {
        self.path = path
        self.index = index
    }
}
