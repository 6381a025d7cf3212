import CampaignModel
import Diagnostics

/// A strings file no locale of the distribution reads.
public struct UnusedStrings: CampaignRule {
    public static let id: CheckID = "unused-strings"
    public static let summary = "a strings file no member state's choice of languages uses"

    public init() {}

    public func check(_ campaign: Campaign, into log: inout DiagnosticLog) {
        let used = Set(campaign.locales.flatMap { campaign.tables(for: $0).map(\.scope) })
        for table in campaign.translations where !used.contains(table.scope) {
            log.report(.unusedStrings(table.scope), about: Subject(campaign: campaign.id), at: table.location)
        }
    }
}

extension Diagnostic.Message {
    static func unusedStrings(_ scope: StringTable.Scope) -> Self {
        let what = switch scope {
        case .locale(let tag): "no member state takes \(tag.language) in \(tag.state)"
        case .language(let tag): "no member state chose \(tag.englishName)"
        }
        return Self(UnusedStrings.id, .warning, "strings file is not used: \(what) in the distribution")
    }
}
