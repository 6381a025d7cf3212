import Diagnostics
import Yams

/// Reads typed values out of YAML nodes and logs a located diagnostic for every value that is
/// missing, of the wrong kind, or under a key the format does not know.
///
/// Every reader method returns `nil` after logging, so a loader reads the whole file and
/// reports all of its mistakes in one run.
struct NodeReader {
    let file: String
    /// The check its findings belong to: the kind of file it reads.
    let check: CheckID

    func location(_ node: Node) -> SourceLocation {
        node.location(in: file)
    }

    /// The text of a scalar, as written. Logs an error for mappings, lists and empty values.
    func string(_ node: Node, _ what: String, log: inout DiagnosticLog) -> String? {
        guard case .scalar(let scalar) = node else {
            log.error(check, "expected text for \(what), found \(node.kindDescription)", at: location(node))
            return nil
        }
        let text = scalar.string
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            log.error(check, "\(what) is empty", at: location(node))
            return nil
        }
        return text
    }

    /// The items of a list. Logs an error for anything else.
    func sequence(_ node: Node, _ what: String, log: inout DiagnosticLog) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            log.error(check, "expected a list for \(what), found \(node.kindDescription)", at: location(node))
            return nil
        }
        return Array(sequence)
    }

    /// A mapping with string keys, ready for key-by-key reading.
    func mapping(_ node: Node, _ what: String, log: inout DiagnosticLog) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            log.error(check, "expected a mapping for \(what), found \(node.kindDescription)", at: location(node))
            return nil
        }
        var entries: [MappingReader.Entry] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                log.error(check, "a key in \(what) must be plain text, found \(key.kindDescription)", at: location(key))
                continue
            }
            entries.append(.init(key: scalar.string, keyNode: key, value: value))
        }
        return MappingReader(what: what, node: node, entries: entries, reader: self)
    }
}

/// The entries of one YAML mapping, read by key.
struct MappingReader {
    struct Entry {
        let key: String
        let keyNode: Node
        let value: Node
    }

    /// How the mapping is named in messages (`the campaign`, `theme.colors`).
    let what: String
    let node: Node
    let entries: [Entry]
    let reader: NodeReader

    var location: SourceLocation { reader.location(node) }

    /// The value under `key`, if present.
    subscript(key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    /// Logs an error for every key outside `known`, suggesting the closest known key.
    func rejectUnknownKeys(_ known: [String], log: inout DiagnosticLog) {
        for entry in entries where !known.contains(entry.key) {
            log.error(reader.check,
                "unknown key '\(entry.key)' in \(what)\(Suggestion.didYouMean(entry.key, among: known))",
                at: reader.location(entry.keyNode))
        }
    }

    /// The value under `key`; logs an error at the mapping when it is missing.
    func required(_ key: String, log: inout DiagnosticLog) -> Node? {
        guard let value = self[key] else {
            log.error(reader.check,"missing key '\(key)' in \(what)", at: location)
            return nil
        }
        return value
    }

    /// The text under a required `key`.
    func string(_ key: String, log: inout DiagnosticLog) -> String? {
        required(key, log: &log).flatMap { reader.string($0, "'\(key)'", log: &log) }
    }

    /// The text under an optional `key`; `.some(nil)` never happens: absent or invalid is `nil`.
    func optionalString(_ key: String, log: inout DiagnosticLog) -> String? {
        self[key].flatMap { reader.string($0, "'\(key)'", log: &log) }
    }

    /// The yes-or-no under an optional `key` (`true` or `false`), `fallback` when it is absent
    /// or invalid.
    func optionalBool(_ key: String, fallback: Bool, log: inout DiagnosticLog) -> Bool {
        guard let node = self[key], let text = reader.string(node, "'\(key)'", log: &log) else { return fallback }
        guard text == "true" || text == "false" else {
            log.error(reader.check, "'\(key)' must be true or false, not '\(text)'", at: reader.location(node))
            return fallback
        }
        return text == "true"
    }

    /// A required sub-mapping.
    func mapping(_ key: String, log: inout DiagnosticLog) -> MappingReader? {
        required(key, log: &log).flatMap { reader.mapping($0, "'\(key)'", log: &log) }
    }

    /// A required list.
    func sequence(_ key: String, log: inout DiagnosticLog) -> [Node]? {
        required(key, log: &log).flatMap { reader.sequence($0, "'\(key)'", log: &log) }
    }
}
