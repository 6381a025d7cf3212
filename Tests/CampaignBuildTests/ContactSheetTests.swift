import CampaignBuild
import Foundation
import Testing

@Suite struct ContactSheetTests {
    static func sheet(_ root: URL) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
    }

    @Test func everyLocaleHasACardWithThumbnailsAndLinks() throws {
        let root = try BuildCacheTests.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let sheet = try Self.sheet(root)
        #expect(sheet.components(separatedBy: "<li class=\"card\"").count - 1 == 5)
        for locale in ["cs-CZ", "sk-CZ", "uk-CZ", "vi-CZ", "en-CZ"] {
            for format in ["poster-a3", "flyer-a5"] {
                let thumbnail = "secure-yourself/\(locale)/thumbnails/\(format).png"
                #expect(sheet.contains("src=\"\(thumbnail)\""))
                #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/" + thumbnail).path))
            }
            #expect(sheet.contains("href=\"secure-yourself/\(locale)/newsletter.html\""))
        }
        #expect(sheet.contains("<option value=\"CZ\">Czechia (CZ)</option>"))
        #expect(sheet.contains("Built. 1 campaigns, 5 locales, 0 errors, 0 warnings."))
    }

    /// A Czech headline too long for any size fails the build; the sheet says so on the Czech
    /// card, in red, and keeps the other cards as they were.
    @Test func aFailedLocaleIsMarkedOnItsCard() throws {
        let root = try BuildCacheTests.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try BuildCacheTests.edit(root, "Campaigns/secure-yourself/strings/cs.yaml") { text in
            text.replacingOccurrences(
                of: "\"Než odjedete, zabezpečte svůj domov\"", with: "\"\(String(repeating: "Zabezpečte svůj domov ", count: 20))\"")
        }
        #expect(BuildTests.build(root, selection: Selection(campaignIDs: ["secure-yourself"]), showsFailures: true).log.hasErrors)
        let sheet = try Self.sheet(root)
        #expect(sheet.contains("The last build failed"))
        let czech = try #require(sheet.range(of: "data-campaign=\"secure-yourself\" data-state=\"CZ\" data-language=\"Czech\""))
        let card = sheet[sheet[..<czech.lowerBound].range(of: "<li class=\"card", options: .backwards)!.lowerBound...]
        #expect(card.hasPrefix("<li class=\"card failed\""))
        #expect(card.prefix(4000).contains("<li class=\"error\">error: secure-yourself/cs-CZ/poster-a3: slot &#39;headline&#39;"))
        #expect(card.prefix(4000).contains("<code>slot-overflow</code></small></li>"), "the finding's check")
        #expect(sheet.components(separatedBy: "<li class=\"card\"").count - 1 == 4)
    }

    /// A campaign's title and a finding's text are text on the sheet, not markup: the sheet's
    /// only script is its own.
    @Test func markupInATitleOrAFindingStaysText() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        try BuildCacheTests.edit(root, "Campaigns/secure-yourself/campaign.yaml") {
            $0.replacingOccurrences(of: "title: Secure Yourself", with: "title: \"Secure <script>alert(1)</script> Yourself\"")
        }
        #expect(!BuildCacheTests.build(root).log.hasErrors)
        var sheet = try Self.sheet(root)
        #expect(sheet.contains("<h2 id=\"c-secure-yourself\">Secure &lt;script&gt;alert(1)&lt;/script&gt; Yourself</h2>"))
        #expect(sheet.components(separatedBy: "<script").count - 1 == 1)

        let strings = root.appendingPathComponent("Campaigns/secure-yourself/strings/cs.yaml")
        try (try String(contentsOf: strings, encoding: .utf8) + "\"<script>alert(2)</script>\": \"x\"\n").write(to: strings, atomically: true, encoding: .utf8)
        #expect(BuildTests.build(root, selection: Selection(campaignIDs: ["secure-yourself"]), showsFailures: true).log.hasErrors)
        sheet = try Self.sheet(root)
        #expect(sheet.contains("unknown key &#39;&lt;script&gt;alert(2)&lt;/script&gt;&#39; in the strings file"))
        #expect(sheet.components(separatedBy: "<script").count - 1 == 1)
    }
}
