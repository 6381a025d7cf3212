import CampaignBuild
import Diagnostics
import Foundation
import Testing

/// The build's pages come from `Assets/pages/`: a broken template stops the build where it is
/// broken, and an edited one is used at the next build.
@Suite struct PageTemplateBuildTests {
    @Test func aBrokenTemplateStopsTheBuildAtItsLineAndWritesNothing() throws {
        let root = try BuildCacheTests.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try BuildTests.snapshot(root.appendingPathComponent("Output"))
        try BuildCacheTests.edit(root, "Assets/pages/timeline.mustache") { $0.replacingOccurrences(of: "{{/years}}", with: "{{/year}}") }

        let result = BuildCacheTests.build(root)
        let template = root.path + "/Assets/pages/timeline.mustache"
        #expect(result.log.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            template + ":47:4: error: not a valid Mustache template: this tag closes a section that is not the one open"
        ])
        #expect(result.log.diagnostics.first { $0.severity == .error }?.check == "page-template")
        // Not even the preview's failure sheet: there is no template to show it with.
        #expect(BuildTests.build(root, selection: Selection(campaignIDs: ["secure-yourself"]), showsFailures: true).log.hasErrors)
        #expect(try BuildTests.snapshot(root.appendingPathComponent("Output")) == before)
    }

    /// The schedule files are cached; the page templates are part of their key.
    @Test func anEditedTemplateIsUsedAtTheNextBuild() throws {
        let root = try BuildCacheTests.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try BuildCacheTests.edit(root, "Assets/pages/timeline.mustache") {
            $0.replacingOccurrences(of: "<h1>{{title}}: distribution schedule</h1>", with: "<h1>{{title}}: when</h1>")
        }
        #expect(!BuildCacheTests.build(root).log.hasErrors)
        let page = try String(contentsOf: root.appendingPathComponent("Output/secure-yourself/schedule.html"), encoding: .utf8)
        #expect(page.contains("<h1>Secure Yourself: when</h1>"))
    }
}
