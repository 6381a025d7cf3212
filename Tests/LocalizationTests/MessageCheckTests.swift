import CampaignModel
import Checks
import Diagnostics
import Localization
import Testing

/// Messages with placeholders and plurals, as a campaign uses them: filled in per locale with
/// the member state's own numbers, and checked against the source and the language's forms.
@Suite struct MessageCheckTests {
    static func campaign(source: String, translations: [String: String], distribution: [String: [String]]) throws -> Campaign {
        let message = Message(id: "languages", text: source, description: "", location: LocalizerTests.at("campaign.yaml", 10))
        let base = try LocalizerTests.campaign(
            distribution: distribution, tables: try translations.map { try LocalizerTests.table($0.key, ["languages": $0.value]) })
        return Campaign(
            id: base.id, title: base.title, website: "https://eucpn.org/", theme: base.theme, design: base.design, formats: base.formats,
            audience: base.audience, keyDate: base.keyDate, keyDateLocation: base.keyDateLocation, milestones: [], edition: 2027,
            messages: [message], distribution: base.distribution, translations: base.translations, location: base.location)
    }

    static let english = "In {languages, plural, one {# language} other {# languages}} on {website}."

    @Test func pluralsFollowEachLanguagesCLDRForms() throws {
        let campaign = try Self.campaign(
            source: Self.english,
            translations: [
                "cs": "V {languages, plural, one {# jazyce} few {# jazycích} many {# jazyka} other {# jazycích}} na {website}.",
                "pl": "W {languages, plural, one {# języku} few {# językach} many {# językach} other {# języka}} na {website}.",
            ],
            distribution: ["CZ": ["cs", "en"], "PL": ["pl"], "SK": ["cs", "en", "pl"]])
        let strings = { (tag: String) in Localizer(campaign: campaign).strings(for: try LocaleTag(parsing: tag))["languages"] }
        #expect(try strings("cs-CZ") == "V 2 jazycích na eucpn.org.")
        #expect(try strings("en-CZ") == "In 2 languages on eucpn.org.")
        #expect(try strings("pl-PL") == "W 1 języku na eucpn.org.")
        #expect(try strings("cs-SK") == "V 3 jazycích na eucpn.org.")
        #expect(CheckRegistry.check(campaign).diagnostics.isEmpty)
    }

    @Test func aTranslationWithOtherArgumentsIsAnErrorAtItsLine() throws {
        let campaign = try Self.campaign(
            source: Self.english, translations: ["de": "In {count} Sprachen."], distribution: ["DE": ["de"]])
        let errors = CheckRegistry.check(campaign).diagnostics.filter { $0.severity == .error }
        #expect(errors.count >= 1)
        #expect(errors.allSatisfy { $0.location == LocalizerTests.at("strings/de.yaml", 2) })
        #expect(errors.allSatisfy { $0.message.hasPrefix("translation of 'languages': ") })
    }

    @Test func aFormTheLanguageLacksIsAnErrorAndAMissingOneAWarning() throws {
        let campaign = try Self.campaign(
            source: Self.english,
            translations: [
                "de": "In {languages, plural, one {# Sprache} few {# Sprachen} other {# Sprachen}} auf {website}.",
                "cs": "V {languages, plural, one {# jazyce} other {# jazycích}} na {website}.",
            ],
            distribution: ["CZ": ["cs"], "DE": ["de"]])
        let diagnostics = CheckRegistry.check(campaign).diagnostics
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location?.file == "strings/de.yaml")
        #expect(errors.first?.message.contains("few") == true)
        let warnings = diagnostics.filter { $0.severity == .warning && $0.location?.file == "strings/cs.yaml" }
        #expect(warnings.map(\.message).joined().contains("few"))
    }

    @Test func anArgumentTheCompilerDoesNotSupplyIsAnError() throws {
        let campaign = try Self.campaign(source: "Call {phone}", translations: [:], distribution: ["DE": ["en"]])
        let errors = CheckRegistry.check(campaign).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == [
            "message 'languages' uses {phone}, which the compiler does not supply; it supplies {key-date}, {languages}, {state-name}, {website}, {year}"
        ])
    }

    /// The messages' `{date}` and `{state}` are now `{key-date}` and `{state-name}`, the
    /// templates' names: the old names still fill in, with a warning saying the new one.
    @Test func anOldArgumentNameStillFillsInWithAWarning() throws {
        let campaign = try Self.campaign(source: "On {date} in {state}", translations: [:], distribution: ["DE": ["en"]])
        let findings = CheckRegistry.check(campaign).diagnostics
        #expect(findings.map(\.severity) == [.warning, .warning])
        #expect(findings.map(\.message).sorted() == [
            "message 'languages' uses {date}, which is now called {key-date} as in the templates; {date} is still filled in for now",
            "message 'languages' uses {state}, which is now called {state-name} as in the templates; {state} is still filled in for now",
        ])
        let text = Localizer(campaign: campaign).strings(for: try LocaleTag(parsing: "en-DE"))["languages"]
        #expect(text?.hasPrefix("On ") == true && text?.contains("{") == false && text?.contains("DE") == false)
    }

    @Test func staleTranslationsAreReportedOnTheirFile() throws {
        var campaign = try Self.campaign(source: Self.english, translations: [:], distribution: ["DE": ["de"]])
        let stale = StringTable(
            scope: .language(try LanguageTag(parsing: "de")),
            entries: ["languages": Translation(
                text: "In {languages, plural, one {# Sprache} other {# Sprachen}}.", sourceHash: SourceHash.of("In # languages."),
                location: LocalizerTests.at("strings/de.yaml", 2))],
            location: LocalizerTests.at("strings/de.yaml"))
        campaign = Campaign(
            id: campaign.id, title: campaign.title, website: campaign.website, theme: campaign.theme, design: campaign.design,
            formats: campaign.formats, audience: campaign.audience, keyDate: campaign.keyDate, keyDateLocation: campaign.keyDateLocation,
            milestones: [], edition: 2027, messages: campaign.messages, distribution: campaign.distribution, translations: [stale],
            location: campaign.location)
        let warnings = CheckRegistry.check(campaign).diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.description) == [
            "strings/de.yaml:1:1: warning: the English of 'languages' changed since de was translated: translate again "
                + "(`campaign strings export`), or run `campaign strings confirm` if the change needs no new translation"
        ])
    }
}
