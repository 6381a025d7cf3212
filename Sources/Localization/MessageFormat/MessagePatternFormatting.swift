import CLDRPlurals
import Foundation

extension MessagePattern {
    /// Produces the message's text for the given argument values.
    ///
    /// A plural chooses its `=N` case for the number itself, otherwise the case of
    /// the CLDR category of the number minus the offset, otherwise `other`; `#`
    /// prints the number minus the offset. A select chooses the case named by the
    /// text, otherwise `other`. Numbers print with the digits and grouping of
    /// `identifier` (Arabic `ar` uses Arabic-Indic digits, as CLDR says).
    /// - Parameters:
    ///   - values: The value of each argument, by name; extra values are ignored.
    ///   - identifier: The locale whose number formatting to use, such as `cs` or `ar`.
    ///   - rules: The plural rules of the message's language.
    ///   - isolating: Whether each text value goes between directional isolates (first strong
    ///     isolate ... pop directional isolate), as where right-to-left text is involved.
    /// - Throws: `MessageFormatError` at the argument whose value is missing or of the wrong kind.
    public func format(
        _ values: [String: MessageValue], locale identifier: String, rules: PluralRules, isolating: Bool = false
    ) throws(MessageFormatError) -> String {
        if parts.isEmpty {
            return ""
        }
        if parts.count == 1, case .literal(let literal) = parts[0] {
            return literal
        }
        var formatter = MessageFormatter(
            text: text, values: values, locale: Locale(identifier: identifier), rules: rules, isolating: isolating
        )
        try formatter.append(parts, pluralNumber: nil)
        return formatter.output
    }
}
