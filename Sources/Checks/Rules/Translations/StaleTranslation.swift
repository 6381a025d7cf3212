import CampaignModel
import Diagnostics

/// Translations made from an older English: one warning per strings file, naming the messages.
public struct StaleTranslation: CampaignRule {
    public static let id: CheckID = "stale-translation"
    public static let summary = "the English of a message changed since it was translated"

    public init() {}

    public func check(_ campaign: Campaign, into log: inout DiagnosticLog) {
        for table in campaign.translations {
            let stale = campaign.messages.filter { table.entries[$0.id]?.isStale(against: $0) == true }.map(\.id)
            guard !stale.isEmpty else { continue }
            log.report(
                .staleTranslation(stale, in: table.scope),
                about: Subject(campaign: campaign.id, locales: table.scope.locales(in: campaign)), at: table.location)
        }
    }
}

extension Diagnostic.Message {
    static func staleTranslation(_ ids: [String], in scope: StringTable.Scope) -> Self {
        Self(StaleTranslation.id, .warning,
             "the English of \(ids.map { "'\($0)'" }.joined(separator: ", ")) changed since \(scope) was translated: "
                + "translate again (`campaign strings export`), or run `campaign strings confirm` if the change needs no new translation")
    }
}
