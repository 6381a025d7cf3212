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
        let bytes = Array(content.utf8)
        guard bytes.count > 75 else { return content + "\r\n" }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var lineLength = 0
        var index = 0
        while index < bytes.count {
            // The whole UTF-8 sequence starting here: its lead byte and the continuation bytes.
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            if lineLength + (end - index) > 75 {
                folded += [0x0D, 0x0A, 0x20]
                lineLength = 1
            }
            folded += bytes[index..<end]
            lineLength += end - index
            index = end
        }
        folded += [0x0D, 0x0A]
        return String(decoding: folded, as: UTF8.self)
    }

    /// `20270616`, a DATE value.
    static func date(_ date: CalendarDate) -> String {
        date.description.filter { $0 != "-" }
    }
}
