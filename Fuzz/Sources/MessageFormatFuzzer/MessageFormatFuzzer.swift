import CLDRPlurals
import FuzzSupport
import Localization

/// Fuzzes ICU MessageFormat: the bytes, as UTF-8 text, are a message as translators write it.
/// `MessagePattern(parsing:)` is hand-written (apostrophe quoting, nested plurals and selects,
/// offsets); every message of every campaign goes through it, and so through what follows here
/// when it parses: its arguments, the comparison with a source message, the plural checks and
/// `format` in languages whose plural rules differ.
@main
enum MessageFormatFuzzer {
    /// Languages with two (en), four (cs) and six (ar) plural categories; `ar` also formats
    /// with Arabic-Indic digits.
    static let languages: [(identifier: String, rules: PluralRules)] = ["en", "cs", "ar"].map { identifier in
        do {
            return (identifier, try PluralRules(language: identifier))
        } catch {
            fatalError("no plural rules for \(identifier): \(error)")
        }
    }

    /// A source message as in the campaigns, for `mismatches(comparedWith:)`.
    static let source = try! MessagePattern(
        parsing: "The posters come in {languages, plural, one {# language} other {# languages}} for {state}.")

    /// Numbers that reach every Arabic category (zero, one, two, few, many, other) and every
    /// Czech one for whole numbers.
    static let numbers = [0, 1, 2, 3, 11, 100]

    static func main() {
        _ = (languages, source)
        LibFuzzer.run(testOneInput)
    }

    static func fuzz(_ text: String) {
        guard let pattern = try? MessagePattern(parsing: text) else { return }
        _ = pattern.mismatches(comparedWith: source)
        let arguments = pattern.arguments
        for (identifier, rules) in languages {
            _ = pattern.pluralFindings(for: rules)
            _ = try? pattern.format([:], locale: identifier, rules: rules)
            for number in numbers {
                _ = try? pattern.format(values(for: arguments, number: number), locale: identifier, rules: rules)
            }
        }
    }

    /// A value for every argument: `number` for plurals, one of the case keys (chosen by
    /// `number`) for selects, text for the others.
    static func values(for arguments: [MessageArgument], number: Int) -> [String: MessageValue] {
        Dictionary(uniqueKeysWithValues: arguments.map { argument in
            switch argument.kind {
            case .plural: (argument.name, .number(number))
            case .select(let keys): (argument.name, .text(keys.isEmpty ? "other" : keys[number % keys.count]))
            case .simple: (argument.name, .text("Ω"))
            }
        })
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    MessageFormatFuzzer.fuzz(LibFuzzer.text(data, size))
    return 0
}
