import Foundation

/// A language as BCP 47 writes it: an ISO 639 language code and, where it matters, an ISO 15924
/// script (`de`, `uk`, `zh-Hans`). It names a strings file and the language part of a locale.
public struct LanguageTag: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The ISO 639 code, lower case (`de`, `fil`).
    public let language: String
    /// The ISO 15924 script, title case (`Hans`), when the language is written in more than one.
    public let script: String?

    /// English, the language of every campaign's source text.
    public static let english = LanguageTag(validated: "en", script: nil)

    init(validated language: String, script: String?) {
        self.language = language
        self.script = script
    }

    /// Parses `language` or `language-Script`, case-insensitively, into canonical form.
    /// The language must be one ICU knows (CLDR's list of ISO 639 codes).
    public init(parsing text: String) throws(TagError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count) else {
            throw TagError("'\(text)' is not a language tag; write a language code such as 'de' or 'zh-Hans'")
        }
        self.language = try Self.languageCode(parts[0], in: text)
        self.script = try parts.count == 2 ? Self.scriptCode(parts[1], in: text) : nil
    }

    static func languageCode(_ part: String, in text: String) throws(TagError) -> String {
        let code = part.lowercased()
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw TagError("'\(text)' does not start with a language code such as 'de' or 'uk'")
        }
        guard knownLanguageCodes.contains(code) else {
            let suggestion = CountryCodeSlip.hint(for: code)
            let context = part == text ? "" : " in '\(text)'"
            throw TagError("unknown language '\(code)'\(context)\(suggestion)")
        }
        return code
    }

    static func scriptCode(_ part: String, in text: String) throws(TagError) -> String {
        guard part.count == 4, part.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw TagError("'\(part)' in '\(text)' is not a script code; scripts have four letters, such as 'Hans' or 'Latn'")
        }
        return part.prefix(1).uppercased() + part.dropFirst().lowercased()
    }

    /// ISO 639 codes from ICU's CLDR data, the same data Foundation formats dates with.
    static let knownLanguageCodes: Set<String> = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))

    /// `de`, `zh-Hans`
    public var description: String {
        script.map { "\(language)-\($0)" } ?? language
    }

    /// The English name of the language, for messages and listings ("German", "Chinese, Simplified").
    public var englishName: String {
        Locale(identifier: "en").localizedString(forIdentifier: description) ?? description
    }

    /// Whether the language is written right to left: Arabic, Persian, Hebrew, Urdu, Yiddish,
    /// Pashto, Dhivehi, Sorani Kurdish, Sindhi and Uyghur.
    public var writesRightToLeft: Bool {
        ["ar", "fa", "he", "ur", "yi", "ps", "dv", "ckb", "sd", "ug"].contains(language)
    }

    /// The tags a lookup for this language tries after itself: `zh-Hans` falls back to `zh`.
    public var broader: LanguageTag? {
        script == nil ? nil : LanguageTag(validated: language, script: nil)
    }

    public static func < (lhs: LanguageTag, rhs: LanguageTag) -> Bool {
        lhs.description < rhs.description
    }
}

/// Why a language or locale tag was refused; the loader attaches the location.
public struct TagError: Error, Equatable, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}

private enum CountryCodeSlip {
    /// A nudge for the most common slips: country codes used as language codes.
    static func hint(for code: String) -> String {
        let countryToLanguage = [
            "cz": "cs", "dk": "da", "gr": "el", "se": "sv", "si": "sl", "ee": "et", "ua": "uk",
            "jp": "ja", "cn": "zh", "kr": "ko", "vn": "vi", "at": "de", "ie": "ga", "rs": "sr",
        ]
        return countryToLanguage[code].map { "; did you mean '\($0)'? ('\(code)' is a country code)" } ?? ""
    }
}
