import CLDRPlurals
import Localization
import Testing

@Suite("Formatting ICU messages")
struct MessageFormatTests {
    private func format(
        _ text: String, _ values: [String: MessageValue], locale: String, language: String? = nil
    ) throws -> String {
        try MessagePattern(parsing: text).format(
            values, locale: locale, rules: try PluralRules(language: language ?? locale)
        )
    }

    @Test("a text without arguments formats to itself")
    func plainText() throws {
        let text = "Votez le 9 juin pour l'Union européenne ! #EUelections"
        #expect(try format(text, [:], locale: "fr") == text)
        #expect(try format("", [:], locale: "fr") == "")
        #expect(try format("It''s '{'this'}'", [:], locale: "en") == "It's {this}")
    }

    @Test(
        "Arabic chooses all six forms",
        arguments: [
            (0, "لا توجد مقاعد"),
            (1, "مقعد واحد"),
            (2, "مقعدان"),
            (3, "٣ مقاعد"),
            (10, "١٠ مقاعد"),
            (103, "١٠٣ مقاعد"),
            (11, "١١ مقعدًا"),
            (99, "٩٩ مقعدًا"),
            (100, "١٠٠ مقعد"),
            (1000, "١٬٠٠٠ مقعد"),
        ]
    )
    func arabic(count: Int, expected: String) throws {
        let text = "{count, plural, zero {لا توجد مقاعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدًا} other {# مقعد}}"
        #expect(try format(text, ["count": .number(count)], locale: "ar-EG", language: "ar") == expected)
    }

    @Test("digits come from the locale's CLDR data, not from the language")
    func localeDigits() throws {
        let text = "{count, plural, other {# مقعد}}"
        #expect(try format(text, ["count": .number(1000)], locale: "ar-EG", language: "ar") == "١٬٠٠٠ مقعد")
        #expect(try format(text, ["count": .number(1000)], locale: "ar-MA", language: "ar") == "1.000 مقعد")
    }

    @Test(
        "Czech",
        arguments: [(1, "1 den"), (2, "2 dny"), (4, "4 dny"), (5, "5 dní"), (0, "0 dní"), (22, "22 dní"), (1000, "1\u{A0}000 dní")]
    )
    func czech(count: Int, expected: String) throws {
        let text = "{n, plural, one {# den} few {# dny} many {# dne} other {# dní}}"
        #expect(try format(text, ["n": .number(count)], locale: "cs") == expected)
    }

    @Test(
        "Polish",
        arguments: [(1, "1 plik"), (2, "2 pliki"), (5, "5 plików"), (12, "12 plików"), (22, "22 pliki"), (112, "112 plików"), (0, "0 plików")]
    )
    func polish(count: Int, expected: String) throws {
        let text = "{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}"
        #expect(try format(text, ["n": .number(count)], locale: "pl") == expected)
    }

    @Test(
        "Russian",
        arguments: [(1, "1 голос"), (21, "21 голос"), (3, "3 голоса"), (24, "24 голоса"), (5, "5 голосов"), (11, "11 голосов"), (111, "111 голосов")]
    )
    func russian(count: Int, expected: String) throws {
        let text = "{n, plural, one {# голос} few {# голоса} many {# голосов} other {# голоса}}"
        #expect(try format(text, ["n": .number(count)], locale: "ru") == expected)
    }

    @Test(
        "exact cases match the number before the offset; categories and # use it after",
        arguments: [(0, "nikdo"), (1, "jen vy"), (2, "vy a 1 další"), (4, "vy a 3 další"), (5, "vy a 4 další"), (7, "vy a 6 dalších")]
    )
    func offset(count: Int, expected: String) throws {
        let text = "{n, plural, offset:1 =0 {nikdo} =1 {jen vy} one {vy a # další} few {vy a # další} other {vy a # dalších}}"
        #expect(try format(text, ["n": .number(count)], locale: "cs") == expected)
    }

