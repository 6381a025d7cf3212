import Diagnostics
import XML

/// Reads and checks a template's motion: the root's duration, each entrance's times and effect,
/// no entrance inside another, and every entrance over before the animation ends.
struct MotionReader {
    let root: XMLElement
    let location: (XMLElement) -> SourceLocation

    /// The template's motion, `nil` when it declares none; mistakes are logged at their element.
    func read(log: inout DiagnosticLog) -> Motion? {
        let durationText = root.attribute(MotionAttribute.duration)
        let duration = durationText.flatMap { time($0, named: MotionAttribute.duration, at: root, log: &log) }
        if root.attribute(MotionAttribute.enter) != nil {
            log.error(.template, "\(MotionAttribute.enter) belongs on the elements that come in, not on the root <svg>", at: location(root))
        }
        var entrances: [Entrance] = []
        for element in root.descendantsAndSelf.dropFirst() {
            if element.attribute(MotionAttribute.duration) != nil {
                log.error(.template, "\(MotionAttribute.duration) belongs on the root <svg>", at: location(element))
            }
            let declares = [MotionAttribute.enter, MotionAttribute.effect, MotionAttribute.effectDuration]
                .contains { element.attribute($0) != nil }
            if declares, let entrance = entrance(of: element, log: &log) { entrances.append(entrance) }
        }
        guard durationText != nil else {
            if !entrances.isEmpty {
                log.error(.template, "elements have \(MotionAttribute.enter) but the root <svg> has no \(MotionAttribute.duration) (e.g. 6s)", at: location(root))
            }
            return nil
        }
        guard let duration else { return nil }
        guard !entrances.isEmpty else {
            log.error(.template, "the root's \(MotionAttribute.duration) animates nothing: no element has \(MotionAttribute.enter)", at: location(root))
            return nil
        }
        let motion = Motion(duration: duration, entrances: entrances)
        if motion.settled > duration {
            log.error(
                .template, "the last entrance ends at \(motion.settled.oneDecimal)s, after the animation's \(duration.oneDecimal)s",
                at: location(root))
        }
        return motion
    }

    private func entrance(of element: XMLElement, log: inout DiagnosticLog) -> Entrance? {
        guard let enter = element.attribute(MotionAttribute.enter) else {
            log.error(.template, "\(MotionAttribute.effect) and \(MotionAttribute.effectDuration) need \(MotionAttribute.enter) on the same element", at: location(element))
            return nil
        }
        let start = time(enter, named: MotionAttribute.enter, at: element, log: &log)
        if let effect = element.attribute(MotionAttribute.effect), Effect(rawValue: effect) == nil {
            log.error(
                .template,
                "\(MotionAttribute.effect) must be one of \(Effect.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")), not '\(effect)'",
                at: location(element))
        }
        if let length = element.attribute(MotionAttribute.effectDuration) {
            _ = time(length, named: MotionAttribute.effectDuration, at: element, log: &log)
        }
        var ancestor = element.parent
        while let current = ancestor {
            if current.attribute(MotionAttribute.enter) != nil {
                log.error(.template, "an element with \(MotionAttribute.enter) is inside another (line \(current.line)); move one of them", at: location(element))
                return nil
            }
            if ["defs", "clipPath", "mask", "pattern", "symbol", "marker"].contains(current.name) {
                log.error(.template, "\(MotionAttribute.enter) on an element inside <\(current.name)>, which is not drawn where it stands", at: location(element))
                return nil
            }
            ancestor = current.parent
        }
        return start == nil ? nil : Entrance(element: element)
    }

    private func time(_ text: String, named name: String, at element: XMLElement, log: inout DiagnosticLog) -> Double? {
        guard let seconds = MotionAttribute.seconds(text) else {
            log.error(.template, "\(name) must be a time such as 1.2s or 600ms, not '\(text)'", at: location(element))
            return nil
        }
        return seconds
    }
}
