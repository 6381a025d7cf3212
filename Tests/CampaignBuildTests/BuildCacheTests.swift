import CampaignBuild
import Foundation
import Testing

/// The build's cache: a rebuild makes again exactly the locales whose inputs changed, and
/// removes what no longer exists.
@Suite struct BuildCacheTests {
    /// A copy of the repository built once for `secure-yourself` (cs sk uk vi en in Czechia).
    static func builtCopy() throws -> URL {
        let root = try RepositoryCampaigns.copy()
        #expect(!build(root).log.hasErrors)
        return root
    }

    static func build(_ root: URL) -> Build.Result {
        BuildTests.build(root, selection: Selection(campaignIDs: ["secure-yourself"]))
    }

    static func edit(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "\(path) did not change")
        try Data(changed.utf8).write(to: url)
    }

    /// The locales a build made again (the folders of the files it wrote, the site's aside).
    static func remade(_ result: Build.Result, in root: URL) -> Set<String> {
        Set(result.written.compactMap { path -> String? in
            let parts = path.dropFirst(root.path.count + "/Output/".count).split(separator: "/")
            return parts.count == 3 && parts[0] != "site" ? String(parts[1]) : nil
        })
    }

    @Test func aRebuildWithNothingChangedMakesNothing() throws {
        let root = try Self.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let again = Self.build(root)
        #expect(again.reused == 5)
        #expect(again.written.isEmpty)
    }

    @Test(arguments: [
        // One language's strings: only that locale.
        ("Campaigns/secure-yourself/strings/vi.yaml", ["vi-CZ"]),
        // The English source of a message: every locale (English shows it, the others fall back or not).
        ("Campaigns/secure-yourself/campaign.yaml", ["cs-CZ", "sk-CZ", "uk-CZ", "vi-CZ", "en-CZ"]),
        // A template: every locale.
        ("Assets/templates/civic/flyer-a5.svg", ["cs-CZ", "sk-CZ", "uk-CZ", "vi-CZ", "en-CZ"]),
        // The campaign's picture: every locale that shows it.
        ("Campaigns/secure-yourself/images/pictogram.svg", ["cs-CZ", "sk-CZ", "uk-CZ", "vi-CZ", "en-CZ"]),
        // The member state's data: every locale of the state.
        ("Assets/member-states.yaml", ["cs-CZ", "sk-CZ", "uk-CZ", "vi-CZ", "en-CZ"]),
        // Another campaign's spec: nothing here.
        ("Campaigns/burglary-focus-day/campaign.yaml", []),
    ])
    func aChangeRemakesExactlyWhatDependsOnIt(path: String, expected: [String]) throws {
        let root = try Self.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.edit(root, path) { text in
            switch path {
            case let path where path.hasSuffix("vi.yaml"): text.replacingOccurrences(of: "headline:\n  text: \"", with: "headline:\n  text: \"Xin ")
            case let path where path.hasSuffix("secure-yourself/campaign.yaml"):
                text.replacingOccurrences(of: "text: Secure your home before you leave", with: "text: Secure your home before you go")
            case let path where path.hasSuffix("pictogram.svg"): text.replacingOccurrences(of: "</svg>", with: "<!-- edited --></svg>")
            case let path where path.hasSuffix(".svg"): text.replacingOccurrences(of: "<title>", with: "<title>Edited: ")
            case let path where path.hasSuffix("member-states.yaml"):
                text.replacingOccurrences(of: "display: \"116 006\"", with: "display: \"116006\"")
            default: text.replacingOccurrences(of: "title: ", with: "title: The ")
            }
        }
        let result = Self.build(root)
        #expect(!result.log.hasErrors, "\(result.log.sorted)")
        #expect(Self.remade(result, in: root) == Set(expected))
        #expect(result.reused == 5 - expected.count)
    }

    /// A new Czech public holiday moves Czech deadlines: the schedule is made again, no locale is.
    @Test func aHolidayRemakesTheScheduleOnly() throws {
        let root = try Self.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.edit(root, "Assets/holidays.yaml") {
            $0.replacingOccurrences(of: "  CZ:\n", with: "  CZ:\n    - name: Test Day\n      date: 2027-05-04\n")
        }
        let result = Self.build(root)
        #expect(result.reused == 5)
        #expect(Self.remade(result, in: root).isEmpty)
        #expect(result.written.contains { $0.hasSuffix("/Output/secure-yourself/schedule.csv") })
        let csv = try String(contentsOf: root.appendingPathComponent("Output/secure-yourself/schedule.csv"), encoding: .utf8)
        #expect(csv.contains("Test Day (2027-05-04)"))
    }

    /// A language dropped from the distribution loses its files; the others stay.
    @Test func aRemovedLocaleLosesItsFiles() throws {
        let root = try Self.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let vietnamese = root.appendingPathComponent("Output/secure-yourself/vi-CZ")
        #expect(FileManager.default.fileExists(atPath: vietnamese.path))
        try Self.edit(root, "Campaigns/secure-yourself/campaign.yaml") {
            $0.replacingOccurrences(of: "  CZ: [cs, sk, uk, vi, en]", with: "  CZ: [cs, sk, uk, en]")
        }
        let result = Self.build(root)
        #expect(result.removed.count == 15 + 8, "its 15 files and its 8 of the site")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/site/secure-yourself/vi-CZ").path))
        #expect(!FileManager.default.fileExists(atPath: vietnamese.path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/secure-yourself/uk-CZ/flyer-a5.png").path))
        // The newsletter says how many languages the pack comes in: every Czech locale changes.
        #expect(result.reused == 0)
    }

    /// A cache that is garbage, or points outside the output folder, is not trusted: the build
    /// makes everything again and deletes nothing it names.
    @Test(arguments: ["not json", #"{"compilerVersion":"0.1.0","entries":{"secure-yourself/cs-CZ":{"key":"x","files":[{"path":"../../victim","size":1,"modified":0}],"artifacts":[],"diagnostics":[]}}}"#])
    func aCorruptOrForeignCacheIsIgnored(cache: String) throws {
        let root = try Self.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let victim = root.appendingPathComponent("victim")
        try Data("keep me".utf8).write(to: victim)
        try Data(cache.utf8).write(to: root.appendingPathComponent("Output/.cache/build.json"))
        let result = Self.build(root)
        #expect(!result.log.hasErrors)
        #expect(result.reused == 0)
        #expect(FileManager.default.fileExists(atPath: victim.path))
    }

    /// A file changed by hand since the build is made again, not trusted.
    @Test func anOutputEditedByHandIsMadeAgain() throws {
        let root = try Self.builtCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let poster = root.appendingPathComponent("Output/secure-yourself/sk-CZ/poster-a3.svg")
        try Data("<svg/>".utf8).write(to: poster)
        let result = Self.build(root)
        #expect(Self.remade(result, in: root) == ["sk-CZ"])
        #expect(try Data(contentsOf: poster).count > 1000)
    }
}

@Suite struct DeterminismTests {
    /// Two clean builds of the same inputs write the same bytes, file for file. The cache
    /// (`.cache/`) is the build's own bookkeeping, with file times in it, and not compared.
    @Test func twoCleanBuildsAreByteIdentical() throws {
        let first = try BuildCacheTests.builtCopy()
        let second = try BuildCacheTests.builtCopy()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let a = try BuildTests.snapshot(first.appendingPathComponent("Output")).filter { !$0.key.hasPrefix("/.cache/") }
        let b = try BuildTests.snapshot(second.appendingPathComponent("Output")).filter { !$0.key.hasPrefix("/.cache/") }
        #expect(a.count == 5 * (15 + 8) + 1 + 3 + 2 + 1 + 1 + 9)
        #expect(Set(a.keys) == Set(b.keys))
        for path in a.keys.sorted() where a[path] != b[path] {
            Issue.record("\(path) differs between two clean builds")
        }
    }
}
