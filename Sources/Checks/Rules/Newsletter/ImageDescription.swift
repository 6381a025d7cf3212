import Diagnostics
import XML

/// Every image of the newsletter is described, or marked as decoration.
public struct ImageDescription: NewsletterRule {
    public static let id: CheckID = "image-alt"
    public static let summary = "a newsletter image has no alt text, or an empty one without being marked as decoration"

    public init() {}

    public func check(_ newsletter: NewsletterUnderReview, into log: inout DiagnosticLog) {
        for element in newsletter.elements where element.name == "img" {
            let source = element.attribute("src") ?? "?"
            guard let alt = element.attribute("alt") else {
                log.report(.imageWithoutAlt(source), about: newsletter.subject, at: newsletter.imageDescription)
                continue
            }
            let decorative = element.attribute("role") == "presentation" || element.attribute("aria-hidden") == "true"
            if alt.trimmingCharacters(in: .whitespaces).isEmpty, !decorative {
                log.report(.imageWithEmptyAlt(source), about: newsletter.subject, at: newsletter.imageDescription)
            }
        }
    }
}

extension Diagnostic.Message {
    static func imageWithoutAlt(_ source: String) -> Self {
        Self(ImageDescription.id, .error, "image \(source) has no alt text")
    }

    static func imageWithEmptyAlt(_ source: String) -> Self {
        Self(ImageDescription.id, .error, "image \(source) has an empty alt text but is not marked as decoration")
    }
}
