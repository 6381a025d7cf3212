/// What a text slot shows: literal text and `{name}` references to messages (`{headline}`) and
/// national data (`{victim-support-number}`), as the template's `data-text` writes it.
public struct DataText: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        case literal(String)
        case reference(String)
    }

    public let parts: [Part]

    /// The names referenced, in order.
    public var references: [String] {
        parts.compactMap { if case .reference(let name) = $0 { name } else { nil } }
    }

    /// Parses `{headline}` or `{helpline-label}: {victim-support-number}`. `{{` and `}}` stand for
    /// literal braces.
    public init(parsing text: String) throws(TemplateError) {
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{", next < text.endIndex, text[next] == "{" {
                literal.append("{")
                index = text.index(after: next)
            } else if character == "}", next < text.endIndex, text[next] == "}" {
                literal.append("}")
                index = text.index(after: next)
            } else if character == "{" {
                guard let close = text[next...].firstIndex(of: "}") else {
                    throw TemplateError("'{' without a closing '}' in '\(text)'")
                }
                let name = String(text[next..<close])
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                    throw TemplateError("'{\(name)}' is not a message or data name")
                }
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.reference(name))
                index = text.index(after: close)
            } else if character == "}" {
                throw TemplateError("'}' without an opening '{' in '\(text)'")
            } else {
                literal.append(character)
                index = next
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// The text with each reference replaced by `value(name)`.
    public func resolved(_ value: (String) -> String) -> String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .reference(let name): value(name)
            }
        }.joined()
    }
}

/// A mistake in a template; the loader attaches the file and line.
public struct TemplateError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
