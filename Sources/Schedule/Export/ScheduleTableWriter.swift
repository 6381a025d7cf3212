import CampaignModel

/// Writes a plan as an aligned text table for the terminal: date, state, campaign, milestone,
/// with warnings marked `!`.
public struct ScheduleTableWriter {
    public init() {}

    public func write(_ plan: SchedulePlan) -> String {
        let header = ["Date", "Day", "State", "Campaign", "Milestone", "Rule"]
        let rows = plan.events.map { event in
            [
                event.date.description, String(DateRule.weekdayName(event.date.weekday).prefix(3)), event.state,
                event.campaign, (event.warnings.isEmpty ? "" : "! ") + event.kind.title, event.rule,
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = zip(cells, widths).map { cell, width in cell + String(repeating: " ", count: width - cell.count) }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var text = line(header) + line(widths.map { String(repeating: "-", count: $0) })
        text += rows.map(line).joined()
        let warned = plan.events.filter { !$0.warnings.isEmpty }
        if !warned.isEmpty {
            text += "\n"
            for event in warned {
                text += "! \(event.date) \(event.state) \(event.campaign) \(event.kind.rawValue): \(event.warnings.joined(separator: "; "))\n"
            }
        }
        return text
    }
}
