import Pages

/// The translation status as a page for coordinators (`Output/strings-status.html`): per
/// campaign a table of its locales, with what is missing, stale or overflowing named by id.
/// Its markup is `Assets/pages/strings-status.mustache`; this type gathers the values.
public struct StatusPage {
    public let rows: [TranslationStatus]
    public let pages: PageTemplates

    public init(rows: [TranslationStatus], pages: PageTemplates) {
        self.rows = rows
        self.pages = pages
    }

    public var html: String {
        var campaigns: [String] = []
        for row in rows where !campaigns.contains(row.campaign) { campaigns.append(row.campaign) }
        return pages.render(.stringsStatus, Values(campaigns: campaigns.map { campaign in
            Campaign(campaign: campaign, anchor: "campaign-" + campaign, rows: rows.filter { $0.campaign == campaign }.map(Row.init))
        }))
    }

    private struct Values {
        let campaigns: [Campaign]
    }

    private struct Campaign {
        let campaign: String
        /// The id of its heading.
        let anchor: String
        let rows: [Row]
    }

    private struct Row {
        let locale: String
        let isSource: Bool
        let isComplete: Bool
        let translated: Int
        let total: Int
        /// Missing, stale and overflowing, in the table's order.
        let counts: [Count]
        let reviewed: Int

        init(_ status: TranslationStatus) {
            locale = status.locale.description
            isSource = status.isSource
            isComplete = status.isComplete
            translated = status.translated
            total = status.total
            counts = [status.missing, status.stale, status.overflowing].map { Count(count: $0.count, ids: $0.isEmpty ? nil : $0.joined(separator: ", ")) }
            reviewed = status.reviewed
        }
    }

    private struct Count {
        let count: Int
        /// The messages' ids; `nil` when there are none.
        let ids: String?
    }
}
