/// A paragraph laid out at one size: its lines with their glyphs, in points, measured from the
/// block's top-left corner (y grows downwards).
public struct TextBlock: Hashable, Sendable {
    /// The font size, in points.
    public let size: Double
    public let lines: [TextLine]
    /// The widest line's horizontal extent (`TextLine.extent`).
    public let width: Double
    /// From the highest ascent to the lowest descent of all lines.
    public let height: Double
}

/// One line of a `TextBlock`.
public struct TextLine: Hashable, Sendable {
    /// The characters of the line in logical order, without the break that ended it.
    public let text: String
    /// The baseline's distance from the block's top.
    public let baseline: Double
    /// The line's advance width (its logical extent).
    public let width: Double
    /// Where the line's glyphs reach, from its left edge, with a small margin: ink can stick out
    /// past the advance widths (a `J` with its hook, an italic `f`), and renderers measure what
    /// they draw.
    public let inkLeft: Double
    public let inkRight: Double
    /// Logical ascent and descent of the fonts on the line.
    public let ascent: Double
    public let descent: Double
    /// The glyphs in visual order.
    public let glyphs: [PositionedGlyph]
    /// Whether the line ends in a hyphen: it broke at a soft hyphen, the translator's or one
    /// the hyphenation patterns placed.
    public let isHyphenated: Bool
    /// Where the line's text ends in the paragraph that was laid out, in UTF-8 bytes.
    let end: Int

    /// The span the line covers, logical and ink together, from its left edge.
    public var extent: (left: Double, right: Double) {
        (min(0, inkLeft), max(width, inkRight))
    }

    /// Where the line's origin goes when what it covers is aligned in a frame `width` wide,
    /// from the frame's left edge.
    public func origin(aligned alignment: TextStyle.Alignment, in width: Double) -> Double {
        Self.origin(extent: extent, aligned: alignment, in: width)
    }

    static func origin(extent: (left: Double, right: Double), aligned alignment: TextStyle.Alignment, in width: Double) -> Double {
        let span = extent.right - extent.left
        let start = switch alignment {
        case .left: 0.0
        case .center: (width - span) / 2
        case .right: width - span
        }
        return start - extent.left
    }
}

/// A glyph placed on a line: x from the line's left edge, y from its baseline (down positive).
public struct PositionedGlyph: Hashable, Sendable {
    public let face: FaceKey
    /// The glyph's index in its face.
    public let glyph: UInt32
    public let x: Double
    public let y: Double
    /// The characters the glyph stands for, in logical order, on the first glyph (in visual
    /// order) of a cluster; empty on the cluster's other glyphs. For a text layer that copies
    /// and searches as the text reads.
    public let characters: String
}

/// A font face by its file name and index within the file (`NotoSans-Bold.ttf`,
/// `NotoSansCJK-Regular.ttc#2`): stable across runs and threads.
public struct FaceKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let file: String
    public let index: Int

    public var description: String { index == 0 ? file : "\(file)#\(index)" }

    public static func < (lhs: FaceKey, rhs: FaceKey) -> Bool { (lhs.file, lhs.index) < (rhs.file, rhs.index) }
}
