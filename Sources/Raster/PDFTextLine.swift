/// A line of text already laid out, for a PDF to carry as real text under its outlined drawing:
/// the glyphs the layout chose, where it placed them, and the characters they stand for, so the
/// PDF can be searched and copied without its text being laid out again.
///
/// Positions are in points on the PDF's page, y downwards, each glyph at its origin on the
/// baseline.
public struct PDFTextLine: Sendable, Equatable {
    /// The glyphs in visual order, one run per font.
    public let runs: [Run]

    public init(runs: [Run]) {
        self.runs = runs
    }

    /// Glyphs of one font face at one size.
    public struct Run: Sendable, Equatable {
        /// The font file's path and the face's index in it.
        public let fontFile: String
        public let faceIndex: Int
        /// The font size, in points.
        public let size: Double
        public let glyphs: [Glyph]

        public init(fontFile: String, faceIndex: Int, size: Double, glyphs: [Glyph]) {
            self.fontFile = fontFile
            self.faceIndex = faceIndex
            self.size = size
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
