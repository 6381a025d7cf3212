import CampaignModel
import XML

/// The Gantt chart of one plan year as inline SVG: months across, one row per member state,
/// each state's production window as a bar with its milestones on it, clashes and moved
/// deadlines ringed in red. Made to be read at a glance; the table below it holds the detail.
struct TimelineChart {
    let year: Int
    /// The year's events of one campaign.
    let events: [ScheduledEvent]

    static let labelWidth = 190.0
    static let chartWidth = 880.0
    static let rowHeight = 24.0
    static let headerHeight = 34.0
    static let warning = "#C00000"

    /// The months shown: the plan year, widened to the month of any event outside it.
    var months: [(year: Int, month: Int)] {
        let first = min(events.map(\.date).min() ?? CalendarDate(year: year, month: 1, day: 1)!, CalendarDate(year: year, month: 1, day: 1)!)
        let last = max(events.map(\.date).max() ?? CalendarDate(year: year, month: 12, day: 31)!, CalendarDate(year: year, month: 12, day: 31)!)
        var months: [(Int, Int)] = []
        var (y, m) = (first.year, first.month)
        while (y, m) <= (last.year, last.month) {
            months.append((y, m))
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
        }
        return months
    }

    func svg() -> String {
        let months = self.months
        let start = CalendarDate(year: months[0].year, month: months[0].month, day: 1)!
        let endMonth = months[months.count - 1]
        let end = CalendarDate(year: endMonth.year, month: endMonth.month, day: 1)!.adding(days: 31)
        let endOfRange = CalendarDate(year: end.year, month: end.month, day: 1)!
        let dayWidth = Self.chartWidth / Double(endOfRange.dayNumber - start.dayNumber)
        func x(_ date: CalendarDate) -> Double { Self.labelWidth + (Double(date.dayNumber - start.dayNumber) + 0.5) * dayWidth }

        let states = Dictionary(grouping: events, by: \.state)
        let codes = states.keys.sorted()
        let height = Self.headerHeight + Double(codes.count) * Self.rowHeight + 8
        let width = Self.labelWidth + Self.chartWidth + 10
        let n = Markup.number
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
            + "aria-labelledby=\"chart-\(year)-title\" font-family=\"Noto Sans, Arial, sans-serif\" font-size=\"12\">\n"
        svg += "<title id=\"chart-\(year)-title\">Timeline of \(year): \(codes.count) member states, "
            + "\(months.count) months from \(Self.monthName(months[0].month)) \(months[0].year)</title>\n"

        for (index, month) in months.enumerated() {
            let first = CalendarDate(year: month.year, month: month.month, day: 1)!
            let next = index + 1 < months.count
                ? CalendarDate(year: months[index + 1].year, month: months[index + 1].month, day: 1)! : endOfRange
            let left = Self.labelWidth + Double(first.dayNumber - start.dayNumber) * dayWidth
            let right = Self.labelWidth + Double(next.dayNumber - start.dayNumber) * dayWidth
            if index % 2 == 0 {
                svg += "<rect x=\"\(n(left))\" y=\"\(n(Self.headerHeight - 4))\" width=\"\(n(right - left))\" "
                    + "height=\"\(n(height - Self.headerHeight - 4))\" fill=\"#F2F4F7\"/>\n"
            }
            let label = Self.monthName(month.month).prefix(3) + (month.month == 1 || index == 0 ? " \(month.year)" : "")
            svg += "<text x=\"\(n((left + right) / 2))\" y=\"20\" text-anchor=\"middle\" fill=\"#333\">\(label)</text>\n"
        }
        for (row, code) in codes.enumerated() {
            let y = Self.headerHeight + Double(row) * Self.rowHeight + Self.rowHeight / 2
            let rowEvents = states[code]!.sorted { ($0.date, $0.kind) < ($1.date, $1.kind) }
            let warned = rowEvents.contains { !$0.warnings.isEmpty }
            let name = HTMLText.escape("\(rowEvents[0].stateName) (\(code))")
            svg += "<text x=\"\(n(Self.labelWidth - 10))\" y=\"\(n(y + 4))\" text-anchor=\"end\" "
                + "fill=\"\(warned ? Self.warning : "#222")\"\(warned ? " font-weight=\"bold\"" : "")>\(warned ? "⚠ " : "")\(name)</text>\n"
            if let first = rowEvents.first, let last = rowEvents.last, first.date < last.date {
                svg += "<rect x=\"\(n(x(first.date)))\" y=\"\(n(y - 3))\" width=\"\(n(x(last.date) - x(first.date)))\" "
                    + "height=\"6\" rx=\"3\" fill=\"#C9D3E0\"/>\n"
            }
            for event in rowEvents {
                let style = MilestoneStyle.of(event.kind)
                let tip = "\(code) · \(event.kind == .focusDay ? event.campaignTitle : event.kind.title) · "
                    + "\(DateRule.weekdayName(event.date.weekday)) \(event.date)"
                    + event.warnings.map { " · ⚠ \($0)" }.joined()
                svg += "<g><title>\(HTMLText.escape(tip))</title>"
                if !event.warnings.isEmpty {
                    svg += "<circle cx=\"\(n(x(event.date)))\" cy=\"\(n(y))\" r=\"10\" fill=\"none\" stroke=\"\(Self.warning)\" stroke-width=\"2.5\"/>"
                }
                svg += style.marker(x: x(event.date), y: y) + "</g>\n"
            }
        }
        svg += "</svg>"
        return svg
    }

    static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
    }
}
