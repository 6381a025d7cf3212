import CampaignModel
import Checks
import Diagnostics
import Localization
import Testing

@Suite struct LocalizerTests {
    static func at(_ file: String, _ line: Int = 1) -> Diagnostics.SourceLocation {
        Diagnostics.SourceLocation(file: file, line: line, column: 1)
    }

    static func table(_ scope: String, _ entries: [String: String]) throws -> StringTable {
        let parsedScope: StringTable.Scope =
            scope.split(separator: "-").last?.count == 2 && scope.contains("-")
            ? .locale(try LocaleTag(parsing: scope)) : .language(try LanguageTag(parsing: scope))
        let file = "strings/\(scope).yaml"
        return StringTable(
            scope: parsedScope,
            entries: entries.mapValues { Translation(text: $0, location: at(file, 2)) },
            location: at(file))
    }

    static func campaign(distribution: [String: [String]], tables: [StringTable]) throws -> Campaign {
        let messages = [
            Message(id: "headline", text: "Lock up", description: "", location: at("campaign.yaml", 10)),
            Message(id: "call-to-action", text: "Ask the police", description: "", location: at("campaign.yaml", 13)),
        ]
        let participations = try distribution.sorted { $0.key < $1.key }.map { state, languages in
            Participation(
                state: state,
                languages: try languages.map { ChosenLanguage(tag: try LanguageTag(parsing: $0), location: at("campaign.yaml", 30)) },
                location: at("campaign.yaml", 30))
        }
        let color = Color(red: 0, green: 0, blue: 0)
        return Campaign(
            id: "trial", title: "Trial", website: nil,
            theme: Theme(colors: .init(primary: color, accent: color, text: color, background: color), fonts: .init(headline: "Noto Sans", body: "Noto Sans")),
            design: "civic", formats: [.posterA3], audience: .general, keyDate: .fixed(month: 10, day: 18), keyDateLocation: at("campaign.yaml"), milestones: [], edition: 2027,
            messages: messages, distribution: participations, translations: tables, location: at("campaign.yaml"))
    }

    @Test func looksUpLocaleThenLanguageThenEnglish() throws {
        let campaign = try Self.campaign(
            distribution: ["BE": ["nl"], "NL": ["nl"]],
            tables: [
                try Self.table("nl", ["headline": "Sluit af", "call-to-action": "Vraag de politie"]),
                try Self.table("nl-BE", ["call-to-action": "Vraag de techno-preventief adviseur"]),
            ])
        let localizer = Localizer(campaign: campaign)
        let belgium = localizer.strings(for: try LocaleTag(parsing: "nl-BE"))
        #expect(belgium["headline"] == "Sluit af")
        #expect(belgium["call-to-action"] == "Vraag de techno-preventief adviseur")
        #expect(belgium.messages.map(\.origin) == [.language(try LanguageTag(parsing: "nl")), .locale(try LocaleTag(parsing: "nl-BE"))])
        let netherlands = localizer.strings(for: try LocaleTag(parsing: "nl-NL"))
        #expect(netherlands["call-to-action"] == "Vraag de politie")
        #expect(netherlands.fallbacks.isEmpty)
    }

    @Test func aMissingTranslationFallsBackToEnglishAndIsReported() throws {
        let campaign = try Self.campaign(
            distribution: ["AT": ["de"], "DE": ["de"]],
            tables: [try Self.table("de", ["headline": "Abschließen"])])
        let localizer = Localizer(campaign: campaign)
        let austria = localizer.strings(for: try LocaleTag(parsing: "de-AT"))
        #expect(austria["call-to-action"] == "Ask the police")
        #expect(austria.fallbacks.map(\.id) == ["call-to-action"])
        #expect(CheckRegistry.check(campaign).diagnostics.map(\.description) == [
            "strings/de.yaml:1:1: warning: no translation of 'call-to-action' in de; de-AT, de-DE will show the English source",
        ])
    }

    @Test func aScriptTagFallsBackToTheBareLanguage() throws {
        let campaign = try Self.campaign(
            distribution: ["FR": ["zh-Hans"]],
            tables: [
                try Self.table("zh-Hans", ["headline": "锁好门"]),
                try Self.table("zh", ["headline": "锁门", "call-to-action": "询问警方"]),
            ])
        let strings = Localizer(campaign: campaign).strings(for: try LocaleTag(parsing: "zh-Hans-FR"))
        #expect(strings["headline"] == "锁好门")
        #expect(strings["call-to-action"] == "询问警方")
        #expect(strings.messages.map(\.origin.description) == ["strings/zh-Hans.yaml", "strings/zh.yaml"])
    }

    @Test func englishLocalesUseTheSourceWithoutFallbackReports() throws {
        let campaign = try Self.campaign(
            distribution: ["IE": ["en"]],
            tables: [try Self.table("en-IE", ["call-to-action": "Ask your local Garda station"])])
        let localizer = Localizer(campaign: campaign)
        let ireland = localizer.strings(for: try LocaleTag(parsing: "en-IE"))
        #expect(ireland["headline"] == "Lock up")
        #expect(ireland["call-to-action"] == "Ask your local Garda station")
        #expect(ireland.fallbacks.isEmpty)
        #expect(CheckRegistry.check(campaign).diagnostics.isEmpty)
    }

    @Test func aChosenLanguageWithoutStringsIsAnError() throws {
        let campaign = try Self.campaign(distribution: ["CZ": ["uk"]], tables: [try Self.table("uk-CZ", ["headline": "Замикайте"])])
        #expect(CheckRegistry.check(campaign).diagnostics.map(\.description) == [
            "campaign.yaml:30:1: error: CZ chose Ukrainian ('uk'), but the campaign has no strings in it: add strings/uk.yaml",
        ])
    }

    @Test func unusedStringsFilesAreReported() throws {
        let campaign = try Self.campaign(
            distribution: ["CZ": ["cs"]],
            tables: [
                try Self.table("cs", ["headline": "Zamkněte", "call-to-action": "Zeptejte se policie"]),
                try Self.table("it", ["headline": "Chiudi", "call-to-action": "Chiedi alla polizia"]),
                try Self.table("cs-SK", ["headline": "Zamkněte"]),
            ])
        #expect(CheckRegistry.check(campaign).diagnostics.map(\.description).sorted() == [
            "strings/cs-SK.yaml:1:1: warning: strings file is not used: no member state takes cs in SK in the distribution",
            "strings/it.yaml:1:1: warning: strings file is not used: no member state chose Italian in the distribution",
        ])
    }
}
