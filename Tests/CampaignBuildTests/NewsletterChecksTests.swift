import CampaignBuild
import Foundation
import Testing

@Suite struct NewsletterChecksTests {
    /// A translator's "klikněte zde" fails the build at the Czech body, and nothing is written.
    @Test func aVagueLinkInATranslationFailsTheBuildAtItsLine() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let strings = root.appendingPathComponent("Campaigns/secure-yourself/strings/cs.yaml")
        let text = try String(contentsOf: strings, encoding: .utf8)
        let changed = text.replacingOccurrences(
            of: "newsletter-body:\n  text: |-\n", with: "newsletter-body:\n  text: |-\n    [Klikněte zde](https://www.policie.cz).\n\n")
        let line = changed.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  text: |-" }.map { $0 + 1 }
        #expect(changed != text)
        try Data(changed.utf8).write(to: strings)

        let result = BuildTests.build(root, selection: Selection(campaignIDs: ["secure-yourself"], localeFilters: ["cs-CZ"]))
        let messages = result.log.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix(strings.path + ":\(line ?? 0):") == true)
        #expect(messages.first?.hasSuffix(
            "error: secure-yourself/cs-CZ/newsletter: the link text 'klikněte zde' (to https://www.policie.cz) does not say where it leads") == true)
        #expect(result.written.isEmpty)
    }
}
