import Diagnostics
import XML

/// Every link of the newsletter says where it leads (WCAG 2.2, 2.4.4): not empty, not "click
/// here" in the newsletter's language or in English.
public struct LinkText: NewsletterRule {
    public static let id: CheckID = "link-text"
    public static let summary = "a newsletter link has no text, or a text that does not say where it leads (WCAG 2.2, 2.4.4)"

    public init() {}

    public func check(_ newsletter: NewsletterUnderReview, into log: inout DiagnosticLog) {
        for element in newsletter.elements where element.name == "a" {
            guard let target = element.attribute("href") else { continue }
            let text = NewsletterUnderReview.normalized(element.textContent)
            let label = element.attribute("aria-label").map(NewsletterUnderReview.normalized) ?? ""
            if text.isEmpty, label.isEmpty {
                log.report(.emptyLink(target), about: newsletter.subject, at: newsletter.body)
            } else if newsletter.vagueLinkTexts.contains(text), label.isEmpty || newsletter.vagueLinkTexts.contains(label) {
                log.report(.vagueLink(text, target: target), about: newsletter.subject, at: newsletter.body)
            }
        }
    }
}

extension Diagnostic.Message {
    static func emptyLink(_ target: String) -> Self {
        Self(LinkText.id, .error, "the link to \(target) has no text")
    }

    static func vagueLink(_ text: String, target: String) -> Self {
        Self(LinkText.id, .error, "the link text '\(text)' (to \(target)) does not say where it leads")
    }
}
