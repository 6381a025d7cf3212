/// What can go wrong laying out text.
public enum TextLayoutError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The font configuration could not be loaded.
    case fontConfiguration(path: String, reason: String)
    /// No available font has a glyph for these characters.
    case missingGlyphs([Unicode.Scalar])
    /// The text is longer than any slot could hold; it is refused before it is laid out.
    case textTooLong(characters: Int, limit: Int)

    public var description: String {
        switch self {
        case let .fontConfiguration(path, reason):
            return "cannot load the font configuration \(path): \(reason)"
        case let .missingGlyphs(scalars):
            let list = scalars.map { scalar in
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "'\(scalar)' (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
            }
            return "no installed font has \(list.joined(separator: ", "))"
        case let .textTooLong(characters, limit):
            return "the text has \(characters) characters; a slot holds at most \(limit)"
        }
    }
}
