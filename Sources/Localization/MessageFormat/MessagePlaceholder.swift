/// One spot in a message's text that is replaced by a value: `{name}` or a plural's `#`.
///
/// Translation files (XLIFF) must protect these from translators as inline
/// codes (`<ph>`), so exporters need their exact text and location.
public struct MessagePlaceholder: Hashable, Sendable {
    /// Which value replaces the placeholder.
    public enum Kind: Hashable, Sendable {
        /// A simple argument `{name}`.
        case argument(String)
        /// A `#` in a case of the plural over the named argument.
        case pluralNumber(argument: String)
    }

    public let kind: Kind
    /// Where the placeholder is in `MessagePattern.text`.
    public let range: Range<String.Index>
    /// The placeholder exactly as written, such as `{key-date}`, `{ key-date }` or `#`.
    public let text: String

    public init(kind: Kind, range: Range<String.Index>, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }
}

extension MessagePattern {
    /// Every simple argument and plural `#` in the message, nested ones included, in text order.
    public var placeholders: [MessagePlaceholder] {
        var placeholders: [MessagePlaceholder] = []
        forEachPart { part in
            switch part {
            case .argument(let name, let range):
                placeholders.append(MessagePlaceholder(kind: .argument(name), range: range, text: code(at: range)))
            case .pluralNumber(let argument, let range):
                placeholders.append(
                    MessagePlaceholder(kind: .pluralNumber(argument: argument), range: range, text: code(at: range))
                )
            case .literal, .plural, .select:
                break
            }
        }
        return placeholders
    }

    private func code(at range: Range<String.Index>) -> String {
        String(text.unicodeScalars[range])
    }
}
