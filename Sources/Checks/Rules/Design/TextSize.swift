import CampaignModel
import Diagnostics
import Posters

/// No slot is set smaller than the campaign's audience reads on the format (seniors: 12 pt on
/// paper). Judged on the design, and again on each poster's visible slots as laid out.
public struct TextSize: DesignRule, LayoutRule {
    public static let id: CheckID = "text-size"
    public static let summary = "a slot's largest size is below the smallest the campaign's audience reads on the format"

    public init() {}

    public func check(_ design: DesignUnderReview, into log: inout DiagnosticLog) {
        guard let minimum = design.audience.minimumTextSize(on: design.format) else { return }
        for slot in design.template.textSlots where slot.sizes.upperBound < minimum {
            log.report(
                .textTooSmall(slot.name, largest: slot.sizes.upperBound, minimum: minimum, audience: design.audience, on: design.format),
                about: Subject(format: design.format.rawValue, slot: slot.name), at: design.template.location(line: slot.line))
        }
    }

    public func check(_ poster: PosterUnderReview, into log: inout DiagnosticLog) {
        for case let .belowAudienceMinimum(slot, minimum) in poster.poster.problems {
            log.report(
                .textTooSmall(slot.name, largest: slot.sizes.upperBound, minimum: minimum, audience: poster.content.campaign.audience, on: nil),
                about: poster.subject(slot: slot.name), at: poster.template.location(line: slot.line))
        }
    }
}

extension Diagnostic.Message {
    static func textTooSmall(_ slot: String, largest: Double, minimum: Double, audience: Audience, on format: OutputFormat?) -> Self {
        let text = "slot '\(slot)' is set at most \(largest.oneDecimal) pt, below the \(minimum.oneDecimal) pt the campaign's "
            + "\(audience.rawValue) need"
        return Self(TextSize.id, .error, format.map { "\(text) on \($0.rawValue); use a large-type design" } ?? text)
    }
}
