import CLDRPlurals
import Testing

@Suite("CLDR plural rules")
struct PluralRulesTests {
    @Test("every CLDR integer sample falls into its category", arguments: CLDRIntegerSamples.all)
    func integerSamples(_ data: CLDRIntegerSamples) throws {
        let rules = try PluralRules(language: data.language)
        for (category, list) in data.samples {
            let numbers = CLDRIntegerSamples.numbers(in: list)
            #expect(!numbers.isEmpty)
            for number in numbers {
                #expect(rules.category(for: number) == category, "\(data.language) \(number)")
            }
        }
    }

    @Test("the sample lists expand CLDR ranges")
    func sampleExpansion() {
        #expect(CLDRIntegerSamples.numbers(in: "0, 2~4, 103~105, 1003, …") == [0, 2, 3, 4, 103, 104, 105, 1003])
    }

    @Test(
        "categories list the forms of the language in CLDR order",
        arguments: [
            ("en", [PluralCategory.one, .other]),
            ("de", [.one, .other]),
            ("fr", [.one, .many, .other]),
            ("cs", [.one, .few, .many, .other]),
            ("pl", [.one, .few, .many, .other]),
            ("ru", [.one, .few, .many, .other]),
            ("uk", [.one, .few, .many, .other]),
            ("lt", [.one, .few, .many, .other]),
            ("ar", [.zero, .one, .two, .few, .many, .other]),
            ("zh", [.other]),
            ("zh-Hans", [.other]),
            ("ja", [.other]),
        ]
    )
    func categories(language: String, expected: [PluralCategory]) throws {
        #expect(try PluralRules(language: language).categories == expected)
    }

    @Test("categories that CLDR gives only decimals are still listed")
    func decimalOnlyCategories() throws {
        let czech = try PluralRules(language: "cs")
        #expect(czech.categories.contains(.many))
        #expect((0...2000).allSatisfy { czech.category(for: $0) != .many })
    }

    @Test("region subtags select regional rules")
    func regionalRules() throws {
        #expect(try PluralRules(language: "pt").category(for: 0) == .one)
        #expect(try PluralRules(language: "pt-PT").category(for: 0) == .other)
        #expect(try PluralRules(language: "cs-CZ").category(for: 3) == .few)
    }

    @Test("tags are read case-insensitively, as BCP 47 says")
    func tagCase() throws {
        #expect(try PluralRules(language: "RU").category(for: 22) == .few)
    }

    @Test("the sign of a number does not change its category")
    func negativeNumbers() throws {
        let russian = try PluralRules(language: "ru")
        #expect(russian.category(for: -1) == .one)
        #expect(russian.category(for: -22) == .few)
        #expect(russian.category(for: -5) == .many)
    }

    @Test("a language without CLDR data gets the root rules")
    func unknownLanguage() throws {
        #expect(try PluralRules(language: "tlh").categories == [.other])
    }

    @Test(
        "malformed tags and tags without a language are rejected",
        arguments: ["", "cs_CZ", "en-US-!", "und", "x-private", "123", "en--US", "c"]
    )
    func invalidTags(tag: String) {
        #expect(throws: PluralRulesError.self) {
            try PluralRules(language: tag)
        }
    }

    @Test("errors name the rejected tag")
    func errorMessage() {
        #expect {
            try PluralRules(language: "cs_CZ")
        } throws: { error in
            (error as? PluralRulesError)?.description == "'cs_CZ' is not a valid BCP 47 language tag"
        }
    }

    @Test("rules keep the tag as given and compare by it")
    func identity() throws {
        let czech = try PluralRules(language: "cs")
        #expect(czech.language == "cs")
        #expect(czech == (try PluralRules(language: "cs")))
        #expect(czech != (try PluralRules(language: "sk")))
        #expect(Set([czech, try PluralRules(language: "cs")]).count == 1)
    }

    @Test("rules can be used from many tasks at once")
    func concurrentUse() async throws {
        let languages = ["cs", "pl", "ru", "ar", "en", "lt"]
        let expected = try languages.map { language in
            try PluralRules(language: language).category(for: 23)
        }
        let results = try await withThrowingTaskGroup(of: (Int, PluralCategory).self) { group in
            for round in 0..<200 {
                let index = round % languages.count
                group.addTask {
                    (index, try PluralRules(language: languages[index]).category(for: 23))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 200)
        for (index, category) in results {
            #expect(category == expected[index])
        }
    }

    @Test("categories compare in CLDR order")
    func categoryOrder() {
        #expect(PluralCategory.allCases == [.zero, .one, .two, .few, .many, .other])
        #expect(PluralCategory.allCases.shuffled().sorted() == PluralCategory.allCases)
        #expect(PluralCategory.few < .many)
        #expect(!(PluralCategory.other < .zero))
    }
}
