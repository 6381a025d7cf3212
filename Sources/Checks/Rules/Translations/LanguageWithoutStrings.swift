import CampaignModel
import Diagnostics

/// A member state chose a language the campaign has no strings in: its locale would be all
/// English.
public struct LanguageWithoutStrings: CampaignRule {
    public static let id: CheckID = "language-without-strings"
    public static let summary = "a member state chose a language the campaign has no strings file for"

    public init() {}

    public func check(_ campaign: Campaign, into log: inout DiagnosticLog) {
        for participation in campaign.distribution {
            for chosen in participation.languages {
                let locale = LocaleTag(language: chosen.tag, state: participation.state)
                guard !locale.isEnglish, campaign.languageTables(for: locale).isEmpty else { continue }
                log.report(
                    .languageWithoutStrings(state: participation.state, language: chosen.tag),
                    about: Subject(campaign: campaign.id, locales: [locale.description]), at: chosen.location)
            }
        }
    }
}

extension Diagnostic.Message {
    static func languageWithoutStrings(state: String, language: LanguageTag) -> Self {
        Self(LanguageWithoutStrings.id, .error,
             "\(state) chose \(language.englishName) ('\(language)'), but the campaign has no strings in it: add strings/\(language).yaml")
    }
}
