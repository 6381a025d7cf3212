import CLDRPlurals

/// A problem with a message's plural cases for one language's CLDR rules.
///
/// A case for a category the language does not have can never be chosen (an
/// error: the translator meant something else); a category the language has but
/// the message lacks falls back to `other`, which is often wrong grammar (a
/// warning). Explicit `=N` cases are never reported.
public struct PluralFinding: Hashable, Sendable {
    /// Whether the finding should fail a build.
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public let severity: Severity
    /// The plural's argument name.
    public let argument: String
    /// The category that is extra (error) or missing (warning).
    public let category: PluralCategory
    /// A sentence naming the plural, the category and the language's categories.
    public let message: String

    public init(severity: Severity, argument: String, category: PluralCategory, message: String) {
        self.severity = severity
        self.argument = argument
        self.category = category
        self.message = message
    }
}

extension MessagePattern {
    /// Checks every plural in the message against `rules`, in text order.
    ///
    /// Each plural yields its errors, then its warnings, each in CLDR order. A
    /// plural written the same way twice (in several select cases) is reported once.
    public func pluralFindings(for rules: PluralRules) -> [PluralFinding] {
        let available = rules.categories
        let forms = available.map(\.rawValue).joined(separator: ", ")
        var findings: [PluralFinding] = []
        forEachPart { part in
            guard case .plural(let plural) = part else {
                return
            }
            let used = Set(plural.cases.compactMap { pluralCase -> PluralCategory? in
                if case .category(let category) = pluralCase.selector { category } else { nil }
            })
            for category in used.sorted() where !available.contains(category) {
                findings.append(PluralFinding(
                    severity: .error, argument: plural.argument, category: category,
                    message: "plural '\(plural.argument)' has a '\(category.rawValue)' case, but '\(rules.language)' "
                        + "only has \(forms)\(Self.exactHint(for: category))"
                ))
            }
            for category in available where !used.contains(category) {
                findings.append(PluralFinding(
                    severity: .warning, argument: plural.argument, category: category,
                    message: "plural '\(plural.argument)' lacks a '\(category.rawValue)' case, which '\(rules.language)' "
                        + "needs (it has \(forms))"
                ))
            }
        }
        var seen: Set<PluralFinding> = []
        return findings.filter { seen.insert($0).inserted }
    }

    /// Suggests `=N` where a translator probably wanted a category to mean one number.
    private static func exactHint(for category: PluralCategory) -> String {
        switch category {
        case .zero: "; use '=0' for exactly zero"
        case .one: "; use '=1' for exactly one"
        case .two: "; use '=2' for exactly two"
        case .few, .many, .other: ""
        }
    }
}
