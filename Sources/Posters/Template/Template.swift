import Diagnostics
import Foundation
import XML

/// A poster design for one format, read from `Assets/templates/<design>/<format>.svg`: the
/// SVG a designer drew, with its text slots, image slots and conditional elements found and
/// checked. The SVG itself is kept as bytes, to be filled anew for every locale.
public struct Template: Sendable {
    public static let svgNamespace = "http://www.w3.org/2000/svg"
    public static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    /// The file, as the user's paths spell it.
    public let path: String
    public let bytes: [UInt8]
    public let page: PageGeometry
    public let textSlots: [TextSlot]
    /// The image slots (`data-image`).
    public let imageSlots: [ImageSlot]
    /// Pictures the drawing links by path (`href="../../images/logo.svg"`), each checked to be a
    /// file inside the assets folder, by the reference as written; the poster embeds them.
    public let linkedFiles: [String: String]
    /// The line of the root `<svg>`, where page-wide findings point.
    public let rootLine: Int
    /// How the design moves, for the formats that are animated; `nil` when it stands still.
    public let motion: Motion?

    init(
        path: String, bytes: [UInt8], page: PageGeometry, textSlots: [TextSlot], imageSlots: [ImageSlot],
        linkedFiles: [String: String] = [:], rootLine: Int = 1, motion: Motion? = nil
    ) {
        self.motion = motion
        self.rootLine = rootLine
        self.path = path
        self.bytes = bytes
        self.page = page
        self.textSlots = textSlots
        self.imageSlots = imageSlots
        self.linkedFiles = linkedFiles
    }

    /// Where a line of the template is.
    public func location(line: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: 1)
    }
}

/// Where a template shows a campaign's picture (`<image data-image="pictogram">`).
public struct ImageSlot: Hashable, Sendable {
    public let name: String
    /// The picture's box in the root's user units, when its geometry can be read.
    public let boxInRoot: Rect?
    public let line: Int
}

/// The attributes a template may use, each with what it means. Anything else starting with
/// one of these prefixes is a typo.
enum TemplateAttribute {
    static let slot = ["data-slot", "data-text", "data-font", "data-weight", "data-fill", "data-size",
                       "data-line-height", "data-align", "data-valign", "data-max-lines", "data-wrap",
                       "data-hyphenate", "data-rank"]
    static let conditions = ["data-only-states", "data-except-states", "data-only-languages", "data-only-direction"]
    static let theme = ["data-theme-fill", "data-theme-stroke"]
    static let image = ["data-image"]
    /// On the root `<svg>` of a print design: how far the art runs past the trim, and how far
    /// text keeps from it.
    static let print = ["data-bleed", "data-safe-margin"]
    static var all: [String] { slot + conditions + theme + image + print + MotionAttribute.all }
}
