import Diagnostics
import XML

/// The newsletter's HTML can be read as HTML at all, so the other newsletter rules can judge it.
public struct NewsletterHTML: NewsletterRule {
    public static let id: CheckID = "newsletter-html"
    public static let summary = "the newsletter's HTML cannot be read"

    public init() {}

    public func check(_ newsletter: NewsletterUnderReview, into log: inout DiagnosticLog) {
        guard (try? XMLDocument(parsingHTML: newsletter.html, name: "newsletter.html").root) == nil else { return }
        log.report(Diagnostic.Message(Self.id, .error, "the newsletter's HTML cannot be read"), about: newsletter.subject, at: newsletter.design)
    }
}
