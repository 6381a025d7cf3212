import Diagnostics
import Posters

/// Every picture slot has a picture for every member state taking part.
public struct MissingPicture: TemplateUseRule {
    public static let id: CheckID = "missing-picture"
    public static let summary = "a picture slot has no picture for a member state taking part"

    public init() {}

    public func check(_ use: TemplateUse, into log: inout DiagnosticLog) {
        let states = use.campaign.distribution.map(\.state)
        for slot in use.template.imageSlots where ImageLibrary.isValidName(slot.name) {
            guard states.lazy.flatMap({ use.images.escaping(slot.name, state: $0) }).first == nil,
                let state = states.first(where: { use.images.path(slot.name, state: $0) == nil })
            else { continue }
            log.report(
                .missingPicture(slot.name, campaign: use.campaign.id, state: state, images: use.images),
                about: use.subject, at: use.template.location(line: slot.line))
        }
    }
}

extension Diagnostic.Message {
    static func missingPicture(_ name: String, campaign: String, state: String, images: ImageLibrary) -> Self {
        Self(MissingPicture.id, .error,
             "no picture '\(name)' for campaign '\(campaign)' in \(state): add \(images.campaignDirectory)/images/\(name).svg")
    }
}
