/// The quoting of gettext PO strings: C escapes inside double quotes, long texts split after
/// each newline as gettext's own tools write them.
enum POString {
    /// `keyword "text"`, or `keyword ""` followed by one quoted line per text line.
    static func field(_ keyword: String, _ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1 else { return "\(keyword) \(quoted(text))\n" }
        var result = "\(keyword) \"\"\n"
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            if isLast, line.isEmpty { break }
            result += quoted(String(line) + (isLast ? "" : "\n")) + "\n"
        }
        return result
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let octal = String(scalar.value, radix: 8)
                    result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Why a quoted string could not be read, with the column (in characters, 1-based) where
    /// the problem is.
    struct Problem: Error {
        let message: String
        let column: Int
    }

    /// The scalar at 0-based position `offset` of `line`, if any.
    private static func peek(_ line: Substring, _ offset: Int) -> Unicode.Scalar? {
        let scalars = line.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: offset, limitedBy: scalars.endIndex), index < scalars.endIndex
        else { return nil }
        return scalars[index]
    }

    /// The text of one quoted string that starts at `line[start]` (a `"`), and what follows it.
    static func unquote(_ line: Substring) throws(Problem) -> (text: String, rest: Substring) {
        var characters = line.unicodeScalars.makeIterator()
        guard characters.next() == "\"" else { throw Problem(message: "expected a quoted string", column: 1) }
        var text = String.UnicodeScalarView()
        var column = 1
        while let scalar = characters.next() {
            column += 1
            switch scalar {
            case "\"":
                let consumed = line.unicodeScalars.index(line.unicodeScalars.startIndex, offsetBy: column)
                return (String(text), Substring(line.unicodeScalars[consumed...]))
            case "\\":
                column += 1
                guard let escaped = characters.next() else { throw Problem(message: "a backslash ends the line", column: column) }
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "\\": text.append("\\")
                case "\"": text.append("\"")
                case "a": text.append("\u{07}")
                case "b": text.append("\u{08}")
                case "f": text.append("\u{0C}")
                case "v": text.append("\u{0B}")
                case "0"..."7":
                    var value = escaped.value - 48
                    var digits = 1
                    while digits < 3, let next = peek(line, column), ("0"..."7").contains(next) {
                        _ = characters.next()
                        column += 1
                        value = value * 8 + next.value - 48
                        digits += 1
                    }
                    text.append(Unicode.Scalar(value)!)
                default:
                    throw Problem(message: "unknown escape '\\\(escaped)'", column: column - 1)
                }
            default:
                text.append(scalar)
            }
        }
        throw Problem(message: "the string is not closed (missing '\"')", column: column + 1)
    }
}
