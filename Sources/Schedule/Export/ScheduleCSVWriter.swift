import CampaignModel
import Foundation

/// Writes a plan as CSV (RFC 4180) for spreadsheets: one row per event, a header row, CRLF.
///
/// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) is
/// written with a leading apostrophe, so a title from a spec cannot become a formula.
public struct ScheduleCSVWriter {
    public static let header = [
        "year", "date", "weekday", "state", "state_name", "campaign", "milestone", "title", "rule", "warnings", "notes",
    ]

    public init() {}

    public func write(_ plan: SchedulePlan) -> String {
        var rows = [Self.header]
        for event in plan.events {
            rows.append([
                String(event.year), event.date.description, DateRule.weekdayName(event.date.weekday), event.state, event.stateName,
                event.campaign, event.kind.rawValue, event.kind == .focusDay ? event.campaignTitle : event.kind.title,
                event.rule, event.warnings.joined(separator: "; "), event.notes.joined(separator: "; "),
            ])
        }
        return rows.map { $0.map(Self.cell).joined(separator: ",") + "\r\n" }.joined()
    }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
