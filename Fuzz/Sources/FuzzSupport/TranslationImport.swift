import CampaignModel
import Diagnostics
import TranslationFiles

/// The second half of `campaign strings import`: checking a translation file that was read
/// against its campaign. Most of what a translator's tool can get wrong (ICU MessageFormat,
/// plural forms, placeholders, markup, states) is only looked at here, so the XLIFF and PO
/// fuzzers go on to it whenever the reader returns a document.
public enum TranslationImport {
    /// The repository's campaigns by id, loaded once.
    public static let campaigns: [String: Campaign] = {
        let (project, log) = ProjectLoader(
            campaignsDirectory: Repository.campaignsDirectory, assetsDirectory: Repository.assetsDirectory
        ).load()
        guard !log.hasErrors else { fatalError("the repository's campaigns do not load:\n\(log.sorted)") }
        return Dictionary(uniqueKeysWithValues: project.campaigns.map { ($0.id, $0) })
    }()

    /// The campaign a file that names none, or an unknown one, is checked against.
    static let fallback = "thb-victim-rights"

    /// Checks `document` against the campaign it names, so that exports of every campaign in
    /// the corpus get past the campaign check, and works out the strings files it would change.
    public static func check(_ document: ImportedDocument, log: inout DiagnosticLog) {
        guard let campaign = document.campaign.flatMap({ campaigns[$0] }) ?? campaigns[fallback] else {
            fatalError("the repository has no campaign '\(fallback)'")
        }
        _ = StringsImport(campaign: campaign).changes(from: document, expectedLocale: nil, log: &log)
    }
}
