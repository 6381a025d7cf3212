import CLDRPlurals
import Localization
import Testing

@Suite("Parsing ICU messages")
struct MessagePatternParsingTests {
    @Test("a text without braces is one literal")
    func plainText() throws {
        let text = "Europawahl am 9. Juni – #EUelections 2024!"
        let pattern = try MessagePattern(parsing: text)
        #expect(pattern.parts == [.literal(text)])
        #expect(pattern.text == text)
        #expect(pattern.arguments.isEmpty)
        #expect(pattern.placeholders.isEmpty)
    }

    @Test("an empty text has no parts")
    func emptyText() throws {
        #expect(try MessagePattern(parsing: "").parts == [])
    }

    @Test(
        "apostrophes follow ICU's DOUBLE_OPTIONAL mode",
        arguments: [
            ("l'Union européenne", "l'Union européenne"),
            ("dell'UE e dell'Italia", "dell'UE e dell'Italia"),
            ("It''s", "It's"),
            ("x '' y", "x ' y"),
            ("'{name}' stays", "{name} stays"),
            ("a '}' b", "a } b"),
            ("'{a''b}'", "{a'b}"),
            ("ends with '", "ends with '"),
            ("'#1' in Europe", "'#1' in Europe"),
            ("a '| b", "a '| b"),
            ("quote '{' and '}' and l'UE", "quote { and } and l'UE"),
        ]
    )
    func apostrophes(text: String, literal: String) throws {
        #expect(try MessagePattern(parsing: text).parts == [.literal(literal)])
    }

    @Test("a typographic apostrophe is ordinary text")
    func typographicApostrophe() throws {
        let pattern = try MessagePattern(parsing: "l’{name}’s")
        #expect(pattern.arguments == [MessageArgument(name: "name", kind: .simple)])
        guard case .literal("l’") = pattern.parts.first, case .literal("’s") = pattern.parts.last else {
            Issue.record("unexpected parts \(pattern.parts)")
            return
        }
    }

    @Test("inside a plural case, '# quotes and # is the number")
    func poundInPlural() throws {
        let pattern = try MessagePattern(parsing: "{n, plural, other {'#' is #, a '| b}}")
        guard case .plural(let plural) = pattern.parts.first else {
            Issue.record("expected a plural, got \(pattern.parts)")
            return
        }
        let message = plural.cases[0].message
        #expect(message.count == 3)
        #expect(message.first == .literal("# is "))
        #expect(message.last == .literal(", a '| b"))
        guard case .pluralNumber(let argument, _) = message[1] else {
            Issue.record("expected '#', got \(message[1])")
            return
        }
        #expect(argument == "n")
    }

    @Test("'#' in a select, even one nested in a plural, is text (as in ICU)")
    func poundInSelect() throws {
        let pattern = try MessagePattern(parsing: "{n, plural, other {{g, select, other {'#' #}}}}")
        guard case .plural(let plural) = pattern.parts.first,
              case .select(let select) = plural.cases[0].message.first
        else {
            Issue.record("unexpected parts \(pattern.parts)")
            return
        }
        #expect(select.cases[0].message == [.literal("'#' #")])
        #expect(pattern.placeholders.isEmpty)
    }

    @Test("a plural nested inside a select")
    func nestedPlural() throws {
        let pattern = try MessagePattern(parsing: """
            {gender, select,
                female {{count, plural, one {Sie hat # Brief} other {Sie hat # Briefe}}}
                other {{count, plural, one {Er hat # Brief} other {Er hat # Briefe}}}
            }
            """)
        guard case .select(let select) = pattern.parts.first else {
            Issue.record("expected a select, got \(pattern.parts)")
            return
        }
        #expect(pattern.parts.count == 1)
        #expect(select.argument == "gender")
        #expect(select.cases.map(\.key) == ["female", "other"])
        for selectCase in select.cases {
            guard case .plural(let plural) = selectCase.message.first else {
                Issue.record("expected a plural in case \(selectCase.key)")
                continue
            }
            #expect(selectCase.message.count == 1)
            #expect(plural.argument == "count")
            #expect(plural.cases.map(\.selector) == [.category(.one), .category(.other)])
        }
        #expect(pattern.arguments == [
            MessageArgument(name: "count", kind: .plural),
            MessageArgument(name: "gender", kind: .select(["female", "other"])),
        ])
    }

    @Test("offset and exact cases")
    func offsetAndExactCases() throws {
        let pattern = try MessagePattern(parsing: "{n,plural,offset:1 =0{nobody}=-1{?} =1 {you} other{you and #}}")
        guard case .plural(let plural) = pattern.parts.first else {
            Issue.record("expected a plural, got \(pattern.parts)")
            return
        }
        #expect(plural.offset == 1)
        #expect(plural.cases.map(\.selector) == [.exact(0), .exact(-1), .exact(1), .category(.other)])
        #expect(plural.range == pattern.text.startIndex..<pattern.text.endIndex)
    }

    @Test("white space is allowed around names, keywords and cases")
    func whiteSpace() throws {
        let pattern = try MessagePattern(parsing: "{ count ,plural ,\n\tone {a}\r\n other {b} }")
        #expect(pattern.arguments == [MessageArgument(name: "count", kind: .plural)])
    }

    @Test("argument names may contain letters, digits, '_' and '-'")
    func argumentNames() throws {
        let pattern = try MessagePattern(parsing: "{first_name} {event-2} {počet}")
        #expect(pattern.arguments.map(\.name) == ["event-2", "first_name", "počet"])
    }

    @Test("patterns with the same text are equal")
    func equality() throws {
        let text = "{n, plural, one {#} other {#}}"
        #expect(try MessagePattern(parsing: text) == MessagePattern(parsing: text))
        #expect(try MessagePattern(parsing: text) != MessagePattern(parsing: "{n}"))
    }
}
