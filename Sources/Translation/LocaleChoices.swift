import CampaignBuild
import CampaignModel
import Diagnostics
import Foundation
import Localization

/// Adds and removes the languages a member state chose for a campaign, editing the campaign's
/// spec in place and checking the result loads before it is written.
public struct LocaleChoices {

    /// Where the project's inputs are.
    public let layout: ProjectLayout

    public init(layout: ProjectLayout) {
        self.layout = layout
    }

    /// What an edit wrote.
    public struct Outcome: Sendable {
        /// The spec, and a new strings file when the language had none.
        public var written: [String] = []
        /// Empty strings files no locale uses any more.
        public var removed: [String] = []
        /// The locale the edit added or removed.
        public let locale: LocaleTag
    }

    public enum Edit: Sendable {
        case add, remove
    }

    public func apply(_ edit: Edit, campaign id: String, state: String, language text: String, log: inout DiagnosticLog) -> Outcome? {
        let loaded = ProjectLoader(layout).load()
        log.append(contentsOf: loaded.log.filter { $0.severity == .error })
        guard !loaded.log.hasErrors else { return nil }
        let project = loaded.project
        guard let campaign = project.campaign(id) else {
            log.error(.localeChoice, "unknown campaign '\(id)'\(Suggestion.didYouMean(id, among: project.campaigns.map(\.id)))", at: nil)
            return nil
        }
        let code = state.uppercased()
        guard project.memberState(code) != nil else {
            let codes = project.memberStates.map(\.code)
            log.error(.localeChoice, "unknown member state '\(state)' (Assets/member-states.yaml)\(Suggestion.didYouMean(code, among: codes))", at: nil)
            return nil
        }
        let language: LanguageTag
        do {
            language = try LanguageTag(parsing: text)
        } catch {
            log.error(.localeChoice, "--language \(text): \(error.message)", at: nil)
            return nil
        }
        let path = campaign.location.file
        guard let spec = try? String(contentsOfFile: path, encoding: .utf8) else {
            log.error(.localeChoice, "cannot read the spec", at: campaign.location)
            return nil
        }
        let editor = DistributionEditor(path: path, text: spec)
        let edited: String
        do {
            edited = edit == .add ? try editor.adding(language, to: code) : try editor.removing(language, from: code)
        } catch {
            log.error(.localeChoice, error.message, at: error.location)
            return nil
        }
        let locale = LocaleTag(language: language, state: code)
        var outcome = Outcome(locale: locale)
        do {
            try AtomicFile.write(Data(edited.utf8), to: URL(fileURLWithPath: path))
            outcome.written.append(path)
            if edit == .add, let stub = stringsFile(for: locale, in: campaign) {
                try AtomicFile.write(Data(stub.text.utf8), to: URL(fileURLWithPath: stub.path))
                outcome.written.append(stub.path)
            }
        } catch {
            log.error(.localeChoice, "cannot write: \(error.localizedDescription)", at: campaign.location)
            return nil
        }
        if edit == .remove { outcome.removed = removeUnusedStrings(campaign: campaign, removed: locale, log: &log) }
        return outcome
    }

    /// An empty strings file for a language the campaign has no strings in yet, so the new
    /// locale builds (in English) until its translation is imported.
    private func stringsFile(for locale: LocaleTag, in campaign: Campaign) -> (path: String, text: String)? {
        guard locale.language.language != LanguageTag.english.language,
            !Localizer(campaign: campaign).tables(for: locale).contains(where: { if case .language = $0.scope { true } else { false } })
        else { return nil }
        let header = "# \(locale.language.englishName) (\(locale.language)) strings for \(campaign.id).\n"
        return ("\(campaign.directory)/strings/\(locale.language).yaml", StringsFileWriter(campaign: campaign).text(entries: [:], header: header))
    }

    /// Deletes the strings files only the removed locale used that hold no translation (the
    /// stub `add` made); files with translations are kept, with a note.
    private func removeUnusedStrings(campaign: Campaign, removed: LocaleTag, log: inout DiagnosticLog) -> [String] {
        let remaining = campaign.locales.filter { $0 != removed }
        let used = Set(remaining.flatMap { Localizer(campaign: campaign).tables(for: $0).map(\.scope) })
        var deleted: [String] = []
        for table in Localizer(campaign: campaign).tables(for: removed) where !used.contains(table.scope) {
            if table.entries.isEmpty, (try? FileManager.default.removeItem(atPath: table.location.file)) != nil {
                deleted.append(table.location.file)
            } else {
                log.append(.note(.localeChoice, "no locale uses \(table.location.file) any more; it is kept with its translations", at: table.location))
            }
        }
        return deleted
    }
}
