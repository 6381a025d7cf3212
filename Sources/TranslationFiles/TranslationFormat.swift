/// The file formats translators' tools exchange: XLIFF 2.1 (Trados, memoQ, Phrase) and gettext
/// PO (Poedit, Weblate).
public enum TranslationFormat: String, CaseIterable, Hashable, Sendable {
    case xliff
    case po

    /// The file name extension (`xlf`, `po`).
    public var fileExtension: String {
        switch self {
        case .xliff: "xlf"
        case .po: "po"
        }
    }

    /// The format a file name's extension names, if any.
    public init?(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".xlf") || lowered.hasSuffix(".xliff") {
            self = .xliff
        } else if lowered.hasSuffix(".po") {
            self = .po
        } else {
            return nil
        }
    }
}
