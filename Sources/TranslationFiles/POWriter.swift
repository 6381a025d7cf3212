import CampaignModel

/// Writes a translation document as a gettext PO file: one entry per message with the message
/// id as `msgctxt`, the translator's notes as extracted comments (`#.`), the spec's line as a
/// reference (`#:`), and `fuzzy` on drafts and on translations whose English changed.
public struct POWriter {
    public init() {}

    public func write(_ document: TranslationDocument, original: String, sourceLines: [String: Int]) -> [UInt8] {
        var text = "# \(document.campaign) in \(document.locale), for translators.\n"
        text += "# Exported by `campaign strings export`; import it back with `campaign strings import`.\n"
        text += POString.field("msgid", "")
        text += POString.field("msgstr", Self.header(for: document))
        for unit in document.units {
            text += "\n"
            for note in unit.notes {
                for line in note.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    text += "#. \(line)\n"
                }
            }
            if let maximum = unit.maximumCharacters {
                text += "#. At most \(maximum) characters.\n"
            }
            if let line = sourceLines[unit.id] {
                text += "#: \(original):\(line)\n"
            }
            if unit.state == .initial, unit.target != nil {
                text += "#, fuzzy\n"
            }
            text += POString.field("msgctxt", unit.id)
            text += POString.field("msgid", unit.source)
            text += POString.field("msgstr", unit.target ?? "")
        }
        return Array(text.utf8)
    }

    /// PO's header entry. `Language` uses gettext's underscore (`de_AT`). The revision date and
    /// translator are gettext's placeholders, which the translator's tool fills in on saving: an
    /// export of the same strings is the same file.
    static func header(for document: TranslationDocument) -> String {
        [
            "Project-Id-Version: \(document.campaign)",
            "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE",
            "Last-Translator: FULL NAME <EMAIL@ADDRESS>",
            "Language-Team: LANGUAGE <LL@li.org>",
            "Language: \(document.locale.description.split(separator: "-").joined(separator: "_"))",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "X-Campaign: \(document.campaign)",
        ].map { $0 + "\n" }.joined()
    }
}
