import CampaignModel
import Posters

/// A template as a design for one format and audience: what the print and size rules judge,
/// once however many campaigns use it.
public struct DesignUnderReview: Sendable {
    public let template: Template
    public let format: OutputFormat
    public let audience: Audience

    public init(template: Template, format: OutputFormat, audience: Audience) {
        self.template = template
        self.format = format
        self.audience = audience
    }
}
