/// The translation status as a plain-text table for the terminal, one row per campaign and
/// locale, with the ids behind each number listed under the table.
public struct StatusTable {
    public let rows: [TranslationStatus]

    public init(rows: [TranslationStatus]) {
        self.rows = rows
    }

    public var text: String {
        let header = ["campaign", "locale", "translated", "missing", "stale", "overflowing", "reviewed"]
        let cells = rows.map { row in
            [
                row.campaign, row.locale.description,
                row.isSource ? "source" : "\(row.translated)/\(row.total)",
                String(row.missing.count), String(row.stale.count), String(row.overflowing.count),
                row.isSource ? "-" : String(row.reviewed),
            ]
        }
        let widths = header.indices.map { column in
            ([header] + cells).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        var text = line(header) + "\n"
        text += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { text += line(row) + "\n" }
        let details = rows.flatMap { row in
            [("missing", row.missing), ("stale", row.stale), ("overflowing", row.overflowing)]
                .filter { !$0.1.isEmpty }
                .map { "\(row.campaign) \(row.locale) \($0.0): \($0.1.joined(separator: ", "))" }
        }
        if !details.isEmpty { text += "\n" + details.joined(separator: "\n") + "\n" }
        return text
    }
}
