@testable import CampaignModel
import Testing

@Suite struct LanguageTagTests {
    @Test(arguments: [("de", "de"), ("DE", "de"), ("zh-hans", "zh-Hans"), ("uk", "uk"), ("fil", "fil")])
    func canonicalizesLanguages(text: String, canonical: String) throws {
        #expect(try LanguageTag(parsing: text).description == canonical)
    }

    @Test(arguments: [("nl-be", "nl-BE"), ("uk-CZ", "uk-CZ"), ("zh-Hans-FR", "zh-Hans-FR"), ("AR-be", "ar-BE")])
    func canonicalizesLocales(text: String, canonical: String) throws {
        let locale = try LocaleTag(parsing: text)
        #expect(locale.description == canonical)
        #expect(locale.state == String(canonical.suffix(2)))
    }

    @Test(arguments: [
        ("xx", "unknown language 'xx'"),
        ("cz", "unknown language 'cz'; did you mean 'cs'? ('cz' is a country code)"),
        ("german", "'german' does not start with a language code such as 'de' or 'uk'"),
        ("zh-Han", "'Han' in 'zh-Han' is not a script code; scripts have four letters, such as 'Hans' or 'Latn'"),
        ("de-AT-x", "'de-AT-x' is not a language tag; write a language code such as 'de' or 'zh-Hans'"),
    ])
    func refusesBadLanguages(text: String, message: String) {
        #expect(throws: TagError(message)) { try LanguageTag(parsing: text) }
    }

    @Test func refusesALocaleWithoutRegion() {
        #expect(throws: TagError.self) { try LocaleTag(parsing: "de") }
        #expect(throws: TagError.self) { try LocaleTag(parsing: "zh-Hans") }
    }

    @Test func scriptTagsFallBackToTheBareLanguage() throws {
        #expect(try LanguageTag(parsing: "zh-Hans").broader == LanguageTag(parsing: "zh"))
        #expect(try LanguageTag(parsing: "de").broader == nil)
    }

    @Test func namesLanguagesInEnglish() throws {
        #expect(try LanguageTag(parsing: "uk").englishName == "Ukrainian")
        #expect(try LanguageTag(parsing: "ga").englishName == "Irish")
    }
}
