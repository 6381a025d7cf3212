/// Rows of text set in aligned columns for a terminal, as `campaign list`, `campaign strings
/// status` and `campaign schedule` print them: two spaces between columns, an optional header
/// underlined with dashes, no spaces at the ends of lines.
public struct TextTable {
    public var header: [String]?
    public var rows: [[String]]
    /// The columns whose cells line up on the right (numbers); the rest line up on the left.
    public var rightAligned: Set<Int>

    public init(header: [String]? = nil, rows: [[String]], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// Each line of the table, `indent` spaces in.
    public func lines(indent: Int = 0) -> [String] {
        let all = (header.map { [$0] } ?? []) + rows
        guard let columns = all.map(\.count).max() else { return [] }
        let widths = (0..<columns).map { column in all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = String(repeating: " ", count: indent) + cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines: [String] = []
        if let header { lines += [line(header), line(widths.map { String(repeating: "-", count: $0) })] }
        return lines + rows.map(line)
    }

    /// The table as text, each line ending in a newline.
    public var text: String { lines().map { $0 + "\n" }.joined() }
}
