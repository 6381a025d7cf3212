import CampaignModel
import Diagnostics
import Posters

/// Every name a slot shows (`{headline}`, `{key-date}`) is a message of the campaign or national data.
public struct UnknownReference: TemplateUseRule {
    public static let id: CheckID = "unknown-reference"
    public static let summary = "a slot shows a name that is neither a message of the campaign nor national data"

    public init() {}

    public func check(_ use: TemplateUse, into log: inout DiagnosticLog) {
        let known = use.campaign.messages.map(\.id) + PosterContent.dataNames.keys.sorted()
        for slot in use.template.textSlots {
            for name in slot.text.references where !known.contains(name) {
                var subject = use.subject
                subject.slot = slot.name
                log.report(
                    .unknownReference(name, slot: slot.name, campaign: use.campaign.id, known: known),
                    about: subject, at: use.template.location(line: slot.line))
            }
        }
    }
}

extension Diagnostic.Message {
    static func unknownReference(_ name: String, slot: String, campaign: String, known: [String]) -> Self {
        Self(UnknownReference.id, .error,
             "slot '\(slot)' shows '{\(name)}', which is neither a message of campaign '\(campaign)' "
                + "nor national data\(Suggestion.didYouMean(name, among: known))")
    }
}
