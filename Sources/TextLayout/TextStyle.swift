/// How a piece of text is set: its fonts, weight, language and spacing. Sizes are given apart,
/// because copy-fit chooses them.
public struct TextStyle: Hashable, Sendable {
    /// Font families in order of preference; later ones supply characters the first lacks
    /// (`["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"]`).
    public var families: [String]
    /// CSS-style weight: 400 regular, 700 bold.
    public var weight: Int
    /// BCP 47 language of the text; it guides shaping and the choice among CJK fonts.
    public var language: String
    /// The paragraph direction.
    public var direction: Direction
    /// The least distance between baselines, as a multiple of the font size: lines move further
    /// apart where their fonts are taller or their glyphs would meet (`TextLayoutEngine`).
    public var lineHeight: Double
    /// Whether words are hyphenated by the language's dictionary, or only where the text has
    /// soft hyphens (U+00AD).
    public var hyphenation: Hyphenation
    /// Whether Chinese and Japanese break only between words and Korean only at spaces, as
    /// headlines should (`word-break: auto-phrase`), not between any two characters.
    public var breaksAtPhrases: Bool

    /// How lines sit in the box; lines are spaced so that no glyph meets one of the next line
    /// where they stand over each other, which depends on it.
    public var alignment: Alignment

    public enum Alignment: String, Hashable, Sendable {
        case left
        case center
        case right
    }

    public enum Hyphenation: String, Hashable, Sendable, CaseIterable {
        /// At soft hyphens in the text only.
        case manual
        /// Also where the language's hyphenation patterns allow, when that lets the text be set
        /// larger than it could be without.
        case auto
    }

    public enum Direction: String, Hashable, Sendable {
        case leftToRight = "ltr"
        case rightToLeft = "rtl"
    }

    public init(
        families: [String], weight: Int = 400, language: String, direction: Direction, lineHeight: Double = 1.2,
        hyphenation: Hyphenation = .manual, breaksAtPhrases: Bool = false, alignment: Alignment? = nil
    ) {
        self.alignment = alignment ?? (direction == .rightToLeft ? .right : .left)
        self.families = families
        self.weight = weight
        self.language = language
        self.direction = direction
        self.lineHeight = lineHeight
        self.hyphenation = hyphenation
        self.breaksAtPhrases = breaksAtPhrases
    }

}
