import Diagnostics
import Posters

/// Copy-fit keeps the template's ranking of slots (`data-rank`): a slot is not set visibly
/// smaller (by more than a tenth, about what a reader sees at a glance) than one ranked below
/// it, or the reader's eye lands in the wrong place.
public struct Hierarchy: LayoutRule {
    public static let id: CheckID = "hierarchy"
    public static let summary = "copy-fit set a slot visibly smaller than one the template ranks below it (data-rank)"
    /// How much larger a lower-ranked slot may be set before the hierarchy counts as broken.
    public static let tolerance = 0.1

    public init() {}

    public func check(_ poster: PosterUnderReview, into log: inout DiagnosticLog) {
        let slots = poster.poster.slots
        for upper in slots {
            guard let rank = upper.slot.rank else { continue }
            let larger = slots.filter { ($0.slot.rank ?? 0) > rank && $0.size > upper.size * (1 + Self.tolerance) }
            guard let largest = larger.max(by: { $0.size < $1.size }) else { continue }
            log.report(
                .brokenHierarchy(upper.slot.name, size: upper.size, below: largest.slot.name, largerSize: largest.size),
                about: poster.subject(slot: upper.slot.name), at: poster.layout.location(of: upper.slot))
        }
    }
}

extension Diagnostic.Message {
    static func brokenHierarchy(_ slot: String, size: Double, below larger: String, largerSize: Double) -> Self {
        Self(Hierarchy.id, .warning,
             "slot '\(slot)' is set at \(size.oneDecimal) pt, smaller than '\(larger)' (\(largerSize.oneDecimal) pt), "
                + "which the template ranks below it; shorten '\(slot)' so it can be set larger")
    }
}
