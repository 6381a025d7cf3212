import CampaignModel
import CLDRPlurals
import Diagnostics
import Localization

/// Checks an imported translation file against its campaign and works out the strings files
/// it changes. Nothing is written here: the caller writes the changes only when the whole
/// import has no error.
public struct StringsImport {
    public let campaign: Campaign

    public init(campaign: Campaign) {
        self.campaign = campaign
    }

    /// A strings file to write: its path and its new text.
    public struct Change: Hashable, Sendable {
        public let path: String
        public let text: String
        /// How many translations in it are new or changed.
        public let updated: Int
    }

    /// The changes `document` makes, or `nil` after logging why it cannot be imported.
    /// `expectedLocale` is the locale the caller or the file name says the file is for.
    public func changes(from document: ImportedDocument, expectedLocale: LocaleTag?, log: inout DiagnosticLog) -> [Change]? {
        let errorsBefore = log.errorCount
        if let named = document.campaign, named != campaign.id {
            log.error(.translationFile, "the file is for campaign '\(named)', not '\(campaign.id)'", at: document.localeLocation)
            return nil
        }
        guard let locale = self.locale(of: document, expected: expectedLocale, log: &log) else { return nil }
        let rules = try? PluralRules(language: locale.language.description)
        var updates: [StringTable.Scope: [String: Translation]] = [:]
        for unit in document.units {
            guard let message = message(of: unit, log: &log) else { continue }
            guard let target = unit.target else { continue }
            guard check(target, of: unit, id: message.id, against: message, rules: rules, log: &log) else { continue }
            let (scope, current) = destination(of: message, for: locale)
            if let current, current.text == target, unit.needsWork == (ExportState.of(current, message: message) == .initial),
                unit.state.map({ $0 == ExportState.of(current, message: message) }) ?? true
            {
                continue
            }
            let source = unit.source ?? message.text
            if source != message.text {
                log.warning(.translationFile, 
                    "'\(message.id)' was translated from an older English text; it stays stale until translated again",
                    at: unit.targetLocation)
            }
            updates[scope, default: [:]][message.id] = Translation(
                text: target, state: unit.state ?? (unit.needsWork ? .initial : .translated),
                sourceHash: SourceHash.of(source), location: unit.targetLocation)
        }
        guard log.errorCount == errorsBefore else { return nil }
        return updates.keys.sorted { $0.description < $1.description }.map { scope in
            change(for: scope, updates: updates[scope]!)
        }
    }

    private func locale(of document: ImportedDocument, expected: LocaleTag?, log: inout DiagnosticLog) -> LocaleTag? {
        let locale: LocaleTag
        do {
            locale = try LocaleTag(parsing: document.locale)
        } catch {
            log.error(.translationFile, "the target language '\(document.locale)' is not a locale such as 'de-AT': \(error.message)", at: document.localeLocation)
            return nil
        }
        if let expected, expected != locale {
            log.error(.translationFile, "the file's target language is \(locale), but it is meant for \(expected)", at: document.localeLocation)
            return nil
        }
        guard campaign.locales.contains(locale) else {
            let known = campaign.locales.map(\.description).joined(separator: ", ")
            log.error(.translationFile, "\(campaign.id) is not made in \(locale); its locales are \(known)", at: document.localeLocation)
            return nil
        }
        return locale
    }

    /// Whether a target is a text the campaign can print: no markup, ICU MessageFormat with the
    /// source's placeholders, and plural forms the language has.
    /// The message a unit translates: by its id, or for a PO entry without context, the one
    /// message whose English is the entry's msgid.
    private func message(of unit: ImportedUnit, log: inout DiagnosticLog) -> Message? {
        if let id = unit.id {
            guard let message = campaign.message(id) else {
                let ids = campaign.messages.map(\.id)
                log.error(.translationFile, "unknown message id '\(id)'\(Suggestion.didYouMean(id, among: ids))", at: unit.location)
                return nil
            }
            return message
        }
        let matches = campaign.messages.filter { $0.text == unit.source }
        guard matches.count == 1 else {
            log.error(.translationFile, 
                matches.isEmpty
                    ? "the entry has no msgctxt, and no message has its English (msgid); the English may have changed since the export: export again"
                    : "the entry has no msgctxt, and its English is the text of \(matches.map { "'\($0.id)'" }.joined(separator: " and "))",
                at: unit.location)
            return nil
        }
        return matches[0]
    }

