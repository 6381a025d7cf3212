import CampaignModel
import Diagnostics
import Localization

/// A message a language's strings file does not translate, so its locales show the English:
/// one warning per file and message, naming the locales.
public struct MissingTranslation: CampaignRule {
    public static let id: CheckID = "missing-translation"
    public static let summary = "a message has no translation in a language the distribution uses; its locales show the English"

    public init() {}

    public func check(_ campaign: Campaign, into log: inout DiagnosticLog) {
        let localizer = Localizer(campaign: campaign)
        var missing: [StringTable: [String: [LocaleTag]]] = [:]
        for locale in campaign.locales where !locale.isEnglish {
            guard let table = campaign.languageTables(for: locale).first else { continue }
            for message in localizer.strings(for: locale).fallbacks {
                missing[table, default: [:]][message.id, default: []].append(locale)
            }
        }
        for (table, messages) in missing {
            for (id, locales) in messages {
                let names = locales.map(\.description).sorted()
                log.report(
                    .missingTranslation(id, in: table.scope, locales: names),
                    about: Subject(campaign: campaign.id, locales: names, message: id), at: table.location)
            }
        }
    }
}

extension Diagnostic.Message {
    static func missingTranslation(_ id: String, in scope: StringTable.Scope, locales: [String]) -> Self {
        Self(MissingTranslation.id, .warning,
             "no translation of '\(id)' in \(scope); \(locales.joined(separator: ", ")) will show the English source")
    }
}
