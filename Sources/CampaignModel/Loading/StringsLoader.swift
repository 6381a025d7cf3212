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
                log.warning(.stringsFile, "'\(name)' is not a strings file (expected <language>.yaml) and is ignored", at: SourceLocation(file: path))
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
            log.error(.stringsFile, "the file name must be a language or locale tag such as 'de' or 'de-AT': \(error.message)", at: fileStart)
            return nil
        }
        if case .language(let tag) = scope, tag == .english {
            log.error(.stringsFile, "English source text lives in campaign.yaml; put regional English wording in en-<STATE>.yaml", at: fileStart)
            return nil
        }
        guard let file = YAMLFile.load(path, log: &log) else { return nil }
        let reader = NodeReader(file: path, check: .stringsFile)
        guard let mapping = reader.mapping(file.root, "the strings file", log: &log) else { return nil }
        let ids = messages.map(\.id)
        mapping.rejectUnknownKeys(ids, log: &log)

        var entries: [String: Translation] = [:]
        for entry in mapping.entries where ids.contains(entry.key) {
            guard let translation = translation(entry, reader: reader, log: &log) else { continue }
            if let problem = Message.lengthProblem(of: translation.text) {
                log.error(.stringsFile, "the translation of '\(entry.key)': \(problem)", at: translation.location)
                continue
            }
            entries[entry.key] = translation
        }
        return StringTable(scope: scope, entries: entries, location: fileStart, header: file.leadingComments)
    }

    /// A translation is either its text alone (as a person writes it) or, as imports write
    /// it, a mapping with the text, its state and the fingerprint of the English it translates.
    private func translation(_ entry: MappingReader.Entry, reader: NodeReader, log: inout DiagnosticLog) -> Translation? {
        let what = "the translation of '\(entry.key)'"
        guard case .mapping = entry.value else {
            return reader.string(entry.value, what, log: &log).map {
                Translation(text: MessagesReader.normalized($0), location: reader.location(entry.value))
            }
        }
        guard let fields = reader.mapping(entry.value, what, log: &log) else { return nil }
        fields.rejectUnknownKeys(["text", "state", "source-hash"], log: &log)
        guard let textNode = fields.required("text", log: &log),
            let text = reader.string(textNode, what, log: &log)
        else { return nil }
        var state = TranslationState.translated
        if let node = fields["state"], let name = reader.string(node, "'state'", log: &log) {
            guard let known = TranslationState(rawValue: name) else {
                let names = TranslationState.allCases.map(\.rawValue)
                log.error(.stringsFile, "unknown state '\(name)'\(Suggestion.didYouMeanOrList(name, among: names))", at: reader.location(node))
                return nil
            }
            state = known
        }
        var sourceHash: String?
        if let node = fields["source-hash"], let hash = reader.string(node, "'source-hash'", log: &log) {
            guard SourceHash.isValid(hash) else {
                log.error(.stringsFile, "'source-hash' must be \(SourceHash.length) lower-case hex digits, found '\(hash)'", at: reader.location(node))
                return nil
            }
            sourceHash = hash
        }
        return Translation(
            text: MessagesReader.normalized(text), state: state, sourceHash: sourceHash, location: reader.location(textNode))
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
