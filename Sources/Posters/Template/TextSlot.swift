import Foundation
import TextLayout

/// A box in a template where text is set: the rectangle a designer drew, marked with
/// `data-slot`, and the style its `data-*` attributes give.
public struct TextSlot: Hashable, Sendable {
    public enum FontRole: String, Hashable, Sendable, CaseIterable {
        case headline
        case body
    }

    public enum Alignment: String, Hashable, Sendable, CaseIterable {
        /// Left in left-to-right text, right in right-to-left text.
        case start
        case center
        case end
    }

    public enum VerticalAlignment: String, Hashable, Sendable, CaseIterable {
        case top
        case middle
        case bottom
    }

    /// The slot's name (`headline`); also its `data-slot` in the poster.
    public let name: String
    public let text: DataText
    /// The box in the rectangle's own coordinates (its `x`, `y`, `width`, `height`).
    public let box: Rect
    /// The box in the root's user units, for `data-box`.
    public let boxInRoot: Rect
    /// Root user units per local user unit (the slot's and its groups' uniform scale).
    public let scale: Double
    public let font: FontRole
    public let weight: Int
    public let fill: Paint
    /// Smallest and largest font size, in points.
    public let sizes: ClosedRange<Double>
    /// Baseline distance as a multiple of the font size.
    public let lineHeight: Double
    public let alignment: Alignment
    public let verticalAlignment: VerticalAlignment
    public let maximumLines: Int?
    /// Whether lines are evened out (`data-wrap="balance"`), as headlines look best.
    public let balanced: Bool
    /// Whether words are hyphenated by the language's patterns (`data-hyphenate="auto"`, the
    /// default for body text) or only at the translator's soft hyphens (`manual`, the default
    /// for headlines).
    public let hyphenation: TextStyle.Hyphenation
    /// The slot's place in the design's hierarchy (`data-rank`, 1 the most prominent): a slot
    /// is never to be set smaller than one of a larger rank number.
    public let rank: Int?
    /// For which locales the slot is shown, from its own and its groups' conditions.
    public let visibility: Visibility
    /// The line of the `<rect>` in the template.
    public let line: Int
}

/// A colour in a template: one of the campaign's theme colours, or a fixed one.
public enum Paint: Hashable, Sendable {
    case theme(String)
    case fixed(String)

    static let themeRoles = ["primary", "accent", "text", "background"]

    init(parsing text: String) throws(TemplateError) {
        if Self.themeRoles.contains(text) {
            self = .theme(text)
        } else if text.count == 7, text.first == "#", text.dropFirst().allSatisfy(\.isHexDigit) {
            self = .fixed(text.uppercased())
        } else {
            throw TemplateError("colour '\(text)' must be a theme colour (\(Self.themeRoles.joined(separator: ", "))) or #RRGGBB")
        }
    }
}
