import CampaignModel
import Diagnostics

/// What a translation file brought back, before it is checked against the campaign: each
/// unit's id, source and target with the place they are written in the file.
public struct ImportedDocument: Sendable {
    /// The file, for diagnostics.
    public let path: String
    /// The campaign the file says it belongs to, if it says.
    public let campaign: String?
    /// The target language as the file declares it (`trgLang`, PO's `Language:`).
    public let locale: String
    public let localeLocation: SourceLocation
    public let units: [ImportedUnit]
}

/// One unit of an imported file.
public struct ImportedUnit: Sendable {
    /// The message id; `nil` for a PO entry without `msgctxt` (some tools drop it), which is
    /// then found by its English text, as gettext finds entries.
    public let id: String?
    public let location: SourceLocation
    /// The English the translator saw, if the file carries it.
    public let source: String?
    /// The translation; `nil` or empty when the unit was not translated.
    public let target: String?
    public let targetLocation: SourceLocation
    /// The state the file gives (XLIFF); `nil` when the format has none (PO).
    public let state: TranslationState?
    /// The file marks the unit as needing work (XLIFF `initial`, PO `fuzzy`).
    public let needsWork: Bool
}
