import CampaignModel

/// The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11): escaped values, content lines
/// folded at 75 octets, CRLF line ends.
enum ICalendarText {
    /// A TEXT value with `\`, `;`, `,` and line breaks escaped, and other control characters
    /// (which no property may hold) dropped, so no translation or title can start a property
    /// of its own.
    static func escaped(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// One content line, folded so that no line exceeds 75 octets (continuations start with a
    /// space, which counts), never inside a UTF-8 sequence, ended with CRLF.
    static func line(_ content: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in content.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// `20270616`, a DATE value.
    static func date(_ date: CalendarDate) -> String {
        date.description.filter { $0 != "-" }
    }
}
