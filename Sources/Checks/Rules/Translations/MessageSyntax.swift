import CampaignModel
import Diagnostics
import Localization

/// Every message and translation is valid ICU MessageFormat.
public struct MessageSyntax: CampaignRule {
    public static let id: CheckID = "message-syntax"
    public static let summary = "a message or translation is not valid ICU MessageFormat"

    public init() {}

    public func check(_ campaign: Campaign, into log: inout DiagnosticLog) {
        for message in campaign.messages {
            do {
                _ = try MessagePattern(parsing: message.text)
            } catch {
                log.report(.messageSyntax("message '\(message.id)'", error), about: Subject(campaign: campaign.id, message: message.id), at: message.location)
            }
        }
        for table in campaign.translations {
            for message in campaign.messages {
                guard let translation = table.entries[message.id] else { continue }
                do {
                    _ = try MessagePattern(parsing: translation.text)
                } catch {
                    log.report(
                        .messageSyntax("translation of '\(message.id)'", error),
                        about: Subject(campaign: campaign.id, locales: table.scope.locales(in: campaign), message: message.id),
                        at: translation.location)
                }
            }
        }
    }
}

extension Diagnostic.Message {
    static func messageSyntax(_ what: String, _ error: MessageFormatError) -> Self {
        Self(MessageSyntax.id, .error, "\(what): \(error.message) (line \(error.line), column \(error.column) of the text)")
    }
}
