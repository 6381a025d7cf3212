import CampaignModel
import Diagnostics
import Localization

/// Each translation uses the same arguments, plurals and selects as its English.
public struct ArgumentMismatch: CampaignRule {
    public static let id: CheckID = "argument-mismatch"
    public static let summary = "a translation's arguments, plurals or selects differ from its English"

    public init() {}

    public func check(_ campaign: Campaign, into log: inout DiagnosticLog) {
        campaign.forEachParsedTranslation { table, message, source, translation, pattern in
            for mismatch in pattern.mismatches(comparedWith: source) {
                log.report(
                    .argumentMismatch(message.id, mismatch),
                    about: Subject(campaign: campaign.id, locales: table.scope.locales(in: campaign), message: message.id),
                    at: translation.location)
            }
        }
    }
}

extension Diagnostic.Message {
    static func argumentMismatch(_ id: String, _ mismatch: String) -> Self {
        Self(ArgumentMismatch.id, .error, "translation of '\(id)': \(mismatch)")
    }
}
