/// A campaign locale: a language as read in one member state, written in BCP 47 with the member
/// state as region (`nl-BE`, `uk-CZ`, `ar-BE`, `zh-Hans-FR`).
///
/// Every output of a campaign is made per locale, because the same language carries different
/// national data (helplines, dates, police wording) in each state.
public struct LocaleTag: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let language: LanguageTag
    /// The member state's ISO 3166-1 alpha-2 code, upper case.
    public let state: String

    public init(language: LanguageTag, state: String) {
        self.language = language
        self.state = state
    }

    /// Parses `language[-Script]-REGION` case-insensitively into canonical form.
    public init(parsing text: String) throws(TagError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), let last = parts.last, last.count == 2,
              last.allSatisfy({ $0.isASCII && $0.isLetter })
        else {
            throw TagError("'\(text)' is not a locale; write a language and a member state, such as 'nl-BE' or 'zh-Hans-FR'")
        }
        self.language = try LanguageTag(parsing: parts.dropLast().joined(separator: "-"))
        self.state = last.uppercased()
    }

    /// `nl-BE`, `zh-Hans-FR`
    public var description: String { "\(language)-\(state)" }

    public static func < (lhs: LocaleTag, rhs: LocaleTag) -> Bool {
        (lhs.language.description, lhs.state) < (rhs.language.description, rhs.state)
    }
}
