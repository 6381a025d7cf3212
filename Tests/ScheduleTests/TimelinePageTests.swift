import CampaignModel
import Diagnostics
import Pages
import Schedule
import Testing

/// The schedule timeline rendered from the repository's page templates.
@Suite struct TimelinePageTests {
    static let pages: PageTemplates = {
        var log = DiagnosticLog()
        let pages = PageTemplates.load(folder: Repository.root.path + "/Assets/pages", log: &log)
        precondition(pages != nil, "the repository's page templates must load: \(log.sorted)")
        return pages!
    }()

    @Test func eachYearHasAChartAndATableOfTheStatesDates() throws {
        let campaign = try #require(Repository.project.campaign("burglary-focus-day"))
        let plan = SchedulePlanner(project: Repository.project, today: nil).plan(years: [2027, 2028]).filter { $0.campaign == campaign.id }
        let html = TimelinePage(title: campaign.title, rule: campaign.keyDate.description, pages: Self.pages).write(plan)
        #expect(html.contains("<title>\(campaign.title): distribution schedule</title>"))
        #expect(html.contains("<body class=\"timeline\">"))
        for year in [2027, 2028] {
            #expect(html.contains("<section aria-labelledby=\"year-\(year)\">\n<h2 id=\"year-\(year)\">\(year)</h2>\n"))
            #expect(html.contains("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(html.contains("<caption>Dates in \(year), by member state</caption>"))
        }
        #expect(html.contains("<p>Focus day: Wednesday 2027-06-16.</p>"))
        #expect(html.contains("<tr><th scope=\"row\">Czechia (CZ)</th><td><time datetime=\"2027-04-21\">Wed 2027-04-21</time></td>"))
        #expect(html.contains("<li><svg width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><circle cx=\"8\" cy=\"8\" r=\"6\" "
            + "fill=\"none\" stroke=\"#C00000\" stroke-width=\"2.5\"/></svg>Needs attention</li>"))
        #expect(!html.contains("class=\"attention\""), "nothing needs attention")
    }

    /// Titles, names and findings are text wherever they appear: the page's title and heading,
    /// the list of what needs attention and the chart's tooltips.
    @Test func markupInATitleStaysText() throws {
        let first = try PlanSample.campaign(id: "<script>alert(1)</script>", keyDate: "third Wednesday of June", states: ["CZ", "DE"])
        let second = try PlanSample.campaign(id: "second", keyDate: "18 June", states: ["CZ"])
        let plan = SchedulePlanner(project: PlanSample.project([first, second]), today: nil).plan(years: [2027])
            .filter { $0.campaign == first.id }
        #expect(!plan.findings.isEmpty)
        let html = TimelinePage(title: first.title, rule: "<b>rule</b>", pages: Self.pages).write(plan)
        #expect(!html.contains("<script>alert") && !html.contains("<b>"))
        #expect(html.contains("<h1>Title of &lt;script&gt;alert(1)&lt;/script&gt;: distribution schedule</h1>"))
        #expect(html.contains("<h2 id=\"attention\">Needs attention</h2>"))
        #expect(html.contains("focus days of &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"))
        #expect(html.contains("<g><title>CZ · Title of &lt;script&gt;alert(1)&lt;/script&gt; · "))
        #expect(html.contains("<td class=\"warn\"><time datetime=\"2027-06-16\">Wed 2027-06-16</time><small>"))
    }
}
