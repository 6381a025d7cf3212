import CampaignModel
import Foundation
import Mustache

/// Writes one locale's newsletter: the HTML page (with the flyer thumbnail beside it), its
/// plain-text twin and the .eml that carries both and the thumbnail.
public struct NewsletterWriter: Sendable {
    public let design: NewsletterDesign
    /// The thumbnail's file name next to the HTML, and its Content-ID in the .eml.
    public static let thumbnailName = "newsletter-flyer.png"

    public init(design: NewsletterDesign) {
        self.design = design
    }

    public struct Files: Sendable {
        public let html: [UInt8]
        public let text: [UInt8]
        public let eml: [UInt8]
    }

    /// The three files. `thumbnail` is the PNG the build made of the locale's flyer.
    public func write(_ content: NewsletterContent, thumbnail: [UInt8], date: Date) -> Files {
        let markdown = SafeMarkdown(styles: design.bodyStyles)
        let source = content.text("newsletter-body")
        // An English fallback body in a right-to-left newsletter is an English block.
        let body = content.isEnglishInRightToLeft("newsletter-body")
            ? "<div dir=\"ltr\" lang=\"en\">\(markdown.html(source))</div>" : markdown.html(source)
        let html = design.html.render(content.values(body: body, imageSource: Self.thumbnailName))
        let contentID = "flyer.\(content.campaign.id).\(content.locale)@newsletter"
        let mailHTML = design.html.render(content.values(body: body, imageSource: "cid:" + contentID))
        let text = Self.normalizedText(design.text.render(content.values(body: markdown.plainText(source), imageSource: "")))
        let message = EmailMessage(
            fromName: content.campaign.title, fromAddress: "newsletter@\(content.campaign.id).invalid",
            subject: content.subject, date: date, timeZone: TimeZone(identifier: content.state.timeZone) ?? .gmt,
            language: content.locale.description, text: text, html: mailHTML,
            image: (contentID, Self.thumbnailName, thumbnail))
        return Files(html: Array(html.utf8), text: Array(text.utf8), eml: message.bytes)
    }

    /// Text with trailing spaces and runs of blank lines removed, ending in one newline.
    static func normalizedText(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
