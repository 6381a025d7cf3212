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
    /// Distance between baselines, as a multiple of the font size.
    public var lineHeight: Double

    public enum Direction: String, Hashable, Sendable {
        case leftToRight = "ltr"
        case rightToLeft = "rtl"
    }

    public init(families: [String], weight: Int = 400, language: String, direction: Direction, lineHeight: Double = 1.2) {
        self.families = families
        self.weight = weight
        self.language = language
        self.direction = direction
        self.lineHeight = lineHeight
    }

}
