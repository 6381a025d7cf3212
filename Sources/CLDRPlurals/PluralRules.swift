/// The CLDR cardinal plural rules of one language, backed by the system's ICU.
///
/// Messages choose a plural form by category (`one`, `few`, …); which numbers
/// fall into which category differs per language and is defined by CLDR. This
/// type answers both questions the campaign compiler has: which categories a
/// language uses (to check translations) and which category a number takes (to
/// format them). ICU stays an implementation detail, so clients never import it.
///
/// Rules are opened once per language tag and shared, so creating a value is a
/// dictionary lookup after the first time. Two values are equal when they were
/// created from the same tag.
public struct PluralRules: Sendable, Hashable {
    /// The BCP 47 tag the rules were created for, as given (e.g. `pt-PT`).
    public let language: String

    private let rules: ICUPluralRules

    /// Loads the rules for a BCP 47 language tag such as `cs`, `ar`, `zh-Hans` or `pt-PT`.
    ///
    /// A well-formed tag of a language CLDR has no rules for gets CLDR's root
    /// rules, which have only `other`.
    /// - Throws: `PluralRulesError` when the tag is empty, malformed or names no language.
    public init(language: String) throws(PluralRulesError) {
        self.language = language
        rules = try PluralRulesCache.rules(for: language)
    }

    /// The cardinal categories the language distinguishes, in CLDR order.
    ///
    /// This includes categories reached only by decimal numbers, such as Czech `many`.
    public var categories: [PluralCategory] {
        rules.categories
    }

    /// The cardinal category of a whole number.
    ///
    /// ICU evaluates rules on a `Double`, so magnitudes beyond 2⁵³ are rounded
    /// to the nearest representable value first.
    public func category(for number: Int) -> PluralCategory {
        rules.category(for: Double(number))
    }

    public static func == (lhs: PluralRules, rhs: PluralRules) -> Bool {
        lhs.language == rhs.language
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(language)
    }
}
