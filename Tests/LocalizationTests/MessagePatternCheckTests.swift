import CLDRPlurals
import Localization
import Testing

@Suite("Checking ICU messages")
struct MessagePatternCheckTests {
    // MARK: Arguments

    @Test("arguments are merged across nesting and sorted by name")
    func arguments() throws {
        let pattern = try MessagePattern(parsing: """
            {gender, select, female {{count, plural, one {# x} other {{count} y}}} male {{name}} other {{count}}} \
            {name} {gender, select, diverse {d} other {o}}
            """)
        #expect(pattern.arguments == [
            MessageArgument(name: "count", kind: .plural),
            MessageArgument(name: "gender", kind: .select(["diverse", "female", "male", "other"])),
            MessageArgument(name: "name", kind: .simple),
        ])
    }

    // MARK: Mismatches

    @Test("a translation that drops, adds and changes arguments")
    func mismatchedArguments() throws {
        let source = try MessagePattern(parsing: "{name} has {count, plural, one {# ticket} other {# tickets}} for {event}")
        let translation = try MessagePattern(parsing: "{name} má {count} lístků na {venue}")
        #expect(translation.mismatches(comparedWith: source) == [
            "argument 'count' is a plural in the source but plain text {count} in the translation",
            "argument 'event' is missing; the source uses it as plain text {event}",
            "argument 'venue' (plain text {venue}) is not in the source",
        ])
    }

    @Test("a select case the source does not have")
    func extraSelectKey() throws {
        let source = try MessagePattern(parsing: "{g, select, female {sie} male {er} other {sie/er}}")
        let translation = try MessagePattern(parsing: "{g, select, female {ona} neuter {ono} other {oni}}")
        #expect(translation.mismatches(comparedWith: source) == [
            "select 'g' has case 'neuter', which the source does not have",
        ])
    }

    @Test("how often an argument occurs and which plural cases exist do not matter")
    func matchingArguments() throws {
        let source = try MessagePattern(parsing: "{n, plural, one {# day} other {# days}} from {date}")
        let translation = try MessagePattern(parsing: "{date}: {n, plural, one {# den} few {# dny} many {# dne} other {# dní}} ({date})")
        #expect(translation.mismatches(comparedWith: source).isEmpty)
        #expect(source.mismatches(comparedWith: source).isEmpty)
    }

    @Test("a select in the source written as plain text")
    func selectAsPlainText() throws {
        let source = try MessagePattern(parsing: "{g, select, other {x}}")
        let translation = try MessagePattern(parsing: "{g}")
        #expect(translation.mismatches(comparedWith: source) == [
            "argument 'g' is a select in the source but plain text {g} in the translation",
        ])
    }

    // MARK: Plural findings

    @Test("a category the language does not have is an error")
    func extraCategory() throws {
        let pattern = try MessagePattern(parsing: "{n, plural, one {# Tag} few {# Tage} other {# Tage}}")
        #expect(pattern.pluralFindings(for: try PluralRules(language: "de")) == [
            PluralFinding(
                severity: .error, argument: "n", category: .few,
                message: "plural 'n' has a 'few' case, but 'de' only has one, other"
            ),
        ])
    }

    @Test("a category the language needs but the plural lacks is a warning")
    func missingCategory() throws {
        let pattern = try MessagePattern(parsing: "{n, plural, =0 {žádný den} one {# den} other {# dní}}")
        let findings = pattern.pluralFindings(for: try PluralRules(language: "cs"))
        #expect(findings == [
            PluralFinding(
                severity: .warning, argument: "n", category: .few,
                message: "plural 'n' lacks a 'few' case, which 'cs' needs (it has one, few, many, other)"
            ),
            PluralFinding(
                severity: .warning, argument: "n", category: .many,
                message: "plural 'n' lacks a 'many' case, which 'cs' needs (it has one, few, many, other)"
            ),
        ])
    }

    @Test("a complete plural has no findings; exact cases never do")
    func completePlural() throws {
        let pattern = try MessagePattern(parsing: "{n, plural, =0 {0} =1 {1} =17 {17} one {o} few {f} many {m} other {x}}")
        #expect(pattern.pluralFindings(for: try PluralRules(language: "cs")).isEmpty)
        #expect(pattern.pluralFindings(for: try PluralRules(language: "pl")).isEmpty)
    }

    @Test("a category meant as one number suggests the exact case")
    func exactHint() throws {
        let pattern = try MessagePattern(parsing: "{n, plural, zero {none} one {#} other {#}}")
        #expect(pattern.pluralFindings(for: try PluralRules(language: "en")).map(\.message) == [
            "plural 'n' has a 'zero' case, but 'en' only has one, other; use '=0' for exactly zero",
        ])
    }

    @Test("every plural is checked, each distinct finding once, errors before warnings")
    func nestedPlurals() throws {
        let pattern = try MessagePattern(parsing: """
            {g, select, female {{n, plural, one {a} other {b}}} other {{n, plural, one {a} other {b}}}} \
            {m, plural, two {c} other {d}}
            """)
        let findings = pattern.pluralFindings(for: try PluralRules(language: "ru"))
        #expect(findings.map(\.severity) == [.warning, .warning, .error, .warning, .warning, .warning])
        #expect(findings.map(\.argument) == ["n", "n", "m", "m", "m", "m"])
        #expect(findings.map(\.category) == [.few, .many, .two, .one, .few, .many])
    }

    // MARK: Placeholders

    @Test("placeholders are every {name} and #, in text order, with their exact text")
    func placeholders() throws {
        let text = "Dne {date} volí {count, plural, one {# občan} few {# občané} other {# občanů}} v { place }."
        let pattern = try MessagePattern(parsing: text)
        let placeholders = pattern.placeholders
        #expect(placeholders.map(\.kind) == [
            .argument("date"),
            .pluralNumber(argument: "count"),
            .pluralNumber(argument: "count"),
            .pluralNumber(argument: "count"),
            .argument("place"),
        ])
        #expect(placeholders.map(\.text) == ["{date}", "#", "#", "#", "{ place }"])
        for placeholder in placeholders {
            #expect(String(text[placeholder.range]) == placeholder.text)
        }
        #expect(zip(placeholders, placeholders.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
    }

    @Test("replacing placeholders by their ranges rebuilds the text around them")
    func placeholderRoundTrip() throws {
        let text = "«{name}» a ’{n, plural, one {# hlas} other {# hlasů} }’ 👍🏽"
        let pattern = try MessagePattern(parsing: text)
        var rebuilt = ""
        var position = text.startIndex
        for placeholder in pattern.placeholders {
            rebuilt += text[position..<placeholder.range.lowerBound]
            rebuilt += "<ph>\(placeholder.text)</ph>"
            position = placeholder.range.upperBound
        }
        rebuilt += text[position...]
        #expect(rebuilt == "«<ph>{name}</ph>» a ’{n, plural, one {<ph>#</ph> hlas} other {<ph>#</ph> hlasů} }’ 👍🏽")
    }
}
