import Diagnostics
import Posters

/// A poster of one locale as drawn: its background (everything but the text) as SVG, with and
/// without the bleed, for the rules that judge pixels.
public struct DrawnPoster: Sendable {
    public let poster: LaidOutPoster
    public let template: Template
    /// The background on the page's size, for judging what is behind each slot.
    public let background: [UInt8]
    /// The background with the bleed around the page, for printed formats that declare one.
    public let backgroundWithBleed: [UInt8]?

    public init(poster: LaidOutPoster, template: Template, background: [UInt8], backgroundWithBleed: [UInt8]?) {
        self.poster = poster
        self.template = template
        self.background = background
        self.backgroundWithBleed = backgroundWithBleed
    }
}

/// What the drawing rules found, and what they measured for the report.
public struct DrawingReview: Sendable {
    public var log = DiagnosticLog()
    /// Each slot's contrast against its background, by the slot's index in the laid-out poster.
    public var contrasts: [Int: Double] = [:]

    public init() {}
}
