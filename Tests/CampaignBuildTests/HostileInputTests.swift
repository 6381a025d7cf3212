import CampaignBuild
import CampaignModel
import Diagnostics
import Foundation
import Testing
import XML

/// The hostile-input corpus (`Fixtures/hostile`) against every loader and every exporter: each
/// case ends in a clear error at the file, or in output where the hostile text is only text.
@Suite struct HostileInputTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hostile")

    /// One file of each kind a loader reads.
    static let loaderFiles = [
        "Campaigns/secure-yourself/campaign.yaml", "Campaigns/secure-yourself/strings/cs.yaml", "Assets/member-states.yaml",
        "Assets/holidays.yaml", "Assets/link-text.yaml", "Assets/newsletter/civic/body-styles.yaml",
        "Assets/templates/civic/flyer-a5.svg",
    ]

    /// Hostile files any loader may be handed; `empty` and `oversized` are made here.
    static let payloads = [
        "invalid-utf8.bin", "alias-bomb.yaml", "deep-nesting.yaml", "binary.bin", "entities.svg", "billion-laughs.svg", "empty",
        "oversized",
    ]

    static func install(_ payload: String, at file: URL) throws {
        try? FileManager.default.removeItem(at: file)
        switch payload {
        case "empty":
            #expect(FileManager.default.createFile(atPath: file.path, contents: Data()))
        case "oversized":
            // 100 MB, sparse: a loader must refuse it by its size, before reading it.
            #expect(FileManager.default.createFile(atPath: file.path, contents: Data("headline: x\n".utf8)))
            let handle = try #require(FileHandle(forWritingAtPath: file.path))
            try handle.truncate(atOffset: 100 << 20)
            try handle.close()
        default:
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(payload), to: file)
        }
    }

    /// The error a payload that breaks a limit must get, in place of any error: the limit's own,
    /// naming the limit. `nil` for payloads that break no limit (any error at the file will do).
    static func limitError(_ payload: String, in path: String) -> String? {
        let yaml = path.hasSuffix(".yaml")
        switch payload {
        // 100 MiB, refused by its size before it is read.
        case "oversized": return yaml ? "the file is 102400 KiB; the limit is 4096 KiB" : "the file is 102400 KiB; the limit is 16384 KiB"
        // Ten to the ninth values through nine levels of aliases.
        case "alias-bomb.yaml" where yaml: return "the file holds more than 50000 values; YAML aliases (*name) may be multiplying it"
        default: return nil
        }
    }

    @Test(arguments: loaderFiles)
    func everyLoaderRefusesEveryHostileFile(path: String) throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent(path)
        for payload in Self.payloads {
            try Self.install(payload, at: file)
            let log = ProjectCheck(
                layout: ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets")).run().log
            let here = log.diagnostics.filter { $0.severity == .error && $0.location?.file == file.path }
            if let limit = Self.limitError(payload, in: path) {
                #expect(here.map(\.message) == [limit], "\(payload) in \(path)")
            } else {
                #expect(!here.isEmpty, "\(payload) in \(path): \(log.diagnostics.prefix(3).map(\.description))")
            }
        }
    }

    /// A copy of the repository with `strings` as the Czech strings of secure-yourself, built.
    static func build(czech strings: String, in root: URL) throws -> Build.Result {
        let target = root.appendingPathComponent("Campaigns/secure-yourself/strings/cs.yaml")
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: corpus.appendingPathComponent(strings), to: target)
        return BuildTests.build(root, selection: Selection(campaignIDs: ["secure-yourself"], localeFilters: ["cs-CZ"]))
    }

    static func text(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Output/secure-yourself/cs-CZ/" + path), encoding: .utf8)
    }

    /// Every element and attribute of a document: no script, no event handler, no script link.
    /// `ownScript`: the page's own script (the contact sheet's filters), which must hold none of
    /// the hostile text.
    static func expectInert(_ document: XMLDocument, _ name: String, ownScript: Bool = false) {
        let scripts = (document.root?.descendantsAndSelf ?? []).filter { $0.name == "script" }
        #expect(scripts.count == (ownScript ? 1 : 0), "\(name): \(scripts.count) scripts")
        #expect(scripts.allSatisfy { !$0.textContent.contains("alert") }, "\(name)")
        for element in document.root?.descendantsAndSelf ?? [] {
            #expect(!["iframe", "object", "embed", "foreignObject"].contains(element.name), "\(name): <\(element.name)>")
            for attribute in element.attributes {
                #expect(!attribute.name.lowercased().hasPrefix("on"), "\(name): \(attribute.name)=\(attribute.value)")
                #expect(!attribute.value.lowercased().contains("javascript:"), "\(name): \(attribute.name)=\(attribute.value)")
                #expect(!attribute.value.contains("evil.example"), "\(name): \(attribute.name)=\(attribute.value)")
            }
        }
    }

    @Test func markupInTranslationsStaysText() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.build(czech: "markup.cs.yaml", in: root)
        #expect(!result.log.hasErrors, "\(result.log.diagnostics.filter { $0.severity == .error })")
        for format in ["poster-a3", "flyer-a5", "social-square", "social-link"] {
            let svg = try Self.text(root, format + ".svg")
            Self.expectInert(try XMLDocument(parsing: Array(svg.utf8), name: format), format)
        }
        let html = try Self.text(root, "newsletter.html")
        Self.expectInert(try XMLDocument(parsingHTML: Array(html.utf8), name: "newsletter.html"), "newsletter.html")
        #expect(html.contains("&lt;script&gt;alert(5)&lt;/script&gt;"))
        #expect(html.contains("{{{raw}}} {{#each}}"), "template tags in a translation stay text")
        #expect(!html.contains("<script"))
        let text = try Self.text(root, "newsletter.txt")
        #expect(text.contains("<script>alert(5)</script>"), "the text twin shows the text as written")
        #expect(!text.contains("javascript:"))
        let sheet = try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        Self.expectInert(try XMLDocument(parsingHTML: Array(sheet.utf8), name: "index.html"), "index.html", ownScript: true)
    }

    @Test func lineBreaksCannotAddHeadersOrProperties() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = root.appendingPathComponent("Campaigns/secure-yourself/campaign.yaml")
        let original = try String(contentsOf: spec, encoding: .utf8)
        try Data(original.replacingOccurrences(
            of: "title: Secure Yourself", with: #"title: "Secure\r\nATTENDEE:mailto:x@example.com\r\nEND:VEVENT =HYPERLINK(\"https://evil.example\") <b>""#
        ).utf8).write(to: spec)
        let result = try Self.build(czech: "crlf.cs.yaml", in: root)
        #expect(!result.log.hasErrors, "\(result.log.diagnostics.filter { $0.severity == .error })")

        let eml = try Self.text(root, "newsletter.eml")
        let headers = eml.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        #expect(!headers.contains { $0.hasPrefix("Bcc:") || $0.hasPrefix("X-Injected:") })
        #expect(headers.filter { $0.hasPrefix("Content-Type:") }.count == 1)
        #expect(headers.allSatisfy { !$0.contains("\n") && !$0.contains("\r") })

        let ics = try String(contentsOf: root.appendingPathComponent("Output/secure-yourself/schedule.ics"), encoding: .utf8)
        let lines = ics.components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.hasPrefix("ATTENDEE") })
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count)
        #expect(lines.allSatisfy { !$0.contains("\n") && !$0.contains("\r") })

        let csv = try String(contentsOf: root.appendingPathComponent("Output/secure-yourself/schedule.csv"), encoding: .utf8)
        #expect(!csv.contains(",=HYPERLINK") && !csv.contains("\n=HYPERLINK"), "a spreadsheet must not run the title as a formula")
        let page = try String(contentsOf: root.appendingPathComponent("Output/secure-yourself/schedule.html"), encoding: .utf8)
        #expect(!page.contains("<b>"))
    }

    @Test func bidiControlsAreReportedWhereTheyAre() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.build(czech: "bidi.cs.yaml", in: root)
        let warnings = result.log.diagnostics.filter { $0.severity == .warning && $0.message.contains("U+202E") }
        #expect(warnings.map(\.description) == [
            root.path + "/Campaigns/secure-yourself/strings/cs.yaml:2:11: warning: the text holds U+202E RIGHT-TO-LEFT OVERRIDE "
                + "at character 8, which makes it display in another order than it reads; remove it unless the reordering is meant"
        ])
    }

    @Test func combiningAndZeroWidthMarksAreLaidOutOrRefused() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.build(czech: "zalgo.cs.yaml", in: root)
        if result.log.hasErrors {
            let errors = result.log.diagnostics.filter { $0.severity == .error }
            #expect(errors.allSatisfy { $0.message.contains("overflows") && $0.location?.file.hasSuffix("cs.yaml") == true })
        } else {
            let svg = try Self.text(root, "poster-a3.svg")
            _ = try XMLDocument(parsing: Array(svg.utf8), name: "poster-a3.svg")
        }
    }

    @Test func aTenMegabyteHeadlineFailsFast() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let strings = root.appendingPathComponent("Campaigns/secure-yourself/strings/cs.yaml")
        let huge = "headline: \"" + String(repeating: "Zabezpečte ", count: 1_000_000) + "\"\n"
        try Data(huge.utf8).write(to: strings)
        let log = ProjectCheck(layout: ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets")).run().log
        #expect(log.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            strings.path + ":1:1: error: the file is 11718 KiB; the limit is 4096 KiB"
        ])
        let long = "headline: \"" + String(repeating: "Zabezpečte ", count: 1_000) + "\"\n"
        try Data(long.utf8).write(to: strings)
        let second = ProjectCheck(layout: ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets")).run().log
        #expect(second.diagnostics.filter { $0.severity == .error }.map(\.description).contains(
            strings.path + ":1:11: error: the translation of 'headline': the text has 11000 characters; a campaign text may have at most 10000"))
    }

    @Test func picturesCannotComeFromOutsideTheProject() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let template = root.appendingPathComponent("Assets/templates/civic/flyer-a5.svg")
        let original = try String(contentsOf: template, encoding: .utf8)
        let check = { ProjectCheck(layout: ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets")).run().log }

        try Data(original.replacingOccurrences(of: "data-image=\"pictogram\"", with: "data-image=\"../../../../etc/passwd\"").utf8).write(to: template)
        #expect(check().diagnostics.contains { $0.message.hasPrefix("picture name '../../../../etc/passwd' must be") })

        let link = original.replacingOccurrences(of: "<image data-image=\"pictogram\"", with: "<image href=\"../../../../../../../etc/hostname\"")
        try Data(link.utf8).write(to: template)
        #expect(check().diagnostics.contains { $0.message.hasPrefix("picture reference '../../../../../../../etc/hostname' is neither") })

        try Data(original.utf8).write(to: template)
        let pictures = root.appendingPathComponent("Campaigns/secure-yourself/images")
        try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: pictures.appendingPathComponent("pictogram.svg"))
        try FileManager.default.createSymbolicLink(atPath: pictures.appendingPathComponent("pictogram.svg").path, withDestinationPath: "/etc/hostname")
        let errors = check().diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.message.contains("pictogram.svg leads outside the project (to /etc/hostname)") }, "\(errors)")
    }
}
