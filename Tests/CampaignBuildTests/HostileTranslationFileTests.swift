import CampaignBuild
import Translation
import CampaignModel
import Diagnostics
import Foundation
import Testing
import TranslationFiles

/// Translation files come from outside contractors. Each hostile file gets a clear error at
/// its place, the import writes nothing, and the process neither hangs nor reads what it must
/// not (a local file through an external entity, a 100 MB file into memory).
@Suite struct HostileTranslationFileTests {
    /// A copy of the repository's project with a desk on it.
    struct Workspace {
        let root: URL
        let desk: TranslationDesk

        init() throws {
            root = try RepositoryCampaigns.copy()
            desk = TranslationDesk(
                layout: ProjectLayout(campaignsDirectory: root.appendingPathComponent("Campaigns").path, assetsDirectory: root.appendingPathComponent("Assets").path))
        }

        func write(_ text: String, as name: String) throws -> String {
            let path = root.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }

        /// Imports `paths`; returns the errors, after checking that no strings file changed.
        func importRejected(_ paths: [String]) throws -> [Diagnostic] {
            let before = try TranslationRoundTripTests.stringsFiles(under: root)
            var log = DiagnosticLog()
            let result = desk.importFiles(paths, locale: nil, log: &log)
            #expect(result == nil, "the import was accepted")
            #expect(try TranslationRoundTripTests.stringsFiles(under: root) == before, "a strings file changed")
            return log.diagnostics.filter { $0.severity == .error }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func xliff(target: String, trgLang: String = "de-DE", unit: String = "tip-2", doctype: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(doctype)<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="\(trgLang)">
          <file id="thb-victim-rights">
            <unit id="\(unit)">
              <segment state="translated">
                <source>Time to recover, and advice from a lawyer.</source>
                <target>\(target)</target>
              </segment>
            </unit>
          </file>
        </xliff>

        """
    }

    @Test func externalEntityToALocalFileIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let doctype = "<!DOCTYPE xliff [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
        let path = try workspace.write(Self.xliff(target: "&secret;", doctype: doctype), as: "thb-victim-rights.de-DE.xlf")
        let errors = try workspace.importRejected([path])
        #expect(errors.count == 1)
        #expect(errors.first?.location?.line == 2)
        #expect(errors.first?.message.contains("DOCTYPE") == true || errors.first?.message.contains("entities") == true)
        #expect(!errors.description.contains("root:x:0:0"))
    }

    @Test func billionLaughsFailsFast() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var doctype = "<!DOCTYPE xliff [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        doctype += "]>\n"
        let path = try workspace.write(Self.xliff(target: "&lol9;", doctype: doctype), as: "thb-victim-rights.de-DE.xlf")
        let errors = try workspace.importRejected([path])
        #expect(errors.count == 1)
    }

    @Test func aHundredMegabyteFileIsRefusedUnread() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = workspace.root.appendingPathComponent("thb-victim-rights.de-DE.po").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("msgid \"\"\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        let errors = try workspace.importRejected([path])
        #expect(errors.map(\.message) == ["the file is 102400 KiB; the limit is 16384 KiB"])
    }

    @Test func aTargetLanguageThatDoesNotMatchTheFileNameIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = try workspace.write(
            Self.xliff(target: "Du temps pour se rétablir.", trgLang: "fr-BE"), as: "thb-victim-rights.de-DE.xlf")
        let errors = try workspace.importRejected([path])
        #expect(errors.map(\.message) == ["the file's target language is fr-BE, but it is meant for de-DE"])
        #expect(errors.first?.location?.line == 2)
    }

    @Test func aLocaleTheCampaignIsNotMadeInIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = try workspace.write(Self.xliff(target: "Aikaa toipua.", trgLang: "fi-FI"), as: "translated.xlf")
        let errors = try workspace.importRejected([path])
        #expect(errors.first?.message.hasPrefix("thb-victim-rights is not made in fi-FI; its locales are") == true)
    }

    @Test func aBrokenPlaceholderIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = try workspace.write(
            Self.xliff(target: "Zeit zur Erholung <ph id=\"7\" equiv=\"{date}\"/>."), as: "thb-victim-rights.de-DE.xlf")
        let errors = try workspace.importRejected([path])
        #expect(errors.map(\.message) == ["unit 'tip-2': broken placeholder: <ph id=\"7\"> matches no placeholder of the source"])
        #expect(errors.first?.location?.line == 7)
    }

    @Test func anArgumentTheSourceDoesNotHaveIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = try workspace.write(Self.xliff(target: "Zeit zur Erholung bis {date}."), as: "thb-victim-rights.de-DE.xlf")
        let errors = try workspace.importRejected([path])
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("'tip-2': ") == true)
        #expect(errors.first?.message.contains("date") == true)
    }

    @Test func markupInsideATargetIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let element = try workspace.write(
            Self.xliff(target: "Zeit zur <b>Erholung</b>."), as: "thb-victim-rights.de-DE.xlf")
        let errors = try workspace.importRejected([element])
        #expect(errors.map(\.message) == [
            "unit 'tip-2': markup <b> inside <target>; a campaign text is plain text with placeholders (<ph>) only"
        ])
        let escaped = try workspace.write(
            Self.xliff(target: "Zeit &lt;script&gt;alert(1)&lt;/script&gt;"), as: "thb-victim-rights.de-DE.xlf")
        #expect(try workspace.importRejected([escaped]).map(\.message) == [
            "'tip-2': markup '<script>' in the translation; campaign texts are plain text"
        ])
    }

    @Test func malformedXMLIsRefusedAtItsPlace() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let text = Self.xliff(target: "Zeit zur Erholung</source>")
        let path = try workspace.write(text, as: "thb-victim-rights.de-DE.xlf")
        let errors = try workspace.importRejected([path])
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("not well-formed XML") == true)
        #expect(errors.first?.location?.line == 7)
    }

    @Test func unknownIdsAreRefusedWithASuggestion() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = try workspace.write(Self.xliff(target: "Zeit.", unit: "tip-22"), as: "thb-victim-rights.de-DE.xlf")
        let errors = try workspace.importRejected([path])
        #expect(errors.first?.message.hasPrefix("unknown message id 'tip-22'; did you mean") == true)
    }

    @Test func oneBadFileAmongGoodOnesWritesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let good = try workspace.write(Self.xliff(target: "Zeit, sich zu erholen, und Rat von einer Anwältin."), as: "thb-victim-rights.de-DE.xlf")
        let bad = try workspace.write(Self.xliff(target: "Zeit <b>x</b>", trgLang: "de-DE"), as: "other.xlf")
        _ = try workspace.importRejected([good, bad])
    }

    @Test func badPOFilesAreRefusedAtTheirPlace() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let header = "msgid \"\"\nmsgstr \"Language: de_DE\\nX-Campaign: thb-victim-rights\\n\"\n\n"
        let unterminated = try workspace.write(
            header + "msgctxt \"tip-2\"\nmsgid \"Time to recover, and advice from a lawyer.\"\nmsgstr \"Zeit\n",
            as: "thb-victim-rights.de-DE.po")
        let errors = try workspace.importRejected([unterminated])
        #expect(errors.map(\.message) == ["the string is not closed (missing '\"')"])
        #expect(errors.first?.location?.line == 6)
        let script = try workspace.write(
            header + "msgctxt \"tip-2\"\nmsgid \"Time to recover, and advice from a lawyer.\"\nmsgstr \"<script>alert(1)</script>\"\n",
            as: "thb-victim-rights.de-DE.po")
        #expect(try workspace.importRejected([script]).map(\.message) == [
            "'tip-2': markup '<script>' in the translation; campaign texts are plain text"
        ])
        let invalid = try workspace.write(header, as: "thb-victim-rights.de-DE.po")
        try (Data(header.utf8) + Data([0x6D, 0xFF, 0x0A])).write(to: URL(fileURLWithPath: invalid))
        #expect(try workspace.importRejected([invalid]).map(\.message) == ["the file is not valid UTF-8"])
    }
}
