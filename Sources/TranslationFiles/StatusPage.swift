import XML

/// The translation status as a page for coordinators (`Output/strings-status.html`): per
/// campaign a table of its locales, with what is missing, stale or overflowing named by id.
public struct StatusPage {
    public let rows: [TranslationStatus]

    public init(rows: [TranslationStatus]) {
        self.rows = rows
    }

    public var html: String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Translation status</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <main>
            <h1>Translation status</h1>
            <p>Per campaign and locale: messages translated from the current English, missing (the locale shows
            English), stale (the English changed since the translation was made), and overflowing their slot at
            the smallest size allowed. Translators work on files from <code>campaign strings export</code>.</p>

            """
        var campaigns: [String] = []
        for row in rows where !campaigns.contains(row.campaign) { campaigns.append(row.campaign) }
        for campaign in campaigns {
            html += table(campaign, rows.filter { $0.campaign == campaign })
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private func table(_ campaign: String, _ rows: [TranslationStatus]) -> String {
        let id = "campaign-" + campaign
        var html = "<section aria-labelledby=\"\(HTMLText.escape(id))\">\n<h2 id=\"\(HTMLText.escape(id))\">\(HTMLText.escape(campaign))</h2>\n"
        html += "<table>\n<caption>Translations of \(HTMLText.escape(campaign)), by locale</caption>\n<thead><tr>"
        for heading in ["Locale", "Translated", "Missing", "Stale", "Overflowing", "Reviewed"] {
            html += "<th scope=\"col\">\(heading)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr class=\"\(row.isComplete ? "complete" : "attention")\"><th scope=\"row\">\(HTMLText.escape(row.locale.description))</th>"
            html += "<td>\(row.isSource ? "English source" : "\(row.translated) of \(row.total)")</td>"
            for ids in [row.missing, row.stale, row.overflowing] {
                html += ids.isEmpty ? "<td>0</td>" : "<td><strong>\(ids.count)</strong>: \(HTMLText.escape(ids.joined(separator: ", ")))</td>"
            }
            html += "<td>\(row.isSource ? "–" : String(row.reviewed))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</section>\n"
        return html
    }

    private static let style = """
        body{font-family:"Noto Sans",system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
        main{max-width:70rem;margin:0 auto;padding:1.5rem}
        table{border-collapse:collapse;width:100%;margin:0 0 2rem}
        caption{text-align:left;font-weight:600;padding:.25rem 0}
        th,td{border-bottom:1px solid #c8c8c8;padding:.35rem .6rem;text-align:left;vertical-align:top}
        thead th{border-bottom:2px solid #1b1b1b}
        tr.attention th[scope=row]{border-left:4px solid #b35900}
        tr.complete th[scope=row]{border-left:4px solid #2e7d32}
        """
}
