import CLDRPlurals

/// Turns ICU MessageFormat text into `MessagePart`s, reporting the first error with its position.
///
/// The parser reads Unicode scalars, as ICU reads code points, so every syntax
/// character is a single ASCII scalar and indices stay valid in the original text.
struct MessagePatternParser {
    /// What the message being read is nested in; decides what `#` and `}` mean.
    private enum Container: Equatable {
        case topLevel
        case pluralCase(argument: String)
        case selectCase

        /// Inside a plural case `#` is the number, so `'#` starts quoted text there.
        var quotesPound: Bool {
            if case .pluralCase = self { true } else { false }
        }
    }

    /// Deeper nesting is certainly a mistake and would only risk exhausting the stack.
    private static let maximumNesting = 32

    private let text: String
    private let scalars: String.UnicodeScalarView
    private var position: String.Index
    /// Whether each plural or select argument seen so far is a plural, to reject using one name as both.
    private var choiceArguments: [String: Bool] = [:]

    init(text: String) {
        self.text = text
        scalars = text.unicodeScalars
        position = scalars.startIndex
    }

    mutating func parse() throws(MessageFormatError) -> [MessagePart] {
        try parseMessage(in: .topLevel, nesting: 0)
    }

    // MARK: Messages

    /// Reads parts until the end of the text or an unquoted `}` that closes the container, which is left unread.
    private mutating func parseMessage(in container: Container, nesting: Int) throws(MessageFormatError) -> [MessagePart] {
        var parts: [MessagePart] = []
        var literal = ""
        func flushLiteral() {
            if !literal.isEmpty {
                parts.append(.literal(literal))
                literal = ""
            }
        }
        while let scalar = current {
            switch scalar {
            case "'":
                try readApostrophe(into: &literal, in: container)
            case "{":
                flushLiteral()
                parts.append(try parseArgument(nesting: nesting + 1))
            case "}":
                guard container != .topLevel else {
                    throw error("unmatched '}' (to show a brace, quote it: '}')")
                }
                flushLiteral()
                return parts
            case "#":
                guard case .pluralCase(let argument) = container else {
                    literal.unicodeScalars.append(scalar)
                    advance()
                    continue
                }
                flushLiteral()
                let start = position
                advance()
                parts.append(.pluralNumber(argument: argument, range: start..<position))
            default:
                literal.unicodeScalars.append(scalar)
                advance()
            }
        }
        flushLiteral()
        return parts
    }

    /// Applies ICU's DOUBLE_OPTIONAL apostrophe rules at an apostrophe.
    private mutating func readApostrophe(into literal: inout String, in container: Container) throws(MessageFormatError) {
        let start = position
        advance()
        guard let next = current else {
            literal.append("'")
            return
        }
        if next == "'" {
            literal.append("'")
            advance()
            return
        }
        guard next == "{" || next == "}" || (next == "#" && container.quotesPound) else {
            literal.append("'")
            return
        }
        while let scalar = current {
            advance()
            guard scalar == "'" else {
                literal.unicodeScalars.append(scalar)
                continue
            }
            guard current == "'" else {
                return
            }
            literal.append("'")
            advance()
        }
        throw MessageFormatError(
            "this apostrophe starts quoted text that never ends, because ICU reads '\(Character(next)) as quoting; "
                + "for an apostrophe before an argument write '' (d''{name}) or use ’",
            at: start, in: text
        )
    }

    // MARK: Arguments

    private mutating func parseArgument(nesting: Int) throws(MessageFormatError) -> MessagePart {
        let start = position
        guard nesting <= Self.maximumNesting else {
            throw error("arguments are nested more than \(Self.maximumNesting) levels deep")
        }
        advance()
        skipWhitespace()
        let name = try parseArgumentName(openedAt: start)
        skipWhitespace()
        switch current {
        case nil:
            throw unclosedArgument(name, openedAt: start)
        case "}"?:
            advance()
            return .argument(name, range: start..<position)
        case ","?:
            advance()
        case let scalar?:
            throw error("unexpected '\(Character(scalar))' in argument '\(name)'; expected ',' or '}'")
        }
        skipWhitespace()
        let typeStart = position
        let type = readToken()
        guard !type.isEmpty else {
            if current == nil {
                throw unclosedArgument(name, openedAt: start)
            }
            throw error("expected an argument type (plural or select) after '\(name),'")
        }
        switch type {
        case "plural":
            try recordChoice(name, isPlural: true, at: start)
            return .plural(try parsePlural(name, openedAt: start, nesting: nesting))
        case "select":
            try recordChoice(name, isPlural: false, at: start)
            return .select(try parseSelect(name, openedAt: start, nesting: nesting))
        default:
            throw MessageFormatError(
                "argument type '\(type)' is not supported (use plural or select)", at: typeStart, in: text
            )
        }
    }

