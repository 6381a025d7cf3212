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
        var text = TextTable(header: header, rows: rows).text
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
