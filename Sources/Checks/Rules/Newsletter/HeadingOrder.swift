import Diagnostics
import XML

/// The newsletter's headings start at h1 and step down one level at a time, so a screen
/// reader's outline makes sense.
public struct HeadingOrder: NewsletterRule {
    public static let id: CheckID = "heading-order"
    public static let summary = "the newsletter's first heading is not h1, or a heading skips a level"

    public init() {}

    public func check(_ newsletter: NewsletterUnderReview, into log: inout DiagnosticLog) {
        var previous: (level: Int, text: String)?
        for element in newsletter.elements {
            guard ["h1", "h2", "h3", "h4", "h5", "h6"].contains(element.name) else { continue }
            let level = Int(element.name.dropFirst())!
            let text = NewsletterUnderReview.normalized(element.textContent)
            if let previous, level > previous.level + 1 {
                log.report(.skippedHeading(level, text, after: previous.level, previous.text), about: newsletter.subject, at: newsletter.design)
            } else if previous == nil, level != 1 {
                log.report(.firstHeadingNotH1(level, text), about: newsletter.subject, at: newsletter.design)
            }
            previous = (level, text)
        }
    }
}

extension Diagnostic.Message {
    static func skippedHeading(_ level: Int, _ text: String, after previousLevel: Int, _ previousText: String) -> Self {
        Self(HeadingOrder.id, .error,
             "heading h\(level) '\(text)' follows h\(previousLevel) '\(previousText)'; headings go down one level at a time")
    }

    static func firstHeadingNotH1(_ level: Int, _ text: String) -> Self {
        Self(HeadingOrder.id, .error, "the first heading is h\(level) '\(text)', not h1")
    }
}
