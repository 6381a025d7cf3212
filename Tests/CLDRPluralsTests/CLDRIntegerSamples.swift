import CLDRPlurals
import Testing

/// The integer samples of CLDR's `plurals.xml` (the `@integer` lists), copied as written.
///
/// Entries in CLDR's compact exponent notation (`1c6`) are left out, because
/// `PluralRules` takes plain integers. A category without integer samples
/// (Czech `many`, Polish `other`, …) is absent.
struct CLDRIntegerSamples: CustomTestStringConvertible, Sendable {
    let language: String
    let samples: [PluralCategory: String]

    var testDescription: String {
        language
    }

    /// Expands a CLDR sample list such as `2~4, 22~24, 102, …` into its numbers.
    static func numbers(in list: String) -> [Int] {
        list.split(separator: ", ").flatMap { item -> [Int] in
            if item == "…" {
                return []
            }
            let bounds = item.split(separator: "~").map { Int($0)! }
            return Array(bounds[0]...bounds[bounds.count - 1])
        }
    }

    static let all: [CLDRIntegerSamples] = [
        CLDRIntegerSamples(language: "en", samples: [
            .one: "1",
            .other: "0, 2~16, 100, 1000, 10000, 100000, 1000000, …",
        ]),
        CLDRIntegerSamples(language: "de", samples: [
            .one: "1",
            .other: "0, 2~16, 100, 1000, 10000, 100000, 1000000, …",
        ]),
        CLDRIntegerSamples(language: "fr", samples: [
            .one: "0, 1",
            .many: "1000000, …",
            .other: "2~17, 100, 1000, 10000, 100000, …",
        ]),
        CLDRIntegerSamples(language: "cs", samples: [
            .one: "1",
            .few: "2~4",
            .other: "0, 5~19, 100, 1000, 10000, 100000, 1000000, …",
        ]),
        CLDRIntegerSamples(language: "pl", samples: [
            .one: "1",
            .few: "2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002, …",
            .many: "0, 5~19, 100, 1000, 10000, 100000, 1000000, …",
        ]),
        CLDRIntegerSamples(language: "ru", samples: [
            .one: "1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, …",
            .few: "2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002, …",
            .many: "0, 5~19, 100, 1000, 10000, 100000, 1000000, …",
        ]),
        CLDRIntegerSamples(language: "uk", samples: [
            .one: "1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, …",
            .few: "2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002, …",
            .many: "0, 5~19, 100, 1000, 10000, 100000, 1000000, …",
        ]),
        CLDRIntegerSamples(language: "lt", samples: [
            .one: "1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, …",
            .few: "2~9, 22~29, 102, 1002, …",
            .other: "0, 10~20, 30, 40, 50, 60, 100, 1000, 10000, 100000, 1000000, …",
        ]),
        CLDRIntegerSamples(language: "ar", samples: [
            .zero: "0",
            .one: "1",
            .two: "2",
            .few: "3~10, 103~110, 1003, …",
            .many: "11~26, 111, 1011, …",
            .other: "100~102, 200~202, 300~302, 400~402, 500~502, 600, 1000, 10000, 100000, 1000000, …",
        ]),
    ]
}
