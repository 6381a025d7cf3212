/// A message in ICU MessageFormat syntax, parsed once and then checked or formatted.
///
/// Translators know this syntax from Crowdin, Phrase and Weblate, so campaign
/// texts use it for anything that varies: `{name}` arguments, plurals and selects.
/// Apostrophes follow ICU's default mode (DOUBLE_OPTIONAL): `''` is one apostrophe,
/// and a single `'` only starts quoted text before `{`, `}` or, inside a plural
/// case, `#`. Elsewhere it is an ordinary apostrophe, so "l'Union européenne"
/// needs no escaping.
///
/// Compared with ICU, parsing is stricter where a mistake is the likely cause:
/// an unmatched `}` and quoted text that never closes are errors, as are
/// duplicate cases. Only simple, `plural` and `select` arguments are supported.
///
/// Two patterns are equal when their texts are equal.
public struct MessagePattern: Hashable, Sendable {
    /// The message exactly as written; all ranges point into it.
    public let text: String
    /// The parsed message, in text order.
    public let parts: [MessagePart]

    /// Parses `text`; a text without braces or apostrophes becomes one literal without further work.
    /// - Throws: `MessageFormatError` locating the first syntax error.
    public init(parsing text: String) throws(MessageFormatError) {
        self.text = text
        if text.isEmpty {
            parts = []
        } else if Self.isPlainText(text) {
            parts = [.literal(text)]
        } else {
            var parser = MessagePatternParser(text: text)
            parts = try parser.parse()
        }
    }

    public static func == (lhs: MessagePattern, rhs: MessagePattern) -> Bool {
        lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }

    private static func isPlainText(_ text: String) -> Bool {
        !text.utf8.contains { byte in
            byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "'")
        }
    }
}
