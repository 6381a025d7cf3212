import CampaignBuild
import CampaignModel
import Diagnostics
import Foundation
import Localization
import Posters
import TextLayout
import TranslationFiles

/// The translation workflow over the whole project: files out to translators with the room the
/// layout measured, files back in after checking every unit, and the status of every locale.
public struct TranslationDesk {

    /// Where the project's inputs are.
    public let layout: ProjectLayout

    public init(layout: ProjectLayout) {
        self.layout = layout
    }

    private func check(_ selection: Selection = Selection()) -> ProjectCheck {
        ProjectCheck(layout: layout, selection: selection)
    }

    // MARK: Export

    /// The translation file of one campaign and locale, or `nil` after logging why not.
    public func export(campaign id: String, locale: LocaleTag, format: TranslationFormat, log: inout DiagnosticLog) -> [UInt8]? {
        let checked = check(Selection(campaignIDs: [id])).run()
        log.append(contentsOf: checked.log)
        guard !checked.log.hasErrors, let campaign = checked.project.campaigns.first(where: { $0.id == id }) else { return nil }
        guard campaign.locales.contains(locale) else {
            let known = campaign.locales.map(\.description).joined(separator: ", ")
            log.error(.translationFile, "\(id) is not made in \(locale); its locales are \(known)", at: campaign.location)
            return nil
        }
        guard let engine = engine(log: &log),
            let placements = placements(of: campaign, locale: locale, checked: checked, engine: engine, log: &log)
        else { return nil }
        let document = TranslationDocumentBuilder(campaign: campaign, locale: locale).document(placements: placements)
        let original = campaign.location.file
        switch format {
        case .xliff:
            return XLIFFWriter().write(document, original: original)
        case .po:
            let lines = Dictionary(uniqueKeysWithValues: campaign.messages.map { ($0.id, $0.location.line) })
            return POWriter().write(document, original: original, sourceLines: lines)
        }
    }

    // MARK: Import

    /// What an import did: the strings files written, and how many translations each took.
    public struct ImportResult: Sendable {
        public var written: [(path: String, updated: Int)] = []
        public var unchanged = 0
    }

    /// Checks every file, then writes the strings files they change, each atomically. Any error
    /// in any file writes nothing. `locale` is the locale the files must be for, if known.
    public func importFiles(_ paths: [String], locale: LocaleTag?, log: inout DiagnosticLog) -> ImportResult? {
        let loaded = ProjectLoader(layout).load()
        log.append(contentsOf: loaded.log.filter { $0.severity == .error })
        guard !loaded.log.hasErrors else { return nil }
        var changes: [StringsImport.Change] = []
        var unchanged = 0
        for path in paths {
            guard let document = read(path, log: &log) else { continue }
            guard let campaign = campaign(for: document, in: loaded.project, log: &log) else { continue }
            let expected = locale ?? FileNaming.locale(inFileName: path, campaign: campaign.id)
            guard let fileChanges = StringsImport(campaign: campaign).changes(from: document, expectedLocale: expected, log: &log)
            else { continue }
            for change in fileChanges {
                if changes.contains(where: { $0.path == change.path }) {
                    log.error(.translationFile, "two files change \(change.path); import them one after the other", at: SourceLocation(file: path))
                }
                changes.append(change)
            }
            if fileChanges.isEmpty { unchanged += 1 }
        }
        guard !log.hasErrors else { return nil }
        var result = ImportResult(unchanged: unchanged)
        do {
            for change in changes where try AtomicFile.writeIfChanged(Data(change.text.utf8), to: URL(fileURLWithPath: change.path)) {
                result.written.append((change.path, change.updated))
            }
        } catch {
            log.error(.translationFile, "cannot write the strings file: \(error.localizedDescription)", at: nil)
            return nil
        }
        return result
    }

    private func read(_ path: String, log: inout DiagnosticLog) -> ImportedDocument? {
        switch TranslationFormat(path: path) {
        case .xliff: return XLIFFReader(path: path).read(log: &log)
        case .po: return POReader(path: path).read(log: &log)
        case nil:
            log.error(.translationFile, "not a translation file: expected .xlf, .xliff or .po", at: SourceLocation(file: path))
            return nil
        }
    }

