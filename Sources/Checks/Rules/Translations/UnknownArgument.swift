import CampaignModel
import Diagnostics
import Localization

/// The English messages use only the arguments the compiler supplies (`{date}`, `{state}` ...).
public struct UnknownArgument: CampaignRule {
    public static let id: CheckID = "unknown-argument"
    public static let summary = "a message uses an argument the compiler does not supply (or an old name of one)"

    public init() {}

    public func check(_ campaign: Campaign, into log: inout DiagnosticLog) {
        for message in campaign.messages {
            guard let pattern = try? MessagePattern(parsing: message.text) else { continue }
            for argument in pattern.arguments where MessageArguments.names[argument.name] == nil {
                let finding = MessageArguments.renamed[argument.name].map { Diagnostic.Message.renamedArgument(argument.name, $0, in: message.id) }
                    ?? .unknownArgument(argument.name, in: message.id)
                log.report(finding, about: Subject(campaign: campaign.id, message: message.id), at: message.location)
            }
        }
    }
}

extension Diagnostic.Message {
    static func renamedArgument(_ old: String, _ new: String, in id: String) -> Self {
        Self(UnknownArgument.id, .warning,
             "message '\(id)' uses {\(old)}, which is now called {\(new)} as in the templates; {\(old)} is still filled in for now")
    }

    static func unknownArgument(_ name: String, in id: String) -> Self {
        Self(UnknownArgument.id, .error, "message '\(id)' uses {\(name)}, which the compiler does not supply; it supplies \(MessageArguments.list)")
    }
}
