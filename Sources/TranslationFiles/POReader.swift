import CampaignModel
import Diagnostics
import Foundation

/// Reads a gettext PO file that a translator's tool (Poedit, Weblate, translate-toolkit)
/// returns. Entries are found by `msgctxt`, the message id; comments, flags other than
/// `fuzzy`, obsolete entries (`#~`) and line wrapping are whatever the tool made of them.
public struct POReader: TranslationFileReader {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// One entry as written: its fields in order, each with where its keyword stands.
    private struct Entry {
        var fields: [(keyword: String, text: String, location: SourceLocation)] = []
        var isFuzzy = false
        var start: SourceLocation?

        func field(_ keyword: String) -> (text: String, location: SourceLocation)? {
            fields.first { $0.keyword == keyword }.map { ($0.text, $0.location) }
        }
    }

    /// Reads a file's bytes, already within the size limit.
    public func read(_ bytes: [UInt8], log: inout DiagnosticLog) -> ImportedDocument? {
        guard let entries = parse(String(decoding: bytes, as: UTF8.self), log: &log) else { return nil }
        let errorsBefore = log.errorCount
        var header: (text: String, location: SourceLocation)?
        var units: [ImportedUnit] = []
        var seen: [String: Int] = [:]
        for entry in entries {
            guard let id = entry.field("msgid") else {
                log.error(.translationFile, "an entry without msgid", at: entry.start ?? SourceLocation(file: path))
                continue
            }
            if let plural = entry.field("msgid_plural") {
                log.error(.translationFile, "gettext plural forms are not used: write plurals in the text as ICU {count, plural, …}", at: plural.location)
                continue
            }
            let context = entry.field("msgctxt")
            if context == nil, id.text.isEmpty {
                if header == nil { header = entry.field("msgstr") ?? ("", id.location) }
                continue
            }
            let location = context?.location ?? id.location
            let key = context.map { "msgctxt \($0.text)" } ?? "msgid \(id.text)"
            guard let target = entry.field("msgstr") else {
                log.error(.translationFile, "the entry has no msgstr", at: location)
                continue
            }
            if let first = seen[key] {
                log.error(.translationFile, "the entry appears twice (first at line \(first))", at: location)
                continue
            }
            seen[key] = location.line
            units.append(
                ImportedUnit(
                    id: context?.text, location: location, source: id.text,
                    target: target.text.isEmpty ? nil : target.text, targetLocation: target.location, state: nil,
                    needsWork: entry.isFuzzy))
        }
        guard log.errorCount == errorsBefore else { return nil }
        guard let header else {
            log.error(.translationFile, "the file has no header entry (msgid \"\") with its Language", at: SourceLocation(file: path))
            return nil
        }
        let fields = Self.headerFields(header.text)
        guard let language = fields["Language"], !language.isEmpty else {
            log.error(.translationFile, "the header does not say the target language (Language:)", at: header.location)
            return nil
        }
        return ImportedDocument(
            path: path, campaign: fields["X-Campaign"], locale: language.split(separator: "_").joined(separator: "-"),
            localeLocation: header.location, units: units)
    }

    private static func headerFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    private func parse(_ text: String, log: inout DiagnosticLog) -> [Entry]? {
        var entries: [Entry] = []
        var entry = Entry()
        var lastKeyword: String?
        func finish() {
            if !entry.fields.isEmpty { entries.append(entry) }
            entry = Entry()
            lastKeyword = nil
        }
        // "\r\n" is one Character in Swift: Windows line ends are split on as such.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let lineNumber = index + 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let indent = line.unicodeScalars.count - trimmed.unicodeScalars.count
            let location = SourceLocation(file: path, line: lineNumber, column: indent + 1)
            if trimmed.isEmpty {
                finish()
            } else if trimmed.hasPrefix("#~") {
                continue
            } else if trimmed.hasPrefix("#") {
                if lastKeyword != nil { finish() }
                if entry.start == nil { entry.start = location }
                if trimmed.hasPrefix("#,") {
                    let flags = trimmed.dropFirst(2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    if flags.contains("fuzzy") { entry.isFuzzy = true }
                }
            } else if trimmed.hasPrefix("\"") {
                guard lastKeyword != nil else {
                    log.error(.translationFile, "a string outside any entry", at: location)
                    return nil
                }
                guard let text = unquote(trimmed, at: location, log: &log) else { return nil }
                entry.fields[entry.fields.count - 1].text += text
            } else {
                let keyword = String(trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "\"" })
                guard ["msgctxt", "msgid", "msgid_plural", "msgstr"].contains(keyword) || keyword.hasPrefix("msgstr[") else {
                    log.error(.translationFile, "unknown keyword '\(keyword)'", at: location)
                    return nil
                }
                if keyword.hasPrefix("msgstr[") {
                    log.error(.translationFile, "gettext plural forms are not used: write plurals in the text as ICU {count, plural, …}", at: location)
                    return nil
                }
                if keyword == "msgctxt" || (keyword == "msgid" && lastKeyword != "msgctxt"), lastKeyword != nil { finish() }
                if entry.fields.contains(where: { $0.keyword == keyword }) {
                    log.error(.translationFile, "'\(keyword)' twice in one entry", at: location)
                    return nil
                }
                let rest = trimmed.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
                let stringLocation = SourceLocation(file: path, line: lineNumber, column: line.unicodeScalars.count - rest.unicodeScalars.count + 1)
                guard let text = unquote(rest, at: stringLocation, log: &log) else { return nil }
                if entry.start == nil { entry.start = location }
                entry.fields.append((keyword, text, location))
                lastKeyword = keyword
            }
        }
        finish()
        return entries
    }

    private func unquote(_ text: Substring, at location: SourceLocation, log: inout DiagnosticLog) -> String? {
        do {
            let (value, rest) = try POString.unquote(text)
            guard rest.allSatisfy({ $0 == " " || $0 == "\t" }) else {
                log.error(.translationFile, "unexpected text after the string", at: location.advanced(by: text.unicodeScalars.count - rest.unicodeScalars.count))
                return nil
            }
            return value
        } catch {
            log.error(.translationFile, error.message, at: location.advanced(by: error.column - 1))
            return nil
        }
    }
}

extension SourceLocation {
    /// The place `columns` characters further on the same line.
    func advanced(by columns: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + columns)
    }
}
