import Localization
import Testing

/// A message that must not parse, with the error it must give.
struct InvalidMessage: CustomTestStringConvertible, Sendable {
    let text: String
    let message: String
    let line: Int
    let column: Int
    let offset: Int

    var testDescription: String {
        text
    }

    static let all: [InvalidMessage] = [
        InvalidMessage(text: "Hello {name", message: "unclosed '{' of argument 'name'", line: 1, column: 7, offset: 6),
        InvalidMessage(
            text: "{count, plural, one {# item}}",
            message: "a plural must have an 'other' case, and 'count' has none", line: 1, column: 1, offset: 0
        ),
        InvalidMessage(
            text: "{count, plural, several {x} other {y}}",
            message: "unknown plural category 'several' (use zero, one, two, few, many, other or =N)",
            line: 1, column: 17, offset: 16
        ),
        InvalidMessage(
            text: "Wahl\nam {when, date}",
            message: "argument type 'date' is not supported (use plural or select)", line: 2, column: 11, offset: 15
        ),
        InvalidMessage(
            text: "{n, selectordinal, one {#st} other {#th}}",
            message: "argument type 'selectordinal' is not supported (use plural or select)", line: 1, column: 5, offset: 4
        ),
        InvalidMessage(
            text: "{n, plural, one {a} one {b} other {c}}",
            message: "duplicate case 'one' in plural 'n'", line: 1, column: 21, offset: 20
        ),
        InvalidMessage(
            text: "{n, plural, =1 {a} =1 {b} other {c}}",
            message: "duplicate case '=1' in plural 'n'", line: 1, column: 20, offset: 19
        ),
        InvalidMessage(
            text: "{g, select, f {a} f {b} other {c}}",
            message: "duplicate case 'f' in select 'g'", line: 1, column: 19, offset: 18
        ),
        InvalidMessage(
            text: "{g, select, male {er}}",
            message: "a select must have an 'other' case, and 'g' has none", line: 1, column: 1, offset: 0
        ),
        InvalidMessage(
            text: "# {#}",
            message: "'#' is not an argument name; write # without braces inside a plural case",
            line: 1, column: 4, offset: 3
        ),
        InvalidMessage(
            text: "{0} votes",
            message: "numbered argument {0} is not supported; use a name such as {count}", line: 1, column: 1, offset: 0
        ),
        InvalidMessage(text: "{}", message: "an argument needs a name, such as {count}", line: 1, column: 2, offset: 1),
        InvalidMessage(
            text: "a {!} b",
            message: "expected an argument name after '{', found '!' (to show a brace, quote it: '{')",
            line: 1, column: 4, offset: 3
        ),
        InvalidMessage(
            text: "end {", message: "unclosed '{' (to show a brace, quote it: '{')", line: 1, column: 5, offset: 4
        ),
        InvalidMessage(
            text: "{name}} x", message: "unmatched '}' (to show a brace, quote it: '}')", line: 1, column: 7, offset: 6
        ),
        InvalidMessage(
            text: "{name more}",
            message: "unexpected 'm' in argument 'name'; expected ',' or '}'", line: 1, column: 7, offset: 6
        ),
        InvalidMessage(
            text: "{n, plural one {a} other {b}}",
            message: "expected ',' and cases after 'plural' in argument 'n'", line: 1, column: 12, offset: 11
        ),
        InvalidMessage(
            text: "{n, }", message: "expected an argument type (plural or select) after 'n,'", line: 1, column: 5, offset: 4
        ),
        InvalidMessage(
            text: "{n, plural, other {x}", message: "unclosed '{' of argument 'n'", line: 1, column: 1, offset: 0
        ),
        InvalidMessage(
            text: "{n, plural, other {x",
            message: "unclosed '{' of case 'other' in argument 'n'", line: 1, column: 19, offset: 18
        ),
        InvalidMessage(
            text: "{n, plural, one x}",
            message: "expected '{' after case 'one' of argument 'n', found 'x'", line: 1, column: 17, offset: 16
        ),
        InvalidMessage(
            text: "{n, plural, =x {a} other {b}}",
            message: "expected a whole number after '='", line: 1, column: 14, offset: 13
        ),
        InvalidMessage(
            text: "{n, plural, =99999999999999999999 {a} other {b}}",
            message: "the number after '=' is too large", line: 1, column: 14, offset: 13
        ),
        InvalidMessage(
            text: "{n, plural, other {x} offset:1}",
            message: "'offset:' must come once, before the first case of plural 'n'", line: 1, column: 23, offset: 22
        ),
        InvalidMessage(
            text: "{n, plural, * {x} other {y}}",
            message: "expected a plural case such as 'one', 'other' or '=0' in plural 'n', found '*'",
            line: 1, column: 13, offset: 12
        ),
        InvalidMessage(
            text: "{g, select, =1 {x} other {y}}",
            message: "expected a select case such as 'other' in select 'g', found '='", line: 1, column: 13, offset: 12
        ),
        InvalidMessage(
            text: "{x, plural, other {#}} {x, select, other {y}}",
            message: "argument 'x' is used both as a plural and as a select", line: 1, column: 24, offset: 23
        ),
        InvalidMessage(
            text: "Bienvenue d'{name}",
            message: "this apostrophe starts quoted text that never ends, because ICU reads '{ as quoting; "
                + "for an apostrophe before an argument write '' (d''{name}) or use ’",
            line: 1, column: 12, offset: 11
        ),
        InvalidMessage(
            text: "{n, plural, other {'# }}",
            message: "this apostrophe starts quoted text that never ends, because ICU reads '# as quoting; "
                + "for an apostrophe before an argument write '' (d''{name}) or use ’",
            line: 1, column: 20, offset: 19
        ),
        InvalidMessage(text: "a\r\nb {x", message: "unclosed '{' of argument 'x'", line: 2, column: 3, offset: 4),
        InvalidMessage(text: "a\rb\n\n  {x", message: "unclosed '{' of argument 'x'", line: 4, column: 3, offset: 7),
        InvalidMessage(text: "👋🏽 e\u{301} {x", message: "unclosed '{' of argument 'x'", line: 1, column: 5, offset: 4),
    ]
}

@Suite("Errors in ICU messages")
struct MessageFormatErrorTests {
    @Test("syntax errors say what is wrong and where", arguments: InvalidMessage.all)
    func syntaxError(_ invalid: InvalidMessage) {
        let expected = MessageFormatError(
            message: invalid.message, line: invalid.line, column: invalid.column, offset: invalid.offset
        )
        #expect(throws: expected) {
            try MessagePattern(parsing: invalid.text)
        }
    }

    @Test("the description leads with line and column")
    func description() {
        #expect {
            try MessagePattern(parsing: "x\n {count, plural, one {#}}")
        } throws: { error in
            (error as? MessageFormatError)?.description == "2:2: a plural must have an 'other' case, and 'count' has none"
        }
    }

    @Test("nesting is limited")
    func nestingLimit() throws {
        func nested(_ depth: Int) -> String {
            String(repeating: "{g, select, other {", count: depth) + "x" + String(repeating: "}}", count: depth)
        }
        _ = try MessagePattern(parsing: nested(32))
        #expect {
            try MessagePattern(parsing: nested(33))
        } throws: { error in
            (error as? MessageFormatError)?.message == "arguments are nested more than 32 levels deep"
        }
    }
}
