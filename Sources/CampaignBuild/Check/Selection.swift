import CampaignModel
import Diagnostics

/// Which campaigns and locales a run covers: everything by default, or what `--campaign` and
/// `--locale` name. A locale filter with a region (`de-AT`) picks that locale; one without
/// (`de`, `zh-Hans`) picks the language in every member state.
public struct Selection: Sendable, Equatable {
    public var campaignIDs: [String]
    public var localeFilters: [String]

    public init(campaignIDs: [String] = [], localeFilters: [String] = []) {
        self.campaignIDs = campaignIDs
        self.localeFilters = localeFilters
    }

    /// The selected campaigns with their selected locales, and an error for every filter that
    /// is malformed or matches nothing.
    func resolve(in project: Project, log: inout DiagnosticLog) -> [(campaign: Campaign, locales: [LocaleTag])] {
        let knownIDs = project.campaigns.map(\.id)
        for id in campaignIDs where !knownIDs.contains(id) {
            log.error(.selection, "unknown campaign '\(id)' given to --campaign\(Suggestion.didYouMean(id, among: knownIDs))", at: nil)
        }
        let campaigns = campaignIDs.isEmpty ? project.campaigns : project.campaigns.filter { campaignIDs.contains($0.id) }

        let matchers = localeFilters.compactMap { filter -> LocaleMatcher? in
            do throws(TagError) {
                return try LocaleMatcher(filter)
            } catch {
                log.error(.selection, "--locale \(filter): \(error.message)", at: nil)
                return nil
            }
        }
        var selected: [(campaign: Campaign, locales: [LocaleTag])] = []
        var matched = Set<String>()
        for campaign in campaigns {
            let locales = campaign.locales.filter { locale in
                guard !matchers.isEmpty else { return true }
                let hits = matchers.filter { $0.matches(locale) }
                matched.formUnion(hits.map(\.text))
                return !hits.isEmpty
            }
            if !locales.isEmpty { selected.append((campaign, locales)) }
        }
        let allLocales = campaigns.flatMap(\.locales).map(\.description)
        for matcher in matchers where !matched.contains(matcher.text) {
            log.error(.selection, 
                "--locale \(matcher.text) matches no locale of the selected campaigns\(Suggestion.didYouMean(matcher.text, among: allLocales))",
                at: nil)
        }
        return selected
    }
}

/// One `--locale` filter, parsed.
private struct LocaleMatcher {
    let text: String
    private let locale: LocaleTag?
    private let language: LanguageTag?

    init(_ text: String) throws(TagError) {
        self.text = text
        let parts = text.split(separator: "-")
        if parts.count > 1, parts.last?.count == 2 {
            locale = try LocaleTag(parsing: text)
            language = nil
        } else {
            locale = nil
            language = try LanguageTag(parsing: text)
        }
    }

    func matches(_ candidate: LocaleTag) -> Bool {
        if let locale { return candidate == locale }
        return candidate.language == language
    }
}
