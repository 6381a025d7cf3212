import TextLayout

/// A line of text already laid out, for a PDF to set as its text layer: the glyphs the layout
/// chose, where it placed them, their font and the characters they stand for. The PDF sets each
/// glyph from a subset of its font embedded in the file and maps it to its characters, so the
/// text can be searched and copied without being laid out again.
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
