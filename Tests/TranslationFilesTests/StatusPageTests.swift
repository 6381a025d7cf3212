import CampaignModel
import Diagnostics
import Foundation
import Pages
import Testing
import TranslationFiles

/// The translation status page rendered from the repository's page templates, for the
/// repository's campaigns.
@Suite struct StatusPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func page(overflowing: [String]) throws -> String {
        let loaded = ProjectLoader(ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets")).load()
        var log = DiagnosticLog()
        let pages = try #require(PageTemplates.load(folder: root.path + "/Assets/pages", log: &log))
        let campaign = try #require(loaded.project.campaign("secure-yourself"))
        let rows = campaign.locales.map { locale in
            TranslationStatus(campaign: campaign, locale: locale, overflowing: locale.description == "cs-CZ" ? overflowing : [])
        }
        return StatusPage(rows: rows, pages: pages).html
    }

    @Test func aTablePerCampaignWithARowPerLocale() throws {
        let html = try Self.page(overflowing: [])
        #expect(html.contains("<title>Translation status</title>"))
        #expect(html.contains("<body class=\"strings-status\">"))
        #expect(html.contains("<section aria-labelledby=\"campaign-secure-yourself\">\n<h2 id=\"campaign-secure-yourself\">secure-yourself</h2>"))
        #expect(html.contains("<caption>Translations of secure-yourself, by locale</caption>"))
        #expect(html.components(separatedBy: "<tr class=\"").count - 1 == 5)
        #expect(html.contains("<th scope=\"row\">en-CZ</th><td>English source</td>"))
        #expect(html.contains("<td>–</td></tr>"), "an English source has no reviews")
    }

    @Test func overflowingIdsAreListedAsText() throws {
        let html = try Self.page(overflowing: ["headline", "<script>alert(1)</script>"])
        #expect(html.contains("<tr class=\"incomplete\"><th scope=\"row\">cs-CZ</th>"))
        #expect(html.contains("<td><strong>2</strong>: headline, &lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        #expect(!html.contains("<script>"))
    }
}
