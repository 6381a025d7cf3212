import TextLayout

/// A poster of one campaign, locale and format, laid out: every visible text slot with its
/// lines placed, ready for an exporter. Positions are in each slot's own user units.
public struct LaidOutPoster: Sendable {
    public let artifact: String
    public let slots: [LaidOutSlot]
}

/// One text slot set in its box.
public struct LaidOutSlot: Sendable {
    public let slot: TextSlot
    /// The text as set, references resolved.
    public let text: String
    /// The chosen size in points, and in the slot's user units.
    public let size: Double
    public let sizeInUnits: Double
    public let families: [String]
    public let weight: Int
    /// The colour, resolved against the theme, as #RRGGBB.
    public let fill: String
    public let lines: [PlacedLine]
    /// Slot user units per point; glyph positions from TextLayout are in points.
    public let unitsPerPoint: Double
    /// How much of the box's height the text takes (0 to 1).
    public let fillRatio: Double

    /// The lines that end in a hyphen, as printed: `Fenster-`.
    public var hyphenatedLines: [String] {
        lines.filter(\.isHyphenated).map { line in
            String(String.UnicodeScalarView(line.text.unicodeScalars.filter { $0 != "\u{AD}" })) + "-"
        }
    }
}

/// A line placed in its slot: the left end of its baseline, in the slot's user units.
public struct PlacedLine: Sendable {
    public let text: String
    public let x: Double
    public let baseline: Double
    public let width: Double
    public let glyphs: [PositionedGlyph]
    /// Whether the line ends in a hyphen (it broke at a soft hyphen).
    public let isHyphenated: Bool
}
