import Diagnostics
import Posters

/// Every slot's text fits its box at a size the slot (and the audience) allows.
public struct SlotOverflow: LayoutRule {
    public static let id: CheckID = "slot-overflow"
    public static let summary = "a slot's text does not fit its box even at its smallest size"

    public init() {}

    public func check(_ poster: PosterUnderReview, into log: inout DiagnosticLog) {
        for case let .overflows(slot, millimetres, minimum, audienceBound, reason, location) in poster.poster.problems {
            let whose = audienceBound ? poster.content.campaign.audience.rawValue : nil
            log.report(
                .slotOverflow(slot.name, millimetres: millimetres, minimum: minimum, audience: whose, reason: reason),
                about: poster.subject(slot: slot.name), at: location)
        }
    }
}

extension Diagnostic.Message {
    static func slotOverflow(_ slot: String, millimetres: Double, minimum: Double, audience: String?, reason: String) -> Self {
        let whose = audience.map { " (the smallest the campaign's \($0) read)" } ?? ""
        return Self(SlotOverflow.id, .error,
                    "slot '\(slot)' overflows by \(millimetres.oneDecimal) mm at the minimum size \(minimum.oneDecimal) pt\(whose) (\(reason))")
    }
}
