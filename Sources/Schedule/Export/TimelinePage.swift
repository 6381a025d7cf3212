import CampaignModel
import Pages

/// The schedule of one campaign as a page a person reads: per plan year a timeline chart, then
/// the dates per member state in a table, with everything that needs attention listed first.
/// Its markup is `Assets/pages/timeline.mustache`; this type gathers the values and draws the
/// charts (`TimelineChart`).
public struct TimelinePage {
    public let title: String
    /// The key date rule in words, for the introduction.
    public let rule: String
    public let pages: PageTemplates

    public init(title: String, rule: String, pages: PageTemplates) {
        self.title = title
        self.rule = rule
        self.pages = pages
    }

    public func write(_ plan: SchedulePlan) -> String {
        let kinds = MilestoneKind.allCases.filter { kind in plan.events.contains { $0.kind == kind } }
        let legend = kinds.map { LegendEntry(marker: MilestoneStyle.of($0).marker(x: 8, y: 8), label: $0.title) } + [
            LegendEntry(
                marker: "<circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"none\" stroke=\"\(TimelineChart.warning)\" stroke-width=\"2.5\"/>",
                label: "Needs attention")
        ]
        let years = plan.years.compactMap { year -> Year? in
            let events = plan.events.filter { $0.year == year }
            guard !events.isEmpty else { return nil }
            return Year(year: year, events: events, kinds: kinds)
        }
        return pages.render(.timeline, Values(
            title: title, rule: rule, findings: plan.findings.map(\.message), legend: legend,
            kinds: kinds.map(\.title), years: years))
    }

    private struct Values {
        let title: String
        let rule: String
        let findings: [String]
        let legend: [LegendEntry]
        /// The table's columns after the member state.
        let kinds: [String]
        let years: [Year]
    }

    private struct LegendEntry {
        /// SVG drawn here from numbers and colours alone.
        let marker: String
        let label: String
    }

    private struct Year {
        let year: Int
        /// The year's focus days, with their weekdays.
        let focusDays: String
        /// The chart's SVG, in which `TimelineChart` escapes every name and title.
        let chart: String
        let rows: [Row]

        init(year: Int, events: [ScheduledEvent], kinds: [MilestoneKind]) {
            self.year = year
            focusDays = Set(events.map(\.keyDate)).sorted().map { "\(DateRule.weekdayName($0.weekday)) \($0)" }.joined(separator: ", ")
            chart = TimelineChart(year: year, events: events).svg()
            let byState = Dictionary(grouping: events, by: \.state)
            rows = byState.keys.sorted().map { code in
                let events = byState[code]!
                return Row(
                    state: "\(events[0].stateName) (\(code))",
                    cells: kinds.map { kind in Cell(events.first { $0.kind == kind }) })
            }
        }
    }

    private struct Row {
        /// The member state's name and code.
        let state: String
        let cells: [Cell]
    }

    /// One milestone of a member state; all `nil` where the state has none of that kind.
    private struct Cell {
        let date: String?
        /// The weekday, abbreviated.
        let weekday: String?
        let warned: Bool
        /// Warnings first, then notes.
        let notes: String?

        init(_ event: ScheduledEvent?) {
            date = event.map { "\($0.date)" }
            weekday = event.map { String(DateRule.weekdayName($0.date.weekday).prefix(3)) }
            warned = !(event?.warnings.isEmpty ?? true)
            let notes = event.map { ($0.warnings + $0.notes).joined(separator: "; ") } ?? ""
            self.notes = notes.isEmpty ? nil : notes
        }
    }
}
