/// Escaping for text placed in HTML or XML written as text (newsletters, the timeline, the
/// contact sheet, a PDF's XMP metadata): every character that could start markup becomes an
/// entity, and C0 control characters and the noncharacters U+FFFE and U+FFFF, which neither
/// HTML nor XML allow, are dropped. Spec values and translations are
/// untrusted input; this is how they reach such pages.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r": continue
            case "\u{FFFE}", "\u{FFFF}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
