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
    /// The comment lines at the top of the file, kept when the file is rewritten.
    public let header: String

    public init(scope: Scope, entries: [String: Translation], location: SourceLocation, header: String = "") {
        self.scope = scope
        self.entries = entries
        self.location = location
        self.header = header
    }
}

/// One translated text, how far it has come, and which English text it translates.
public struct Translation: Hashable, Sendable {
    public let text: String
    public let state: TranslationState
    /// The `Message.sourceHash` of the English text this translation was made from, or `nil`
    /// when the strings file does not record it (a hand-written entry).
    public let sourceHash: String?
    public let location: SourceLocation

    public init(text: String, state: TranslationState = .translated, sourceHash: String? = nil, location: SourceLocation) {
        self.text = text
        self.state = state
        self.sourceHash = sourceHash
        self.location = location
    }

    /// True when the English text changed after this translation was made from it.
    public func isStale(against message: Message) -> Bool {
        sourceHash.map { $0 != message.sourceHash } ?? false
    }
}

/// How far a translation has come, in XLIFF 2's terms, which CAT tools show and set.
public enum TranslationState: String, CaseIterable, Comparable, Hashable, Sendable {
    /// A draft (machine translation, or work in progress).
    case initial
    /// Translated, not yet reviewed.
    case translated
    /// Checked by a second linguist.
    case reviewed
    /// Signed off; ready for print.
    case final

    public static func < (lhs: TranslationState, rhs: TranslationState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
