/// A syntax error in a message, or a value that does not fit it when formatting.
///
/// Messages live inside YAML strings, so the position is given relative to the
/// message text; the caller adds the string's own location to point at
/// `file:line:column`. Lines and columns count Characters (what an editor
/// shows as one character), and a line ends at `\n`, `\r\n` or `\r`.
public struct MessageFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A sentence describing the problem, quoting the offending name or character.
    public let message: String
    /// The 1-based line of the problem within the message text.
    public let line: Int
    /// The 1-based column of the problem within its line, in Characters.
    public let column: Int
    /// The number of Characters in the message text before the problem.
    public let offset: Int

    public init(message: String, line: Int, column: Int, offset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// An error located at `index` of `text`.
    init(_ message: String, at index: String.Index, in text: String) {
        var line = 1
        var column = 1
        var offset = 0
        for character in text[..<index] {
            offset += 1
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.init(message: message, line: line, column: column, offset: offset)
    }

    public var description: String {
        "\(line):\(column): \(message)"
    }
}