    private mutating func parseArgumentName(openedAt start: String.Index) throws(MessageFormatError) -> String {
        guard let first = current else {
            throw MessageFormatError("unclosed '{' (to show a brace, quote it: '{')", at: start, in: text)
        }
        if first == "}" {
            throw error("an argument needs a name, such as {count}")
        }
        if first == "#" {
            throw error("'#' is not an argument name; write # without braces inside a plural case")
        }
        if Self.isDigit(first) {
            let number = readToken()
            throw MessageFormatError(
                "numbered argument {\(number)} is not supported; use a name such as {count}", at: start, in: text
            )
        }
        guard Self.isLetter(first) else {
            throw error(
                "expected an argument name after '{', found '\(Character(first))' (to show a brace, quote it: '{')"
            )
        }
        return readToken()
    }

    private mutating func recordChoice(_ name: String, isPlural: Bool, at start: String.Index) throws(MessageFormatError) {
        if let wasPlural = choiceArguments[name], wasPlural != isPlural {
            throw MessageFormatError(
                "argument '\(name)' is used both as a plural and as a select", at: start, in: text
            )
        }
        choiceArguments[name] = isPlural
    }

    // MARK: Plural and select

    private mutating func parsePlural(_ name: String, openedAt start: String.Index, nesting: Int) throws(MessageFormatError) -> MessagePlural {
        try expectComma(after: "plural", in: name, openedAt: start)
        var offset = 0
        var hasOffset = false
        var cases: [MessagePluralCase] = []
        var selectors: Set<MessagePluralSelector> = []
        while true {
            skipWhitespace()
            guard let scalar = current else {
                throw unclosedArgument(name, openedAt: start)
            }
            if scalar == "}" {
                advance()
                break
            }
            let selectorStart = position
            let selector: MessagePluralSelector
            if scalar == "=" {
                advance()
                selector = .exact(try parseInteger(allowingSign: true, after: "="))
            } else if Self.isNameCharacter(scalar) {
                let keyword = readToken()
                if keyword == "offset", current == ":" {
                    guard cases.isEmpty, !hasOffset else {
                        throw MessageFormatError(
                            "'offset:' must come once, before the first case of plural '\(name)'", at: selectorStart, in: text
                        )
                    }
                    advance()
                    skipWhitespace()
                    offset = try parseInteger(allowingSign: false, after: "offset:")
                    hasOffset = true
                    continue
                }
                guard let category = PluralCategory(rawValue: keyword) else {
                    throw MessageFormatError(
                        "unknown plural category '\(keyword)' (use zero, one, two, few, many, other or =N)",
                        at: selectorStart, in: text
                    )
                }
                selector = .category(category)
            } else {
                throw error(
                    "expected a plural case such as 'one', 'other' or '=0' in plural '\(name)', found '\(Character(scalar))'"
                )
            }
            let label = Self.label(of: selector)
            guard selectors.insert(selector).inserted else {
                throw MessageFormatError("duplicate case '\(label)' in plural '\(name)'", at: selectorStart, in: text)
            }
            let message = try parseCaseMessage(label, of: name, openedAt: start, in: .pluralCase(argument: name), nesting: nesting)
            cases.append(MessagePluralCase(selector: selector, message: message))
        }
        guard selectors.contains(.category(.other)) else {
            throw MessageFormatError(
                "a plural must have an 'other' case, and '\(name)' has none", at: start, in: text
            )
        }
        return MessagePlural(argument: name, offset: offset, cases: cases, range: start..<position)
    }

