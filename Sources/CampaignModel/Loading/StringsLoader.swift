import Diagnostics
import Foundation
import Yams

/// Reads a campaign's `strings/` folder: `<language>.yaml` translations and `<locale>.yaml`
/// regional overrides, each a mapping from message id to text.
struct StringsLoader {
    let directory: String
    let messages: [Message]

    func load(log: inout DiagnosticLog) -> [StringTable] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            // A campaign only in English has no strings folder.
            return []
        }
        return names.sorted().compactMap { name in
            guard !name.hasPrefix(".") else { return nil }
            let path = directory + "/" + name
            guard name.hasSuffix(".yaml") else {
                log.warning("'\(name)' is not a strings file (expected <language>.yaml) and is ignored", at: SourceLocation(file: path))
                return nil
            }
            return table(path: path, stem: String(name.dropLast(".yaml".count)), log: &log)
        }
    }

    private func table(path: String, stem: String, log: inout DiagnosticLog) -> StringTable? {
        let fileStart = SourceLocation(file: path)
        let scope: StringTable.Scope
        do {
            scope = try Self.scope(ofFileNamed: stem)
        } catch {
            log.error("the file name must be a language or locale tag such as 'de' or 'de-AT': \(error.message)", at: fileStart)
            return nil
        }
        if case .language(let tag) = scope, tag == .english {
            log.error("English source text lives in campaign.yaml; put regional English wording in en-<STATE>.yaml", at: fileStart)
            return nil
        }
        guard let file = YAMLFile.load(path, log: &log) else { return nil }
        let reader = NodeReader(file: path)
        guard let mapping = reader.mapping(file.root, "the strings file", log: &log) else { return nil }
        let ids = messages.map(\.id)
        mapping.rejectUnknownKeys(ids, log: &log)

        var entries: [String: Translation] = [:]
        for entry in mapping.entries where ids.contains(entry.key) {
            guard let text = reader.string(entry.value, "the translation of '\(entry.key)'", log: &log) else { continue }
            entries[entry.key] = Translation(text: MessagesReader.normalized(text), location: reader.location(entry.value))
        }
        return StringTable(scope: scope, entries: entries, location: fileStart)
    }

    /// `de` is a language's table; `de-AT` and `zh-Hans-FR` are a locale's overrides.
    static func scope(ofFileNamed stem: String) throws(TagError) -> StringTable.Scope {
        let parts = stem.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last?.count == 2 {
            return .locale(try LocaleTag(parsing: stem))
        }
        return .language(try LanguageTag(parsing: stem))
    }
}
