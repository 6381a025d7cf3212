/// The reason plural rules could not be provided for a language tag.
///
/// A separate error type keeps `PluralRules.init(language:)` typed, so callers
/// can report a bad language tag in the campaign configuration without
/// handling unrelated failures.
public struct PluralRulesError: Error, Sendable, CustomStringConvertible {
    /// A sentence that names the offending tag and what is wrong with it.
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String {
        message
    }
}