    private func check(_ target: String, of unit: ImportedUnit, id: String, against message: Message, rules: PluralRules?, log: inout DiagnosticLog) -> Bool {
        let at = unit.targetLocation
        if let problem = Message.lengthProblem(of: target) {
            log.error(.translationFile, "'\(id)': \(problem)", at: at)
            return false
        }
        if let tag = MarkupScan.firstTag(in: target), MarkupScan.firstTag(in: message.text) == nil {
            log.error(.translationFile, "'\(id)': markup '\(tag)' in the translation; campaign texts are plain text", at: at)
            return false
        }
        if let control = target.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
            log.error(.translationFile, "'\(id)': control character U+\(String(control.value, radix: 16, uppercase: true)) in the translation", at: at)
            return false
        }
        let pattern: MessagePattern
        do {
            pattern = try MessagePattern(parsing: target)
        } catch {
            log.error(.translationFile, "'\(id)': \(error.message) (line \(error.line), column \(error.column) of the translation)", at: at)
            return false
        }
        guard let source = try? MessagePattern(parsing: message.text) else { return true }
        var fine = true
        for mismatch in pattern.mismatches(comparedWith: source) {
            log.error(.translationFile, "'\(id)': \(mismatch)", at: at)
            fine = false
        }
        if let rules {
            for finding in pattern.pluralFindings(for: rules) {
                switch finding.severity {
                case .error:
                    log.error(.translationFile, "'\(id)': \(finding.message)", at: at)
                    fine = false
                case .warning:
                    log.warning(.translationFile, "'\(id)': \(finding.message)", at: at)
                }
            }
        }
        return fine
    }

    /// The strings file a message's translation for `locale` belongs in, and the translation
    /// it has there now: the table the locale takes it from, or for a message not yet
    /// translated, the language's table (regional English goes in the locale's own file).
    private func destination(of message: Message, for locale: LocaleTag) -> (StringTable.Scope, Translation?) {
        let localizer = Localizer(campaign: campaign)
        if let resolved = localizer.strings(for: locale).message(message.id),
            let translation = localizer.translation(of: message.id, for: locale, origin: resolved.origin)
        {
            switch resolved.origin {
            case .locale(let tag): return (.locale(tag), translation)
            case .language(let tag): return (.language(tag), translation)
            case .source: break
            }
        }
        if locale.language.language == LanguageTag.english.language { return (.locale(locale), nil) }
        let table = localizer.tables(for: locale).first { if case .language = $0.scope { true } else { false } }
        return (table?.scope ?? .language(locale.language), nil)
    }

    private func change(for scope: StringTable.Scope, updates: [String: Translation]) -> Change {
        let table = campaign.translations.first { $0.scope == scope }
        var entries = table?.entries ?? [:]
        entries.merge(updates) { _, new in new }
        let header = table?.header ?? "# \(Self.languageName(of: scope)) strings for \(campaign.id).\n"
        let path = table?.location.file ?? "\(campaign.directory)/strings/\(scope).yaml"
        return Change(path: path, text: StringsFileWriter(campaign: campaign).text(entries: entries, header: header), updated: updates.count)
    }

    private static func languageName(of scope: StringTable.Scope) -> String {
        switch scope {
        case .language(let tag): "\(tag.englishName) (\(tag))"
        case .locale(let tag): "\(tag.language.englishName) in \(tag.state) (\(tag))"
        }
    }
}

/// Finds text that looks like an HTML or XML tag (`<b>`, `</a>`, `<!--`, `<?php`).
enum MarkupScan {
    static func firstTag(in text: String) -> String? {
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "<") {
            let next = text.index(after: open)
            guard next < text.endIndex else { return nil }
            if text[next].isLetter || "/!?".contains(text[next]) {
                let close = text[next...].firstIndex(of: ">") ?? text.endIndex
                let end = text.index(open, offsetBy: 20, limitedBy: close) ?? close
                return String(text[open..<end]) + (end == close && close < text.endIndex ? ">" : "…")
            }
            index = next
        }
        return nil
    }
}