    private func campaign(for document: ImportedDocument, in project: Project, log: inout DiagnosticLog) -> Campaign? {
        let id = document.campaign ?? FileNaming.campaign(inFileName: document.path, among: project.campaigns.map(\.id))
        guard let id else {
            log.error(.translationFile, "the file does not say its campaign; name it <campaign>.<locale>.<ext> as exported", at: document.localeLocation)
            return nil
        }
        guard let campaign = project.campaigns.first(where: { $0.id == id }) else {
            let ids = project.campaigns.map(\.id)
            log.error(.translationFile, "unknown campaign '\(id)'\(Suggestion.didYouMean(id, among: ids))", at: document.localeLocation)
            return nil
        }
        return campaign
    }

    // MARK: Status

    /// The status of every selected campaign and locale, overflows measured by laying out.
    public func status(_ selection: Selection, log: inout DiagnosticLog) -> [TranslationStatus]? {
        let checked = check(selection).run()
        log.append(contentsOf: checked.log)
        guard !checked.log.hasErrors, let engine = engine(log: &log) else { return nil }
        var rows: [TranslationStatus] = []
        for entry in checked.selected {
            for locale in entry.locales {
                guard let placements = placements(of: entry.campaign, locale: locale, checked: checked, engine: engine, log: &log)
                else { return nil }
                let overflowing = entry.campaign.messages.map(\.id).filter { id in
                    placements[id]?.contains(where: \.overflows) ?? false
                }
                rows.append(TranslationStatus(campaign: entry.campaign, locale: locale, overflowing: overflowing))
            }
        }
        return rows
    }

    // MARK: Confirm

    /// Records that the translations of `selection` still match the current English (after a
    /// change to the English that needs no new translation, such as a typo fixed): their
    /// source fingerprints are brought up to date. Returns the files written.
    public func confirm(_ selection: Selection, messages: [String], log: inout DiagnosticLog) -> [(path: String, updated: Int)]? {
        let checked = check(selection).run()
        log.append(contentsOf: checked.log.filter { $0.severity == .error })
        guard !checked.log.hasErrors else { return nil }
        var written: [(String, Int)] = []
        for entry in checked.selected {
            let campaign = entry.campaign
            let ids = messages.isEmpty ? campaign.messages.map(\.id) : messages
            for id in ids where campaign.message(id) == nil {
                log.error(.translationFile, "unknown message id '\(id)' in \(campaign.id)", at: campaign.location)
            }
            guard !log.hasErrors else { return nil }
            let scopes = Set(entry.locales.flatMap { Localizer(campaign: campaign).tables(for: $0).map(\.scope) })
            for table in campaign.translations where scopes.contains(table.scope) {
                var entries = table.entries
                var updated = 0
                for id in ids {
                    guard let message = campaign.message(id), let translation = entries[id],
                        translation.sourceHash != message.sourceHash
                    else { continue }
                    entries[id] = Translation(
                        text: translation.text, state: translation.state, sourceHash: message.sourceHash, location: translation.location)
                    updated += 1
                }
                guard updated > 0 else { continue }
                let text = StringsFileWriter(campaign: campaign).text(entries: entries, header: table.header)
                do {
                    try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: table.location.file))
                } catch {
                    log.error(.translationFile, "cannot write: \(error.localizedDescription)", at: table.location)
                    return nil
                }
                written.append((table.location.file, updated))
            }
        }
        return written
    }

    // MARK: Layout

    private func engine(log: inout DiagnosticLog) -> TextLayoutEngine? {
        let path = check().layout.fontConfiguration
        do {
            return TextLayoutEngine(fonts: try FontLibrary(configurationFile: path))
        } catch {
            log.error(.translationFile, error.description, at: SourceLocation(file: path))
            return nil
        }
    }

    private func placements(
        of campaign: Campaign, locale: LocaleTag, checked: ProjectCheck.Result, engine: TextLayoutEngine, log: inout DiagnosticLog
    ) -> [String: [MessagePlacement]]? {
        guard let state = checked.project.memberState(locale.state) else { return [:] }
        let measuring = MessagePlacementFinder(
            campaign: campaign, locale: locale, state: state, templates: checked.templates,
            templatePath: check().templatePath)
        do {
            return try measuring.measure(engine: engine)
        } catch {
            log.error(.fonts, "\(error)", about: .output(campaign: campaign.id, locale: locale.description), at: campaign.location)
            return nil
        }
    }
}
