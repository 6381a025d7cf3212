import CampaignModel

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
        var text = TextTable(header: header, rows: cells, rightAligned: Set(2..<header.count)).text
        let details = rows.flatMap { row in
            [("missing", row.missing), ("stale", row.stale), ("overflowing", row.overflowing)]
                .filter { !$0.1.isEmpty }
                .map { "\(row.campaign) \(row.locale) \($0.0): \($0.1.joined(separator: ", "))" }
        }
        if !details.isEmpty { text += "\n" + details.joined(separator: "\n") + "\n" }
        return text
    }
}
