import Diagnostics
import Posters

/// A slot name is visible once per poster: two slots of one name whose conditions both hold
/// would print the text twice.
public struct SlotShownTwice: LayoutRule {
    public static let id: CheckID = "slot-shown-twice"
    public static let summary = "two slots of one name are both visible in a locale"

    public init() {}

    public func check(_ poster: PosterUnderReview, into log: inout DiagnosticLog) {
        for case let .shownTwice(slot, firstLine) in poster.poster.problems {
            log.report(.slotShownTwice(slot.name, firstLine: firstLine), about: poster.subject(slot: slot.name), at: poster.template.location(line: slot.line))
        }
    }
}

extension Diagnostic.Message {
    static func slotShownTwice(_ slot: String, firstLine: Int) -> Self {
        Self(SlotShownTwice.id, .error, "slot '\(slot)' is shown twice (also at line \(firstLine)); give one of them a condition")
    }
}
