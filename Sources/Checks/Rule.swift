import CampaignModel
import Diagnostics

/// A rule the project or what the build makes of it is judged by. Each rule is one type in one
/// file: its identifier, a line saying what it looks for, its measurement and its findings'
/// texts. `CheckRegistry` lists them all, and the build runs the registry.
///
/// Rules differ in what they look at, so each stage of the build has its own kind of rule.
public protocol Rule: Sendable {
    /// The stable identifier findings carry (`slot-overflow`).
    static var id: CheckID { get }
    /// What the rule looks for, as the docs' table of checks says it.
    static var summary: String { get }
}

/// Judges a campaign's messages and translations, before anything is laid out.
public protocol CampaignRule: Rule {
    func check(_ campaign: Campaign, into log: inout DiagnosticLog)
}

/// Judges a template as a design for one format and audience, whichever campaign uses it.
public protocol DesignRule: Rule {
    func check(_ design: DesignUnderReview, into log: inout DiagnosticLog)
}

/// Judges a template as one campaign uses it for one format: its references and pictures.
public protocol TemplateUseRule: Rule {
    func check(_ use: TemplateUse, into log: inout DiagnosticLog)
}

/// Judges a poster of one locale as it was laid out, before it is drawn.
public protocol LayoutRule: Rule {
    func check(_ poster: PosterUnderReview, into log: inout DiagnosticLog)
}

/// Judges a poster of one locale as it was drawn, on renderings of its background.
public protocol DrawingRule: Rule {
    func check(_ poster: DrawnPoster, into review: inout DrawingReview)
}

/// Judges a locale's newsletter as a reader (and a screen reader) meets it.
public protocol NewsletterRule: Rule {
    func check(_ newsletter: NewsletterUnderReview, into log: inout DiagnosticLog)
}
