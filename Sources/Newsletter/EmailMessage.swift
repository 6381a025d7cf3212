import CampaignModel
import Crypto
import Foundation

/// A newsletter as an RFC 5322 message, ready to open in a mail client and send: the HTML and
/// the plain text as `multipart/alternative` inside `multipart/related` with the flyer
/// thumbnail as an inline `cid:` part. Everything that varies (boundaries, Message-ID) is derived
/// from the content, so the same newsletter gives the same bytes.
public struct EmailMessage: Sendable {
    public var fromName: String
    public var fromAddress: String
    public var subject: String
    public var date: Date
    /// The time zone the Date header is written in.
    public var timeZone: TimeZone
    public var language: String
    public var text: String
    /// The HTML, with the image referred to as `cid:<imageContentID>`.
    public var html: String
    public var image: (contentID: String, filename: String, png: [UInt8])

    public init(
        fromName: String, fromAddress: String, subject: String, date: Date, timeZone: TimeZone, language: String,
        text: String, html: String, image: (contentID: String, filename: String, png: [UInt8])
    ) {
        self.fromName = fromName
        self.fromAddress = fromAddress
        self.subject = subject
        self.date = date
        self.timeZone = timeZone
        self.language = language
        self.text = text
        self.html = html
        self.image = image
    }

    /// The message, with CRLF line ends.
    public var bytes: [UInt8] {
        let digest = SHA256.hash(data: Data((subject + "\u{0}" + text + "\u{0}" + html).utf8) + Data(image.png))
        let hash = digest.hex
        let related = "=_related_" + hash.prefix(24), alternative = "=_alternative_" + hash.prefix(24)
        let domain = fromAddress.split(separator: "@").last.map(String.init) ?? "localhost"
        let name = Self.encodedWords(fromName, header: "From: ")
        let from = "From: \(name) <\(fromAddress)>"
        var lines = [
            from.utf8.count <= 78 ? from : "From: \(name)\r\n <\(fromAddress)>",
            "Subject: \(Self.encodedWords(subject, header: "Subject: "))",
            "Date: \(Self.rfc5322Date(date, in: timeZone))",
            "Message-ID: <\(hash.prefix(32))@\(domain)>",
            "Content-Language: \(language)",
            "MIME-Version: 1.0",
            // Mail clients open a message with this header as a draft to send.
            "X-Unsent: 1",
            "Content-Type: multipart/related;\r\n boundary=\"\(related)\";\r\n type=\"multipart/alternative\"",
            "",
            "This is a MIME message; the newsletter is in HTML and in plain text.",
            "",
            "--\(related)",
            "Content-Type: multipart/alternative; boundary=\"\(alternative)\"",
            "",
            "--\(alternative)",
        ]
        lines += Self.part(type: "text/plain; charset=utf-8", body: Array(text.utf8))
        lines.append("--\(alternative)")
        lines += Self.part(type: "text/html; charset=utf-8", body: Array(html.utf8))
        lines += ["--\(alternative)--", "", "--\(related)"]
        lines += Self.part(
            type: "image/png; name=\"\(image.filename)\"", body: image.png,
            extra: ["Content-ID: <\(image.contentID)>", "Content-Disposition: inline; filename=\"\(image.filename)\""])
        lines += ["--\(related)--", ""]
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// A body part in base64, lines of 76 characters.
    private static func part(type: String, body: [UInt8], extra: [String] = []) -> [String] {
        let encoded = Data(body).base64EncodedString()
        var lines = ["Content-Type: \(type)", "Content-Transfer-Encoding: base64"] + extra + [""]
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        lines.append("")
        return lines
    }

    /// A header value as RFC 2047 encoded words (UTF-8, base64), split at character boundaries
    /// so that every line, the header's name included, stays within 76 characters, folded onto
    /// continuation lines. Plain ASCII without specials stays as it is.
    static func encodedWords(_ value: String, header: String) -> String {
        let plain = value.allSatisfy { $0.isASCII && !$0.isNewline && $0 != "\"" && $0 != "=" && $0 != "?" }
        if plain, header.count + value.count <= 78 { return value }
        // "=?UTF-8?B?" and "?=" take 12 characters; base64 makes 4 of every 3 bytes.
        func limit(_ indent: Int) -> Int { (76 - indent - 12) / 4 * 3 }
        var words: [String] = []
        var chunk = ""
        for character in value where !character.isNewline {
            if (chunk + String(character)).utf8.count > limit(words.isEmpty ? header.count : 1) {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    static func rfc5322Date(_ date: Date, in timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