    private mutating func parseSelect(_ name: String, openedAt start: String.Index, nesting: Int) throws(MessageFormatError) -> MessageSelect {
        try expectComma(after: "select", in: name, openedAt: start)
        var cases: [MessageSelectCase] = []
        var keys: Set<String> = []
        while true {
            skipWhitespace()
            guard let scalar = current else {
                throw unclosedArgument(name, openedAt: start)
            }
            if scalar == "}" {
                advance()
                break
            }
            guard Self.isNameCharacter(scalar) else {
                throw error(
                    "expected a select case such as 'other' in select '\(name)', found '\(Character(scalar))'"
                )
            }
            let keyStart = position
            let key = readToken()
            guard keys.insert(key).inserted else {
                throw MessageFormatError("duplicate case '\(key)' in select '\(name)'", at: keyStart, in: text)
            }
            let message = try parseCaseMessage(key, of: name, openedAt: start, in: .selectCase, nesting: nesting)
            cases.append(MessageSelectCase(key: key, message: message))
        }
        guard keys.contains("other") else {
            throw MessageFormatError(
                "a select must have an 'other' case, and '\(name)' has none", at: start, in: text
            )
        }
        return MessageSelect(argument: name, cases: cases, range: start..<position)
    }

    private mutating func expectComma(after type: String, in name: String, openedAt start: String.Index) throws(MessageFormatError) {
        skipWhitespace()
        switch current {
        case nil:
            throw unclosedArgument(name, openedAt: start)
        case ","?:
            advance()
        default:
            throw error("expected ',' and cases after '\(type)' in argument '\(name)'")
        }
    }

    /// Reads `{message}` of one case, after optional whitespace.
    private mutating func parseCaseMessage(
        _ label: String, of name: String, openedAt argumentStart: String.Index, in container: Container, nesting: Int
    ) throws(MessageFormatError) -> [MessagePart] {
        skipWhitespace()
        guard let scalar = current else {
            throw unclosedArgument(name, openedAt: argumentStart)
        }
        guard scalar == "{" else {
            throw error("expected '{' after case '\(label)' of argument '\(name)', found '\(Character(scalar))'")
        }
        let open = position
        advance()
        let message = try parseMessage(in: container, nesting: nesting)
        guard current == "}" else {
            throw MessageFormatError("unclosed '{' of case '\(label)' in argument '\(name)'", at: open, in: text)
        }
        advance()
        return message
    }

    private mutating func parseInteger(allowingSign: Bool, after prefix: String) throws(MessageFormatError) -> Int {
        let start = position
        let negative = allowingSign && current == "-"
        if negative {
            advance()
        }
        var value = 0
        var digits = 0
        while let scalar = current, Self.isDigit(scalar) {
            let digit = Int(scalar.value - 0x30)
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(digit)
            guard !overflowShift, !overflowAdd else {
                throw MessageFormatError("the number after '\(prefix)' is too large", at: start, in: text)
            }
            value = sum
            digits += 1
            advance()
        }
        guard digits > 0 else {
            throw MessageFormatError("expected a whole number after '\(prefix)'", at: start, in: text)
        }
        return negative ? -value : value
    }

    // MARK: Scanning

    private var current: Unicode.Scalar? {
        position < scalars.endIndex ? scalars[position] : nil
    }

    private mutating func advance() {
        scalars.formIndex(after: &position)
    }

    private mutating func skipWhitespace() {
        while let scalar = current, scalar.properties.isPatternWhitespace {
            advance()
        }
    }

    /// Reads letters, digits, `_` and `-`: argument names, types, keywords and select keys.
    private mutating func readToken() -> String {
        let start = position
        while let scalar = current, Self.isNameCharacter(scalar) {
            advance()
        }
        return String(scalars[start..<position])
    }

    private func error(_ message: String) -> MessageFormatError {
        MessageFormatError(message, at: position, in: text)
    }

    private func unclosedArgument(_ name: String, openedAt start: String.Index) -> MessageFormatError {
        MessageFormatError("unclosed '{' of argument '\(name)'", at: start, in: text)
    }

    private static func label(of selector: MessagePluralSelector) -> String {
        switch selector {
        case .exact(let number): "=\(number)"
        case .category(let category): category.rawValue
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if isLetter(scalar) || isDigit(scalar) || scalar == "_" || scalar == "-" {
            return true
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }
}
