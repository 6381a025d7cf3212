import CampaignModel
import XML

/// The schedule of one campaign as a page a person reads: per plan year a timeline chart, then
/// the dates per member state in a table, with everything that needs attention listed first.
public struct TimelinePage {
    public let title: String
    /// The key date rule in words, for the introduction.
    public let rule: String

    public init(title: String, rule: String) {
        self.title = title
        self.rule = rule
    }

    public func write(_ plan: SchedulePlan) -> String {
        let kinds = MilestoneKind.allCases.filter { kind in plan.events.contains { $0.kind == kind } }
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title)): distribution schedule</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <main>
            <h1>\(HTMLText.escape(title)): distribution schedule</h1>
            <p>The focus day falls on the \(HTMLText.escape(rule)). Deadlines are counted in the business days of each
            member state: weekends and its public holidays do not count.</p>

            """
        if !plan.findings.isEmpty {
            html += "<section class=\"attention\" aria-labelledby=\"attention\">\n<h2 id=\"attention\">Needs attention</h2>\n<ul>\n"
            for finding in plan.findings {
                html += "<li>\(HTMLText.escape(finding.message))</li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        html += legend(kinds)
        for year in plan.years {
            let events = plan.events.filter { $0.year == year }
            guard !events.isEmpty else { continue }
            let keyDates = Set(events.map(\.keyDate)).sorted()
            html += "<section aria-labelledby=\"year-\(year)\">\n<h2 id=\"year-\(year)\">\(year)</h2>\n"
            html += "<p>Focus day: \(keyDates.map { "\(DateRule.weekdayName($0.weekday)) \($0)" }.joined(separator: ", ")).</p>\n"
            html += "<figure>\n\(TimelineChart(year: year, events: events).svg())\n</figure>\n"
            html += table(year: year, events: events, kinds: kinds)
            html += "</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private func legend(_ kinds: [MilestoneKind]) -> String {
        var html = "<ul class=\"legend\">\n"
        for kind in kinds {
            html += "<li><svg width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">"
                + MilestoneStyle.of(kind).marker(x: 8, y: 8) + "</svg>\(HTMLText.escape(kind.title))</li>\n"
        }
        html += "<li><svg width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><circle cx=\"8\" cy=\"8\" r=\"6\" "
            + "fill=\"none\" stroke=\"\(TimelineChart.warning)\" stroke-width=\"2.5\"/></svg>Needs attention</li>\n</ul>\n"
        return html
    }

    private func table(year: Int, events: [ScheduledEvent], kinds: [MilestoneKind]) -> String {
        let byState = Dictionary(grouping: events, by: \.state)
        var html = "<table>\n<caption>Dates in \(year), by member state</caption>\n<thead><tr><th scope=\"col\">Member state</th>"
        for kind in kinds { html += "<th scope=\"col\">\(HTMLText.escape(kind.title))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for code in byState.keys.sorted() {
            let row = byState[code]!
            html += "<tr><th scope=\"row\">\(HTMLText.escape(row[0].stateName)) (\(code))</th>"
            for kind in kinds {
                guard let event = row.first(where: { $0.kind == kind }) else {
                    html += "<td></td>"
                    continue
                }
                let notes = (event.warnings + event.notes).joined(separator: "; ")
                let day = String(DateRule.weekdayName(event.date.weekday).prefix(3))
                html += event.warnings.isEmpty ? "<td>" : "<td class=\"warn\">"
                html += "<time datetime=\"\(event.date)\">\(day) \(event.date)</time>"
                if !notes.isEmpty { html += "<small>\(HTMLText.escape(notes))</small>" }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    static let style = """
        body{margin:0;font-family:"Noto Sans",Arial,sans-serif;color:#1b1f24;background:#fff;line-height:1.45}
        main{max-width:1120px;margin:0 auto;padding:24px}
        h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
        .attention{border-left:4px solid #C00000;background:#FDF1F1;padding:.25rem 1rem;margin:1rem 0}
        .attention h2{margin-top:.5rem;color:#9B0000}
        .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;margin:1rem 0}
        .legend li{display:flex;align-items:center;gap:.35rem}
        figure{margin:0;overflow-x:auto}figure svg{width:100%;min-width:760px;height:auto}
        table{border-collapse:collapse;width:100%;font-size:.85rem;margin-top:1rem}
        caption{text-align:left;font-weight:bold;padding:.25rem 0}
        th,td{border-bottom:1px solid #D5DAE1;padding:.3rem .4rem;text-align:left;vertical-align:top}
        thead th{background:#F2F4F7}
        td small{display:block;color:#4A5260;font-size:.75rem}
        td.warn{background:#FDF1F1;color:#9B0000}td.warn small{color:#9B0000}
        time{white-space:nowrap}
        """
}
