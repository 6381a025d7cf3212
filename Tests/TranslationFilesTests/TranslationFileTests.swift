import CampaignModel
import Diagnostics
import Foundation
import Testing
@testable import TranslationFiles

/// The XLIFF and PO writers and readers on their own: what one writes, the other reads back
/// unit for unit, placeholders, plurals and line breaks included.
@Suite struct TranslationFileTests {
    static let units = [
        TranslationUnit(
            id: "headline", source: "Secure your home before you leave", target: "Zabezpečte svůj domov", state: .reviewed,
            notes: [TranslationNote(.description, "Poster headline."), TranslationNote(.room, "fits about 20 characters per line on 2 lines")],
            maximumCharacters: 40),
        TranslationUnit(
            id: "languages", source: "The posters come in {languages, plural, one {# language} other {# languages}} for {state}.",
            target: "Plakáty vycházejí {languages, plural, one {v # jazyce} few {ve # jazycích} many {v # jazyka} other {v # jazycích}} pro {state}.",
            state: .translated, notes: [], maximumCharacters: nil),
        TranslationUnit(
            id: "body", source: "First \"line\"\n\n- a\\b\tc", target: nil, state: .initial, notes: [TranslationNote(.location, "newsletter")],
            maximumCharacters: nil),
    ]
    static let document = TranslationDocument(campaign: "secure-yourself", locale: try! LocaleTag(parsing: "cs-CZ"), units: units)

    static func temporaryFile(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func expectSameUnits(_ imported: ImportedDocument, states: Bool) {
        #expect(imported.campaign == "secure-yourself")
        #expect(imported.locale == "cs-CZ")
        #expect(imported.units.map(\.id) == units.map(\.id))
        for (read, written) in zip(imported.units, units) {
            #expect(read.source == written.source)
            #expect(read.target == written.target)
            #expect(read.needsWork == (written.state == .initial && (states || written.target != nil)))
            if states { #expect(read.state == written.state) }
        }
    }

    @Test func xliffRoundTrips() throws {
        let bytes = XLIFFWriter().write(Self.document, original: "Campaigns/secure-yourself/campaign.yaml")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""))
        #expect(text.contains("version=\"2.1\" srcLang=\"en\" trgLang=\"cs-CZ\""))
        #expect(text.contains("<slr:profiles generalProfile=\"xliff:codepoints\"/>"))
        #expect(text.contains("<unit id=\"headline\" slr:sizeRestriction=\"40\">"))
        #expect(text.contains("<segment state=\"reviewed\">"))
        #expect(text.contains("<note category=\"room\">fits about 20 characters per line on 2 lines</note>"))
        // `#` and `{state}` are inline codes; the translation's `#`s beyond the source's two copy the first.
        #expect(text.contains("one {<ph id=\"1\" equiv=\"#\" disp=\"#\"/> language}"))
        #expect(text.contains("few {ve <ph id=\"2\" equiv=\"#\" disp=\"#\"/> jazycích}"))
        #expect(text.contains("many {v <ph id=\"c1\" copyOf=\"1\" equiv=\"#\" disp=\"#\"/> jazyka}"))
        #expect(text.contains(" pro <ph id=\"3\" equiv=\"{state}\" disp=\"{state}\"/>.</target>"))
        var log = DiagnosticLog()
        let path = try Self.temporaryFile(bytes, "file.xlf")
        let found = XLIFFReader(path: path).read(log: &log)
        let imported = try #require(found, "\(log.diagnostics)")
        Self.expectSameUnits(imported, states: true)
    }

    @Test func poRoundTrips() throws {
        let bytes = POWriter().write(Self.document, original: "Campaigns/secure-yourself/campaign.yaml", sourceLines: ["headline": 30])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"Language: cs_CZ\\n\"\n"))
        #expect(text.contains("#. Poster headline.\n#. fits about 20 characters per line on 2 lines\n#. At most 40 characters.\n#: Campaigns/secure-yourself/campaign.yaml:30\nmsgctxt \"headline\"\n"))
        #expect(text.contains("msgctxt \"body\"\nmsgid \"\"\n\"First \\\"line\\\"\\n\"\n\"\\n\"\n\"- a\\\\b\\tc\"\nmsgstr \"\"\n"))
        var log = DiagnosticLog()
        let path = try Self.temporaryFile(bytes, "file.po")
        let found = POReader(path: path).read(log: &log)
        let imported = try #require(found, "\(log.diagnostics)")
        Self.expectSameUnits(imported, states: false)
    }

    @Test func poReaderTakesWhatToolsWrite() throws {
        let text = """
            # translator comment\r
            msgid ""\r
            msgstr ""\r
            "Language: pl\\n"\r
            \r
            #, fuzzy, python-brace-format\r
            msgctxt "tip"\r
            msgid ""\r
            "Long English "\r
            "text"\r
            msgstr "Długi "\r
            "tekst"\r
            \r
            #~ msgctxt "old"\r
            #~ msgid "gone"\r
            #~ msgstr "nie ma"\r

            """
        var log = DiagnosticLog()
        let found = POReader(path: try Self.temporaryFile(Array(text.utf8), "x.po")).read(log: &log)
        let document = try #require(found, "\(log.diagnostics)")
        #expect(document.locale == "pl")
        #expect(document.campaign == nil)
        #expect(document.units.map(\.id) == ["tip"])
        #expect(document.units.first?.source == "Long English text")
        #expect(document.units.first?.target == "Długi tekst")
        #expect(document.units.first?.needsWork == true)
    }

    @Test(arguments: ["plain", "a \"quote\" and a \\ backslash", "tab\there", "new\nline\n", "bell\u{07}", "ünïcödé ✓ 中文 عربي", ""])
    func poQuotingRoundTrips(text: String) throws {
        let field = POString.field("msgstr", text)
        var value = ""
        for line in field.split(separator: "\n") {
            let quoted = line.hasPrefix("msgstr ") ? line.dropFirst("msgstr ".count) : line
            value += try POString.unquote(quoted).text
        }
        #expect(value == text)
    }

    @Test func inlineCodesKeepATextWithoutPlaceholdersWhole() {
        #expect(InlineCodes(source: "L'Union européenne {").pieces == [.text("L'Union européenne {")])
        #expect(InlineCodes(source: "").pieces == [])
        let source = InlineCodes(source: "On {date} in {state}")
        #expect(source.pieces == [
            .text("On "), .code(id: "1", copyOf: nil, original: "{date}"), .text(" in "), .code(id: "2", copyOf: nil, original: "{state}"),
        ])
        #expect(InlineCodes(target: "{state}: {date}, {date}", source: source).pieces == [
            .code(id: "2", copyOf: nil, original: "{state}"), .text(": "), .code(id: "1", copyOf: nil, original: "{date}"), .text(", "),
            .code(id: "c1", copyOf: "1", original: "{date}"),
        ])
    }
}
