import Foundation
import XML

/// How a social design moves, as its template declares it: the animation's length on the root
/// (`data-duration="7s"`) and, on the groups and text slots that come in, when and how
/// (`data-enter="1.2s" data-effect="slide-up" data-effect-duration="0.6s"`). Everything without
/// `data-enter` is there from the first frame; the state after the last entrance is held to the
/// end, and is the static picture.
public struct Motion: Hashable, Sendable {
    /// The whole animation, in seconds.
    public let duration: Double
    /// The entrances in the order the template draws them.
    public let entrances: [Entrance]

    /// When the last entrance has finished: from here on, the picture holds still.
    public var settled: Double { entrances.map(\.end).max() ?? 0 }

    /// How long the finished picture is held before the animation starts again.
    public var hold: Double { duration - settled }

    public init(duration: Double, entrances: [Entrance]) {
        self.duration = duration
        self.entrances = entrances
    }
}

/// One element's way into the picture.
public struct Entrance: Hashable, Sendable {
    /// When it starts to come in, in seconds from the start.
    public let start: Double
    public let effect: Effect
    /// How long coming in takes, in seconds.
    public let length: Double

    public var end: Double { start + length }

    public init(start: Double, effect: Effect, length: Double) {
        self.start = start
        self.effect = effect
        self.length = length
    }

    /// The entrance an element declares, or `nil` when it has no `data-enter` or a value does not
    /// read (the template loader reports those).
    public init?(element: XMLElement) {
        guard let enter = element.attribute(MotionAttribute.enter).flatMap(MotionAttribute.seconds) else { return nil }
        let effect = element.attribute(MotionAttribute.effect).map(Effect.init(rawValue:)) ?? .fade
        let length = element.attribute(MotionAttribute.effectDuration).map(MotionAttribute.seconds) ?? Entrance.defaultLength
        guard let effect, let length else { return nil }
        self.init(start: enter, effect: effect, length: effect == .cut ? 0 : length)
    }

    /// How long an entrance takes unless `data-effect-duration` says otherwise.
    public static let defaultLength = 0.6
}

/// How an element comes in. Horizontal movement is written by reading direction (`start` is the
/// side a line begins on), so right-to-left locales mirror it.
public enum Effect: String, CaseIterable, Hashable, Sendable {
    /// From transparent to opaque.
    case fade
    /// Rising into place while fading in.
    case slideUp = "slide-up"
    /// Dropping into place while fading in.
    case slideDown = "slide-down"
    /// Moving in from the side lines begin on (left in Latin, right in Arabic) while fading in.
    case slideStart = "slide-start"
    /// Moving in from the side lines end on while fading in.
    case slideEnd = "slide-end"
    /// Growing from a smaller size about its centre while fading in.
    case zoom
    /// Appearing at once.
    case cut
}

/// The attribute names of motion, and how their times are written.
public enum MotionAttribute {
    /// On the root: the animation's length.
    public static let duration = "data-duration"
    public static let enter = "data-enter"
    public static let effect = "data-effect"
    public static let effectDuration = "data-effect-duration"
    public static let all = [duration, enter, effect, effectDuration]

    /// A time written as CSS writes it, `1.5s` or `600ms`, in seconds; `nil` when it does not read
    /// or is negative.
    public static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let (number, unitsPerSecond): (Substring, Double) =
            trimmed.hasSuffix("ms") ? (trimmed.dropLast(2), 1000) : trimmed.hasSuffix("s") ? (trimmed.dropLast(), 1) : ("", 0)
        guard let value = Double(number), value.isFinite, value >= 0 else { return nil }
        return value / unitsPerSecond
    }
}
