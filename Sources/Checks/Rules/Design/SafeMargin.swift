import CampaignModel
import Foundation
import Diagnostics
import Posters

/// On a printed design, every text slot keeps inside the safe margin of the trim (5 mm unless
/// the template says otherwise), where the cut cannot reach it; on a round sticker, inside the
/// circle the margin leaves.
public struct SafeMargin: DesignRule {
    public static let id: CheckID = "safe-margin"
    public static let summary = "a text slot of a printed design comes closer to the trim than its safe margin (5 mm)"
    /// What print shops ask: text 5 mm inside the trim.
    public static let defaultMillimetres = 5.0

    public init() {}

    public func check(_ design: DesignUnderReview, into log: inout DiagnosticLog) {
        guard design.format.isPrinted else { return }
        let page = design.template.page, trim = page.viewBox
        let margin = page.safeMargin ?? Self.defaultMillimetres / page.millimetres(1)
        for slot in design.template.textSlots {
            let box = slot.boxInRoot
            if page.cut == .circle {
                let radius = min(trim.width, trim.height) / 2
                let corners = [(box.x, box.y), (box.maxX, box.y), (box.x, box.maxY), (box.maxX, box.maxY)]
                let farthest = corners.map { hypot($0.0 - trim.midX, $0.1 - trim.midY) }.max() ?? 0
                guard farthest > radius - margin + 1e-6 else { continue }
                log.report(
                    .outsideRoundSafeMargin(slot.name, millimetres: page.millimetres(radius - farthest), margin: page.millimetres(margin)),
                    about: Subject(format: design.format.rawValue, slot: slot.name), at: design.template.location(line: slot.line))
                continue
            }
            let distances = [
                ("left", box.x - trim.x), ("top", box.y - trim.y),
                ("right", trim.maxX - box.maxX), ("bottom", trim.maxY - box.maxY),
            ]
            guard let (edge, distance) = distances.min(by: { $0.1 < $1.1 }), distance < margin - 1e-6 else { continue }
            log.report(
                .outsideSafeMargin(slot.name, edge: edge, millimetres: page.millimetres(distance), margin: page.millimetres(margin)),
                about: Subject(format: design.format.rawValue, slot: slot.name), at: design.template.location(line: slot.line))
        }
    }
}

extension Diagnostic.Message {
    static func outsideRoundSafeMargin(_ slot: String, millimetres: Double, margin: Double) -> Self {
        let problem = millimetres < 0
            ? "reaches \((-millimetres).oneDecimal) mm past the round cut"
            : "comes \(millimetres.oneDecimal) mm from the round cut"
        return Self(SafeMargin.id, .error,
                    "slot '\(slot)' \(problem); text keeps \(margin.oneDecimal) mm inside it, where the cut cannot reach it")
    }

    static func outsideSafeMargin(_ slot: String, edge: String, millimetres: Double, margin: Double) -> Self {
        let problem = millimetres < 0
            ? "reaches \((-millimetres).oneDecimal) mm past the \(edge) trim edge, into the bleed"
            : "is \(millimetres.oneDecimal) mm from the \(edge) trim edge"
        return Self(SafeMargin.id, .error,
                    "slot '\(slot)' \(problem); text keeps \(margin.oneDecimal) mm inside the trim, where the cut cannot reach it")
    }
}
