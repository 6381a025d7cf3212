import CampaignModel
import Diagnostics
import Posters

/// A template as one campaign uses it for one format, with the pictures the campaign can show.
public struct TemplateUse: Sendable {
    public let template: Template
    public let campaign: Campaign
    public let format: OutputFormat
    public let images: ImageLibrary

    public init(template: Template, campaign: Campaign, format: OutputFormat, images: ImageLibrary) {
        self.template = template
        self.campaign = campaign
        self.format = format
        self.images = images
    }

    /// Findings about the template's use name the campaign and the format.
    var subject: Subject { Subject(campaign: campaign.id, format: format.rawValue) }
}