    @Test("an exact case wins over the category")
    func exactBeforeCategory() throws {
        let text = "{n, plural, one {# item} =1 {a single item} other {# items}}"
        #expect(try format(text, ["n": .number(1)], locale: "en") == "a single item")
        #expect(try format(text, ["n": .number(2)], locale: "en") == "2 items")
    }

    @Test("a missing category falls back to other")
    func otherFallback() throws {
        let text = "{n, plural, one {# den} other {# dní}}"
        #expect(try format(text, ["n": .number(3)], locale: "cs") == "3 dní")
    }

    @Test("select chooses the key or other, and nests plurals")
    func select() throws {
        let text = """
            {gender, select, female {{count, plural, one {Sie hat # Brief} other {Sie hat # Briefe}}} \
            other {{name} hat {count, plural, one {# Brief} other {# Briefe}}}}
            """
        #expect(try format(text, ["gender": .text("female"), "count": .number(1)], locale: "de") == "Sie hat 1 Brief")
        #expect(
            try format(text, ["gender": .text("x"), "count": .number(2000), "name": .text("Kim")], locale: "de")
                == "Kim hat 2.000 Briefe"
        )
    }

    @Test("'#' in a select nested in a plural prints as written, as in ICU")
    func poundInNestedSelect() throws {
        let text = "{n, plural, other {# / {g, select, other {#}}}}"
        #expect(try format(text, ["n": .number(3), "g": .text("x")], locale: "en") == "3 / #")
    }

    @Test("a number given to a simple argument prints with the locale's digits")
    func simpleNumber() throws {
        #expect(try format("{n} / {t}", ["n": .number(1_234_567), "t": .text("1234567")], locale: "en") == "1,234,567 / 1234567")
        #expect(try format("{n}", ["n": .number(25_000)], locale: "ar-EG", language: "ar") == "٢٥٬٠٠٠")
    }

    @Test("quoted text and apostrophes format as ICU does")
    func apostrophes() throws {
        let text = "l'{place}, {n, plural, other {'#' n° #}} it''s '{'"
        #expect(throws: MessageFormatError.self) {
            try MessagePattern(parsing: text)
        }
        let fixed = "l''{place}, {n, plural, other {'#' n° #}} it''s '{'"
        #expect(try format(fixed, ["place": .text("UE"), "n": .number(7)], locale: "fr") == "l'UE, # n° 7 it's {")
    }

    @Test("a missing value is an error at its argument")
    func missingValue() throws {
        let pattern = try MessagePattern(parsing: "Hi {name},\nyou have {count, plural, one {# vote} other {# votes}}")
        #expect(throws: MessageFormatError(message: "no value for argument 'count'", line: 2, column: 10, offset: 20)) {
            try pattern.format(["name": .text("Ana")], locale: "en", rules: try PluralRules(language: "en"))
        }
        #expect(throws: MessageFormatError(message: "no value for argument 'name'", line: 1, column: 4, offset: 3)) {
            try pattern.format([:], locale: "en", rules: try PluralRules(language: "en"))
        }
    }

    @Test("values of the wrong kind are errors")
    func wrongKinds() throws {
        let rules = try PluralRules(language: "en")
        let plural = try MessagePattern(parsing: "{n, plural, other {#}}")
        #expect(throws: MessageFormatError(
            message: "argument 'n' is a plural and needs a number, not text", line: 1, column: 1, offset: 0
        )) {
            try plural.format(["n": .text("3")], locale: "en", rules: rules)
        }
        let select = try MessagePattern(parsing: "x {g, select, other {y}}")
        #expect(throws: MessageFormatError(
            message: "argument 'g' is a select and needs text, not a number", line: 1, column: 3, offset: 2
        )) {
            try select.format(["g": .number(1)], locale: "en", rules: rules)
        }
    }

    @Test("an offset that would overflow is an error")
    func offsetOverflow() throws {
        let pattern = try MessagePattern(parsing: "{n, plural, offset:2 other {#}}")
        #expect(throws: MessageFormatError.self) {
            try pattern.format(["n": .number(Int.min)], locale: "en", rules: try PluralRules(language: "en"))
        }
    }
}
