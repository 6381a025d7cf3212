import Diagnostics
import TextLayout

/// A poster of one campaign, locale and format, laid out: every visible text slot with its
/// lines placed, ready for an exporter, and the slots that could not be set. Positions are in
/// each slot's own user units.
public struct LaidOutPoster: Sendable {
    /// The poster as findings name it: `burglary-focus-day/de-AT/poster-a3`.
    public let subject: Subject
    public let slots: [LaidOutSlot]
    /// The slots left out, and why; a poster with problems is not exported.
    public let problems: [LayoutProblem]
}

/// Why a slot could not be set. Layout measures; the checks' layout rules say what it means.
public enum LayoutProblem: Error, Sendable {
    /// The slot is visible twice in this locale; `firstLine` is the other's line in the template.
    case shownTwice(TextSlot, firstLine: Int)
    /// The slot's largest size is below the smallest the campaign's audience reads.
    case belowAudienceMinimum(TextSlot, minimum: Double)
    /// The text does not fit at the smallest size allowed, by `millimetres`; `audienceBound`
    /// when that size is the audience's rather than the slot's.
    case overflows(TextSlot, millimetres: Double, minimum: Double, audienceBound: Bool, reason: String, at: SourceLocation)
    /// The text cannot be shaped at all (no font has its glyphs, or it is absurdly long).
    case cannotBeSet(TextSlot, reason: String, at: SourceLocation)

    /// The slot concerned.
    public var slot: TextSlot {
        switch self {
        case .shownTwice(let slot, _), .belowAudienceMinimum(let slot, _), .overflows(let slot, _, _, _, _, _),
             .cannotBeSet(let slot, _, _):
            slot
        }
    }
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
