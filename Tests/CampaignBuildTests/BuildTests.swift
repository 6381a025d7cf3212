import CampaignBuild
import Foundation
import Testing

@Suite struct BuildTests {
    /// Builds a copy of the repository's campaigns into `root/Output`.
    static func build(_ root: URL, selection: Selection = Selection()) -> Build.Result {
        let check = ProjectCheck(
            campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets", selection: selection)
        return Build(check: check, outputDirectory: root.path + "/Output").run()
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func writesTheReportForEveryCampaignAndLocale() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = Self.build(root)
        #expect(!result.log.hasErrors)
        let data = try Data(contentsOf: root.appendingPathComponent("Output/report.json"))
        let report = try JSONDecoder().decode(BuildReport.self, from: data)
        #expect(report.campaigns.map(\.id) == ["burglary-focus-day", "secure-yourself", "senior-cyber-safety", "thb-victim-rights"])
        let belgium = try #require(report.campaigns.first?.locales.first { $0.locale == "nl-BE" })
        #expect(belgium.overrides == ["call-to-action"])
        #expect(belgium.fallbacks == [])
        #expect(belgium.language == "Dutch")
    }

    @Test func twoBuildsWriteIdenticalBytes() throws {
        let first = try RepositoryCampaigns.copy(), second = try RepositoryCampaigns.copy()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        _ = Self.build(first)
        _ = Self.build(second)
        let a = try Self.snapshot(first.appendingPathComponent("Output"))
        let b = try Self.snapshot(second.appendingPathComponent("Output"))
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func aBrokenSpecLeavesThePreviousOutputUntouched() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(!Self.build(root).log.hasErrors)
        let output = root.appendingPathComponent("Output")
        let before = try Self.snapshot(output)

        let spec = root.appendingPathComponent("Campaigns/secure-yourself/campaign.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "  CZ: [cs, sk, uk, vi, en]", with: "  CZ: [cs, sk, uk, vi, en, tr]").utf8).write(to: spec)

        let result = Self.build(root)
        #expect(result.log.hasErrors)
        #expect(result.written.isEmpty)
        #expect(try Self.snapshot(output) == before)
    }

    @Test func aBrokenSpecCreatesNoOutputFolder() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("Assets/member-states.yaml"))
        #expect(Self.build(root).log.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
    }

    @Test func selectionNarrowsTheBuild() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = Self.build(root, selection: Selection(campaignIDs: ["thb-victim-rights"], localeFilters: ["ar", "uk-CZ"]))
        #expect(!result.log.hasErrors)
        let report = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: root.appendingPathComponent("Output/report.json")))
        #expect(report.campaigns.map(\.id) == ["thb-victim-rights"])
        #expect(report.campaigns.first?.locales.map(\.locale) == ["ar-BE", "uk-CZ", "ar-DE", "ar-FR"])
    }

    @Test func unknownSelectionsAreErrors() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = Self.build(root, selection: Selection(campaignIDs: ["burglary-focusday"], localeFilters: ["de-XX", "klingon"]))
        #expect(result.log.sorted.map(\.description) == [
            "error: --locale de-XX matches no locale of the selected campaigns",
            "error: --locale klingon: 'klingon' does not start with a language code such as 'de' or 'uk'",
            "error: unknown campaign 'burglary-focusday' given to --campaign; did you mean 'burglary-focus-day'?",
        ])
        #expect(result.written.isEmpty)
    }
}
