/// Unicode's directional isolates (UAX #9) around text put into other text, as ICU
/// MessageFormat 2 puts them around every value it inserts: a date, a name, a number or an
/// English message inside a right-to-left sentence keeps its own order, and the sentence
/// around it keeps its own.
public enum BidiIsolation {
    /// The direction a piece of text is known to have; `nil` lets its first strong character
    /// decide (FSI).
    public enum Direction: Sendable {
        case leftToRight
        case rightToLeft
    }

    static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
    static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
    static let rightToLeftIsolate: Unicode.Scalar = "\u{2067}"
    static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// `text` between an isolate of `direction` (first strong when `nil`) and its end.
    public static func isolate(_ text: String, as direction: Direction?) -> String {
        guard !text.isEmpty else { return text }
        let opening = switch direction {
        case .leftToRight: leftToRightIsolate
        case .rightToLeft: rightToLeftIsolate
        case nil: firstStrongIsolate
        }
        return "\(Character(opening))\(text)\(Character(popDirectionalIsolate))"
    }

    /// Whether the text has a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana,
    /// N'Ko and their presentation forms): only then can the order of its parts change.
    public static func containsRightToLeft(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
            default: false
            }
        }
    }
}
