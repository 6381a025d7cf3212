// The only file that touches ICU. `@_implementationOnly` keeps the CICU module
// out of this module's interface: a plain or `internal` import would make every
// client load the system ICU headers, and a client that also imports Foundation
// (which carries its own, newer ICU headers) then fails to compile on
// conflicting definitions of the same C types. No ICU type appears in any
// stored property, so hiding the module cannot change a layout clients see.
@_implementationOnly import CICU

/// Owns one ICU `UPluralRules` object for cardinal numbers and closes it when the last reference goes.
///
/// `@unchecked Sendable` is sound: after opening, the object is only read.
/// `uplrules_select` and `uplrules_getKeywords` take a `const UPluralRules *`,
/// and ICU documents its rule objects as safe to use from several threads once built.
final class ICUPluralRules: @unchecked Sendable {
    /// The cardinal categories of the language, in CLDR order.
    let categories: [PluralCategory]

    private let rules: OpaquePointer

    /// Opens the rules for a BCP 47 language tag.
    init(languageTag tag: String) throws(PluralRulesError) {
        let localeID = try Self.localeID(forLanguageTag: tag)
        var status = U_ZERO_ERROR
        guard let rules = cicu_cardinal_rules_open(localeID, &status), !cicu_failure(status) else {
            throw PluralRulesError(message: "ICU has no plural rules for '\(tag)' (\(Self.name(of: status)))")
        }
        self.rules = rules
        do {
            categories = try Self.keywords(of: rules, tag: tag)
        } catch {
            cicu_plural_rules_close(rules)
            throw error
        }
    }

    deinit {
        cicu_plural_rules_close(rules)
    }

    func category(for number: Double) -> PluralCategory {
        // CLDR keywords are at most five UTF-16 units long.
        var keyword = [UInt16](repeating: 0, count: 16)
        var status = U_ZERO_ERROR
        let length = cicu_plural_rules_select(rules, number, &keyword, Int32(keyword.count), &status)
        guard !cicu_failure(status), length > 0, Int(length) <= keyword.count else {
            return .other
        }
        return PluralCategory(rawValue: String(decoding: keyword.prefix(Int(length)), as: UTF16.self)) ?? .other
    }

    /// Converts a BCP 47 tag to an ICU locale ID (`pt-PT` → `pt_PT`).
    ///
    /// ICU converts the valid prefix of a malformed tag without complaint
    /// (`cs_CZ` gives nothing, `en-US-!` gives `en_US`), so the whole tag must
    /// have been consumed, and the result must start with a language (`und`
    /// and private-use tags such as `x-foo` do not).
    private static func localeID(forLanguageTag tag: String) throws(PluralRulesError) -> String {
        guard !tag.isEmpty else {
            throw PluralRulesError(message: "the language tag is empty")
        }
        let capacity = 157
        var buffer = [CChar](repeating: 0, count: capacity + 1)
        var parsedLength: Int32 = 0
        var status = U_ZERO_ERROR
        let length = cicu_locale_for_language_tag(tag, &buffer, Int32(capacity), &parsedLength, &status)
        guard !cicu_failure(status), status != U_STRING_NOT_TERMINATED_WARNING,
              Int(parsedLength) == tag.utf8.count
        else {
            throw PluralRulesError(message: "'\(tag)' is not a valid BCP 47 language tag")
        }
        let localeID = String(decoding: buffer.prefix(Int(length)).map(UInt8.init(bitPattern:)), as: UTF8.self)
        guard !localeID.isEmpty, !localeID.hasPrefix("@") else {
            throw PluralRulesError(message: "the language tag '\(tag)' does not name a language")
        }
        return localeID
    }

    private static func keywords(of rules: OpaquePointer, tag: String) throws(PluralRulesError) -> [PluralCategory] {
        var status = U_ZERO_ERROR
        guard let enumeration = cicu_plural_rules_keywords(rules, &status), !cicu_failure(status) else {
            throw PluralRulesError(message: "ICU could not list the plural categories of '\(tag)' (\(name(of: status)))")
        }
        defer { cicu_enumeration_close(enumeration) }
        var categories: [PluralCategory] = []
        var length: Int32 = 0
        while let keyword = cicu_enumeration_next(enumeration, &length, &status) {
            let name = String(cString: keyword)
            guard let category = PluralCategory(rawValue: name) else {
                throw PluralRulesError(message: "ICU reported an unknown plural category '\(name)' for '\(tag)'")
            }
            categories.append(category)
        }
        guard !cicu_failure(status) else {
            throw PluralRulesError(message: "ICU could not list the plural categories of '\(tag)' (\(name(of: status)))")
        }
        return categories.sorted()
    }

    private static func name(of status: UErrorCode) -> String {
        String(cString: cicu_error_name(status))
    }
}
