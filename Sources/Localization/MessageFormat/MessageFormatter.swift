import CLDRPlurals
import Foundation

/// Renders parsed parts into text for one set of values; used by `MessagePattern.format`.
struct MessageFormatter {
    private let text: String
    private let values: [String: MessageValue]
    private let numberStyle: IntegerFormatStyle<Int>
    private let rules: PluralRules
    /// Whether inserted text is put between directional isolates (`BidiIsolation`).
    private let isolating: Bool
    private(set) var output = ""

    init(text: String, values: [String: MessageValue], locale: Locale, rules: PluralRules, isolating: Bool) {
        self.text = text
        self.values = values
        self.isolating = isolating
        numberStyle = IntegerFormatStyle<Int>(locale: locale)
        self.rules = rules
    }

    /// Appends `parts`; `pluralNumber` is what `#` prints in them (set only inside a plural case).
    mutating func append(_ parts: [MessagePart], pluralNumber: Int?) throws(MessageFormatError) {
        for part in parts {
            switch part {
            case .literal(let literal):
                output += literal
            case .argument(let name, let range):
                switch try value(of: name, at: range) {
                case .text(let value): output += isolating ? BidiIsolation.isolate(value, as: nil) : value
                case .number(let value): output += numberStyle.format(value)
                }
            case .pluralNumber(let argument, let range):
                guard let pluralNumber else {
                    throw MessageFormatError("'#' of plural '\(argument)' is outside its plural", at: range.lowerBound, in: text)
                }
                output += numberStyle.format(pluralNumber)
            case .plural(let plural):
                try append(plural)
            case .select(let select):
                try append(select)
            }
        }
    }

    private mutating func append(_ plural: MessagePlural) throws(MessageFormatError) {
        guard case .number(let number) = try value(of: plural.argument, at: plural.range) else {
            throw MessageFormatError(
                "argument '\(plural.argument)' is a plural and needs a number, not text", at: plural.range.lowerBound, in: text
            )
        }
        let (shifted, overflow) = number.subtractingReportingOverflow(plural.offset)
        guard !overflow else {
            throw MessageFormatError(
                "the number \(number) of plural '\(plural.argument)' is too small for its offset", at: plural.range.lowerBound, in: text
            )
        }
        let category = rules.category(for: shifted)
        let chosen = plural.cases.first { $0.selector == .exact(number) }
            ?? plural.cases.first { $0.selector == .category(category) }
            ?? plural.cases.first { $0.selector == .category(.other) }
        try append(chosen?.message ?? [], pluralNumber: shifted)
    }

    private mutating func append(_ select: MessageSelect) throws(MessageFormatError) {
        guard case .text(let key) = try value(of: select.argument, at: select.range) else {
            throw MessageFormatError(
                "argument '\(select.argument)' is a select and needs text, not a number", at: select.range.lowerBound, in: text
            )
        }
        let chosen = select.cases.first { $0.key == key } ?? select.cases.first { $0.key == "other" }
        try append(chosen?.message ?? [], pluralNumber: nil)
    }

    private func value(of name: String, at range: Range<String.Index>) throws(MessageFormatError) -> MessageValue {
        guard let value = values[name] else {
            throw MessageFormatError("no value for argument '\(name)'", at: range.lowerBound, in: text)
        }
        return value
    }
}
