import CampaignModel
import CLDRPlurals
import Diagnostics
import Localization

/// A translation's plurals have the forms its language has (CLDR): none missing, none it
/// never uses.
public struct PluralForms: CampaignRule {
    public static let id: CheckID = "plural-forms"
    public static let summary = "a translation's plural lacks a form its language needs (CLDR) or has one it never uses"

    public init() {}

    public func check(_ campaign: Campaign, into log: inout DiagnosticLog) {
        var rulesByTable: [StringTable.Scope: PluralRules?] = [:]
        campaign.forEachParsedTranslation { table, message, _, translation, pattern in
            let rules = rulesByTable[table.scope, default: try? PluralRules(language: table.scope.language.description)]
            rulesByTable[table.scope] = rules
            guard let rules else { return }
            for finding in pattern.pluralFindings(for: rules) {
                log.report(
                    .pluralForms(message.id, finding),
                    about: Subject(campaign: campaign.id, locales: table.scope.locales(in: campaign), message: message.id),
                    at: translation.location)
            }
        }
    }
}

extension Diagnostic.Message {
    static func pluralForms(_ id: String, _ finding: PluralFinding) -> Self {
        let severity: Diagnostic.Severity = switch finding.severity {
        case .error: .error
        case .warning: .warning
        }
        return Self(PluralForms.id, severity, "translation of '\(id)': \(finding.message)")
    }
}
