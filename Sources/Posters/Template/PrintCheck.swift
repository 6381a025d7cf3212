import CampaignModel
import Diagnostics

/// The rules a design for print follows, checked on the template: a declared bleed of at least
/// 3 mm, text kept inside the safe margin of the trim, and type no smaller than the campaign's
/// audience reads.
///
/// That the art really reaches the bleed is judged on the rendered background (`Checks.Bleed`),
/// and pictures' resolution on the files a campaign uses.
public struct PrintCheck {
    /// What print shops ask: art 3 mm past the trim, text 5 mm inside it.
    public static let minimumBleed = 3.0
    public static let defaultSafeMargin = 5.0

    public let template: Template
    public let format: OutputFormat
    public let audience: Audience

    public init(template: Template, format: OutputFormat, audience: Audience) {
        self.template = template
        self.format = format
        self.audience = audience
    }

    public func run(log: inout DiagnosticLog) {
        let page = template.page
        let root = template.location(line: template.rootLine)
        if format.isPrinted {
            if let bleed = page.bleed {
                if page.millimetres(bleed) < Self.minimumBleed - 0.01 {
                    log.error(
                        "\(format.rawValue) is printed: its bleed of \(Self.rounded(page.millimetres(bleed))) mm is less than the "
                            + "\(Self.rounded(Self.minimumBleed)) mm print shops cut into",
                        at: root)
                }
            } else {
                log.error(
                    "\(format.rawValue) is printed: declare its bleed with data-bleed=\"3mm\" on the root <svg> and draw "
                        + "the background art 3 mm past the page",
                    at: root)
            }
            let margin = page.safeMargin ?? Self.defaultSafeMargin / page.millimetres(1)
            for slot in template.textSlots {
                checkSafeMargin(slot, margin: margin, log: &log)
            }
        }
        if let minimum = audience.minimumTextSize(on: format) {
            for slot in template.textSlots where slot.sizes.upperBound < minimum {
                log.error(
                    "slot '\(slot.name)' is set at most \(Self.rounded(slot.sizes.upperBound)) pt, below the "
                        + "\(Self.rounded(minimum)) pt the campaign's \(audience.rawValue) need on \(format.rawValue); "
                        + "use a large-type design",
                    at: template.location(line: slot.line))
            }
        }
    }

    private func checkSafeMargin(_ slot: TextSlot, margin: Double, log: inout DiagnosticLog) {
        let page = template.page, trim = page.viewBox, box = slot.boxInRoot
        let distances = [
            ("left", box.x - trim.x), ("top", box.y - trim.y),
            ("right", trim.maxX - box.maxX), ("bottom", trim.maxY - box.maxY),
        ]
        guard let (edge, distance) = distances.min(by: { $0.1 < $1.1 }), distance < margin - 1e-6 else { return }
        let millimetres = page.millimetres(distance)
        let problem = millimetres < 0
            ? "reaches \(Self.rounded(-millimetres)) mm past the \(edge) trim edge, into the bleed"
            : "is \(Self.rounded(millimetres)) mm from the \(edge) trim edge"
        log.error(
            "slot '\(slot.name)' \(problem); text keeps \(Self.rounded(page.millimetres(margin))) mm inside the trim, "
                + "where the cut cannot reach it",
            at: template.location(line: slot.line))
    }

    /// A length or size as findings print it: one decimal at most (`2.5`, `3`).
    public static func rounded(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
