import Diagnostics

/// The lines of a file's text, for turning a line that a parser reports into a line and column
/// that point at an element or entry.
struct SourceText {
    let path: String
    private let lines: [Substring]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.lines = String(decoding: bytes, as: UTF8.self)
            .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// Where `<name` first starts on `line` (or the line's start when it is not found there).
    func location(ofTag name: String, line: Int) -> SourceLocation {
        location(of: "<" + name, line: line)
    }

    /// Where `needle` first starts on `line`, counting columns in characters.
    func location(of needle: String, line: Int) -> SourceLocation {
        guard line >= 1, line <= lines.count, let range = lines[line - 1].range(of: needle) else {
            return SourceLocation(file: path, line: max(line, 1), column: 1)
        }
        let column = lines[line - 1].distance(from: lines[line - 1].startIndex, to: range.lowerBound) + 1
        return SourceLocation(file: path, line: line, column: column)
    }

    /// Where `needle` first appears in the file (line 1 when it does not).
    func location(ofFirst needle: String) -> SourceLocation {
        let line = lines.firstIndex { $0.contains(needle) }.map { $0 + 1 } ?? 1
        return location(of: needle, line: line)
    }
}
