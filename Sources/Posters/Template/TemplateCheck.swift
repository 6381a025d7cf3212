import CampaignModel
import Diagnostics

/// Checks a template against a campaign that uses it: every name a slot shows exists, every
/// message the campaign wants on this format has a slot, and every picture is there for every
/// member state taking part.
public struct TemplateCheck {
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

    public func run(log: inout DiagnosticLog) {
        let messageIDs = campaign.messages.map(\.id)
        let known = messageIDs + PosterContent.dataNames.keys.sorted()
        for slot in template.textSlots {
            for name in slot.text.references where !known.contains(name) {
                log.error(
                    "slot '\(slot.name)' shows '{\(name)}', which is neither a message of campaign '\(campaign.id)' "
                        + "nor national data\(Suggestion.didYouMean(name, among: known))",
                    at: template.location(line: slot.line))
            }
        }
        let shown = Set(template.textSlots.flatMap(\.text.references))
        for message in campaign.messages where message.formats.contains(format) && !shown.contains(message.id) {
            log.error(
                "no slot shows message '\(message.id)', which campaign '\(campaign.id)' puts on \(format.rawValue); "
                    + "add a <rect data-slot=\"\(message.id)\" data-size=\"...\"/>",
                at: SourceLocation(file: template.path))
        }
        for slot in template.imageSlots {
            guard ImageLibrary.isValidName(slot.name) else {
                log.error(
                    "picture name '\(slot.name)' must be lower-case letters, digits and hyphens (a file name without folder or extension)",
                    at: template.location(line: slot.line))
                continue
            }
            let states = campaign.distribution.map(\.state)
            if let escape = states.lazy.flatMap({ images.escaping(slot.name, state: $0) }).first {
                log.error(
                    "\(escape.path) leads outside the project (to \(escape.target)); pictures must be files inside "
                        + "\(images.campaignDirectory)/images or \(images.assetsDirectory)/images",
                    at: template.location(line: slot.line))
                continue
            }
            for participation in campaign.distribution where images.path(slot.name, state: participation.state) == nil {
                log.error(
                    "no picture '\(slot.name)' for campaign '\(campaign.id)' in \(participation.state): "
                        + "add \(images.campaignDirectory)/images/\(slot.name).svg",
                    at: template.location(line: slot.line))
                break
            }
        }
    }
}
