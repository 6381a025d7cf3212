import Diagnostics

/// The translations in one strings file: for a language (`strings/de.yaml`) or, as overrides,
/// for one locale (`strings/de-AT.yaml`).
public struct StringTable: Hashable, Sendable {
    /// What a strings file is for, read from its name.
    public enum Scope: Hashable, Sendable, CustomStringConvertible {
        case language(LanguageTag)
        case locale(LocaleTag)

        public var description: String {
            switch self {
            case .language(let tag): tag.description
            case .locale(let tag): tag.description
            }
        }
    }

    public let scope: Scope
    /// Message id to its translation, each with its place in the file.
    public let entries: [String: Translation]
    /// The file (line 1), for findings about the file as a whole.
    public let location: SourceLocation

    public init(scope: Scope, entries: [String: Translation], location: SourceLocation) {
        self.scope = scope
        self.entries = entries
        self.location = location
    }
}

/// One translated text and where it is written.
public struct Translation: Hashable, Sendable {
    public let text: String
    public let location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
