import CampaignModel
import Diagnostics
import Posters

/// Every message the campaign puts on a format has a slot in that format's template.
public struct UnplacedMessage: TemplateUseRule {
    public static let id: CheckID = "unplaced-message"
    public static let summary = "a message the campaign puts on a format has no slot in its template"

    public init() {}

    public func check(_ use: TemplateUse, into log: inout DiagnosticLog) {
        let shown = Set(use.template.textSlots.flatMap(\.text.references))
        for message in use.campaign.messages where message.formats.contains(use.format) && !shown.contains(message.id) {
            var subject = use.subject
            subject.message = message.id
            log.report(
                .unplacedMessage(message.id, campaign: use.campaign.id, format: use.format),
                about: subject, at: SourceLocation(file: use.template.path))
        }
    }
}

extension Diagnostic.Message {
    static func unplacedMessage(_ id: String, campaign: String, format: OutputFormat) -> Self {
        Self(UnplacedMessage.id, .error,
             "no slot shows message '\(id)', which campaign '\(campaign)' puts on \(format.rawValue); "
                + "add a <rect data-slot=\"\(id)\" data-size=\"...\"/>")
    }
}
