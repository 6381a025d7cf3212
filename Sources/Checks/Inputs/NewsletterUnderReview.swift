import Diagnostics
import XML

/// A locale's newsletter as built, with the places a finding about it points at.
public struct NewsletterUnderReview: Sendable {
    public let html: [UInt8]
    /// `campaign/locale/newsletter`, how findings name it.
    public let subject: Subject
    /// Link texts that say nothing of their target, in the newsletter's language and in English.
    public let vagueLinkTexts: Set<String>
    /// Where to edit the picture's description (the `image-alt` message).
    public let imageDescription: SourceLocation
    /// Where to edit the body's links (the `newsletter-body` message).
    public let body: SourceLocation
    /// Where to edit the headings (the design's HTML template).
    public let design: SourceLocation

    public init(
        html: [UInt8], subject: Subject, vagueLinkTexts: [String], imageDescription: SourceLocation, body: SourceLocation,
        design: SourceLocation
    ) {
        self.html = html
        self.subject = subject
        self.vagueLinkTexts = Set(vagueLinkTexts.map(Self.normalized))
        self.imageDescription = imageDescription
        self.body = body
        self.design = design
    }
}

extension NewsletterUnderReview {
    /// Every element of the HTML, in document order; empty when it cannot be read
    /// (`NewsletterHTML` reports that).
    var elements: [XMLElement] {
        guard let root = try? XMLDocument(parsingHTML: html, name: "newsletter.html").root else { return [] }
        return Array(root.descendantsAndSelf)
    }

    /// Lower-cased, spaces collapsed, final punctuation and arrows dropped: `Read more →` is
    /// `read more`.
    static func normalized(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let last = words.last, ".,:;!?…»›→>".contains(last) || last.isWhitespace { words.removeLast() }
        return words
    }
}
