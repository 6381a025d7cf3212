import Diagnostics
import Foundation
import Pages
import Testing

/// The page templates as the build reads them from `Assets/pages/`, and what a missing or broken
/// one reports.
@Suite struct PageTemplatesTests {
    static let repositoryPages = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Assets/pages")

    /// A copy of the repository's templates in a temporary folder, to break.
    static func copy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: repositoryPages, to: folder)
        return folder
    }

    @Test func theRepositoryTemplatesLoadWithoutFindings() throws {
        var log = DiagnosticLog()
        let pages = try #require(PageTemplates.load(folder: Self.repositoryPages.path, log: &log))
        #expect(log.diagnostics.isEmpty)
        #expect(Set(pages.sources.keys).isSuperset(of: [
            "page.mustache", "pages.css", "contact-sheet.mustache", "strings-status.mustache", "timeline.mustache",
        ]))
    }

    @Test func aMissingTemplateIsAnErrorAtItsPath() throws {
        let folder = try Self.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("timeline.mustache"))
        var log = DiagnosticLog()
        #expect(PageTemplates.load(folder: folder.path, log: &log) == nil)
        #expect(log.diagnostics.map(\.description) == [
            folder.path + "/timeline.mustache:1:1: error: cannot read the page template"
        ])
        #expect(log.diagnostics.map(\.check) == [.pageTemplate])
    }

    @Test func aBrokenTemplateIsAnErrorAtItsLineAndColumn() throws {
        let folder = try Self.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("strings-status.mustache")
        try Data("{{<page}}\n{{$body}}\n{{#campaigns}}\n<p>{{campaign}}</p>\n{{/rows}}\n{{/body}}\n{{/page}}\n".utf8).write(to: file)
        var log = DiagnosticLog()
        #expect(PageTemplates.load(folder: folder.path, log: &log) == nil)
        let finding = try #require(log.diagnostics.first)
        #expect(log.diagnostics.count == 1)
        #expect(finding.check == .pageTemplate)
        #expect(finding.location == SourceLocation(file: file.path, line: 5, column: 4))
        #expect(finding.description == file.path + ":5:4: error: not a valid Mustache template: this tag closes a section that is not the one open")
    }

    /// Every page has the one skeleton and the one stylesheet, inlined; what a page is given is
    /// text, control characters (which HTML forbids) dropped.
    @Test func aPageIsTheSkeletonWithItsValuesEscaped() throws {
        var log = DiagnosticLog()
        let pages = try #require(PageTemplates.load(folder: Self.repositoryPages.path, log: &log))
        struct Values {
            let title: String
            let rule: String
            let findings: [String]
            let legend: [String]
            let kinds: [String]
            let years: [Int]
        }
        let html = pages.render(.timeline, Values(
            title: "<script>alert(1)</script> & \"Co\"\u{1}", rule: "first Monday", findings: ["it's <b>late</b>"], legend: [],
            kinds: [], years: []))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;: distribution schedule</title>"))
        #expect(html.contains("<li>it&#39;s &lt;b&gt;late&lt;/b&gt;</li>"))
        #expect(!html.contains("<script>") && !html.contains("<b>") && !html.contains("\u{1}"))
        let css = try String(contentsOf: Self.repositoryPages.appendingPathComponent("pages.css"), encoding: .utf8)
        #expect(html.contains("<style>\n" + css + "</style>"))
        #expect(html.contains("<body class=\"timeline\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }
}
