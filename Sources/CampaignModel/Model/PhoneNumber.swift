/// A telephone number printed on campaign material: the E.164 form for `tel:` links and checks,
/// and the form people read and dial in the member state.
public struct PhoneNumber: Hashable, Sendable {
    /// `+420116006`: "+", a country calling code and the national number, 15 digits at most.
    public let e164: String
    /// `116 006`: as printed on posters for the state's residents.
    public let display: String

    public init(e164: String, display: String) {
        self.e164 = e164
        self.display = display
    }

    /// Why `text` is not an E.164 number, or `nil` when it is one.
    public static func e164Problem(_ text: String) -> String? {
        guard text.first == "+" else {
            return "'\(text)' is not in E.164 form: it must start with '+' and the country calling code"
        }
        let digits = text.dropFirst()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return "'\(text)' is not in E.164 form: after '+' only digits may follow, without spaces or punctuation"
        }
        guard digits.first != "0" else {
            return "'\(text)' is not in E.164 form: a country calling code never starts with 0"
        }
        guard digits.count <= 15 else {
            return "'\(text)' is not in E.164 form: it has \(digits.count) digits, at most 15 are allowed"
        }
        guard digits.count >= 7 else {
            return "'\(text)' is too short for an E.164 number (\(digits.count) digits)"
        }
        return nil
    }
}
