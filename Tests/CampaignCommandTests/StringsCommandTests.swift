import Foundation
import Testing

/// The translation workflow as a coordinator and a translator's tool use it: export, a
/// round trip through translate-toolkit, import, status; and choosing languages.
@Suite struct StringsCommandTests {
    @Test func explainsItself() throws {
        for (command, options) in [
            (["strings", "export"], ["--campaign", "--locale", "--format", "--output"]),
            (["strings", "import"], ["--locale"]),
            (["strings", "status"], ["--campaign", "--locale", "--strict"]),
            (["strings", "confirm"], ["--campaign", "--locale", "--message"]),
            (["locales", "add"], ["--state", "--language"]),
            (["locales", "remove"], ["--state", "--language"]),
        ] {
            let output = try CampaignProcess.run(command + ["--help"])
            #expect(output.status == 0)
            #expect(output.stdout.hasPrefix("OVERVIEW: "), "\(command) --help")
            for option in options { #expect(output.stdout.contains(option), "\(command) --help lacks \(option)") }
        }
    }

    /// translate-toolkit's po2xliff and xliff2po (Debian's translate-toolkit), as a
    /// translator's pipeline would run them.
    static func translateToolkit(_ tool: String, _ input: URL, _ output: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = ["--progress=none", input.path, output.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(tool) failed")
    }

    @Test func aPOFileThroughTranslateToolkitImportsBack() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let strings = root.appendingPathComponent("Campaigns/thb-victim-rights/strings/de.yaml")
        let before = try String(contentsOf: strings, encoding: .utf8)
        let export = try CampaignProcess.run(
            ["strings", "export", "--campaign", "thb-victim-rights", "--locale", "de-DE", "--format", "po"], in: root)
        #expect(export.status == 0, "\(export.stderr)")
        let po = root.appendingPathComponent("thb-victim-rights.de-DE.po")
        var text = try String(contentsOf: po, encoding: .utf8)
        #expect(text.contains("msgctxt \"tip-2\"\nmsgid \"Time to recover, and advice from a lawyer.\"\nmsgstr \"Zeit zur Erholung und anwaltliche Beratung.\"\n"))
        #expect(text.contains("#. poster-a3: slot 'tip-2' of "))
        #expect(text.contains("#. fits about "))
        text = text.replacingOccurrences(
            of: "msgstr \"Zeit zur Erholung und anwaltliche Beratung.\"", with: "msgstr \"Zeit, sich zu erholen, und Rat von Anwältinnen und Anwälten.\"")
        try Data(text.utf8).write(to: po)

        let xliff = root.appendingPathComponent("tt.xlf")
        let back = root.appendingPathComponent("thb-victim-rights.de-DE.po")
        try Self.translateToolkit("po2xliff", po, xliff)
        try FileManager.default.removeItem(at: po)
        try Self.translateToolkit("xliff2po", xliff, back)
        let imported = try CampaignProcess.run(["strings", "import", back.path], in: root)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("de.yaml (1 translation new or changed)"))

        let after = try String(contentsOf: strings, encoding: .utf8)
        let changed = zip(before.split(separator: "\n"), after.split(separator: "\n")).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1 == "  text: \"Zeit, sich zu erholen, und Rat von Anwältinnen und Anwälten.\"")
    }

    @Test func exportedFilesLoadInTranslateToolkit() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        for format in ["po", "xliff"] {
            let output = try CampaignProcess.run(
                ["strings", "export", "--campaign", "secure-yourself", "--locale", "cs-CZ", "--format", format], in: root)
            #expect(output.status == 0, "\(output.stderr)")
        }
        // pocount reads both formats through translate-toolkit's own storage classes.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pocount")
        process.arguments = ["--short", root.appendingPathComponent("secure-yourself.cs-CZ.po").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let counted = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(counted.contains("strings: total: 14\t| 14t\t0f\t0u"), "\(counted)")
    }

    @Test func statusPrintsATablePerCampaignAndLocale() throws {
        let output = try CampaignProcess.run(["strings", "status", "--campaign", "secure-yourself"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first == "campaign         locale  translated  missing  stale  overflowing  reviewed")
        #expect(lines.contains("secure-yourself  cs-CZ        14/14        0      0            0         0"))
        #expect(lines.contains("secure-yourself  en-CZ       source        0      0            0         -"))
    }

    @Test func aChangedEnglishMakesTranslationsStaleUntilConfirmed() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = root.appendingPathComponent("Campaigns/secure-yourself/campaign.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "text: Fit a certified security door and lock.", with: "text: Fit a certified security door and a good lock.").utf8)
            .write(to: spec)
        let stale = try CampaignProcess.run(["strings", "status", "--campaign", "secure-yourself", "--strict"], in: root)
        #expect(stale.status != 0)
        #expect(stale.stdout.contains("secure-yourself cs-CZ stale: tip-1"))
        let check = try CampaignProcess.run(["check", "--campaign", "secure-yourself"], in: root)
        #expect(check.stderr.contains("warning: the English of 'tip-1' changed since cs was translated"))

        let confirmed = try CampaignProcess.run(["strings", "confirm", "--campaign", "secure-yourself", "--message", "tip-1"], in: root)
        #expect(confirmed.status == 0, "\(confirmed.stderr)")
        let fresh = try CampaignProcess.run(["strings", "status", "--campaign", "secure-yourself", "--strict"], in: root)
        #expect(fresh.status == 0, "\(fresh.stdout)")
    }

    @Test func localesAddAndRemoveEditOnlyTheStatesLine() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = root.appendingPathComponent("Campaigns/thb-victim-rights/campaign.yaml")
        let before = try String(contentsOf: spec, encoding: .utf8)

        let added = try CampaignProcess.run(["locales", "add", "thb-victim-rights", "--state", "CZ", "--language", "pl"], in: root)
        #expect(added.status == 0, "\(added.stderr)")
        var after = try String(contentsOf: spec, encoding: .utf8)
        #expect(after == before.replacingOccurrences(of: "  CZ: [uk, vi, ru]\n", with: "  CZ: [uk, vi, ru, pl]\n"))
        let stub = root.appendingPathComponent("Campaigns/thb-victim-rights/strings/pl.yaml")
        #expect(try String(contentsOf: stub, encoding: .utf8) == "# Polish (pl) strings for thb-victim-rights.\n{}\n")
        #expect(try CampaignProcess.run(["check", "--campaign", "thb-victim-rights", "--locale", "pl-CZ"], in: root).status == 0)

        let newState = try CampaignProcess.run(["locales", "add", "thb-victim-rights", "--state", "es", "--language", "ar"], in: root)
        #expect(newState.status == 0, "\(newState.stderr)")
        after = try String(contentsOf: spec, encoding: .utf8)
        #expect(after.contains("  DE: [de, uk, ru, ar, vi]\n  ES: [ar]\n  FR: [fr, ar, zh-Hans, en]\n"))

        for (language, state) in [("pl", "CZ"), ("ar", "ES")] {
            let removed = try CampaignProcess.run(["locales", "remove", "thb-victim-rights", "--state", state, "--language", language], in: root)
            #expect(removed.status == 0, "\(removed.stderr)")
        }
        #expect(try String(contentsOf: spec, encoding: .utf8) == before)
        #expect(!FileManager.default.fileExists(atPath: stub.path))
    }

    @Test func localesAreValidated() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = root.appendingPathComponent("Campaigns/thb-victim-rights/campaign.yaml")
        let before = try String(contentsOf: spec, encoding: .utf8)
        for (arguments, message) in [
            (["--state", "XX", "--language", "uk"], "error: unknown member state 'XX'"),
            (["--state", "CZ", "--language", "ukr-x"], "error: --language ukr-x: "),
            (["--state", "CZ", "--language", "uk"], "Campaigns/thb-victim-rights/campaign.yaml:"),
        ] {
            let output = try CampaignProcess.run(["locales", "add", "thb-victim-rights"] + arguments, in: root)
            #expect(output.status != 0)
            #expect(output.stderr.contains(message), "\(output.stderr)")
        }
        #expect(try String(contentsOf: spec, encoding: .utf8) == before)
    }
}
