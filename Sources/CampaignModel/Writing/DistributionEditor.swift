import Diagnostics
import Yams

/// Edits the `distribution:` of a campaign spec line by line, so that the file stays as its
/// author wrote it: comments, order and layout are kept, and only the line of the member state
/// concerned changes (or one line is added or removed).
///
/// A member state's languages are written as a flow list (`CZ: [uk, vi, ru]`), which is how
/// the specs write them; the edit keeps that form. A state added to the distribution gets a new
/// line among the others, in alphabetical order when they are in it.
public struct DistributionEditor {
    /// Why an edit cannot be made.
    public struct EditError: Error, Sendable {
        public let message: String
        public let location: SourceLocation
    }

    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The spec with `language` added to `state`'s languages (the state is added when new).
    public func adding(_ language: LanguageTag, to state: String) throws(EditError) -> String {
        let distribution = try self.distribution()
        guard let entry = distribution.entries.first(where: { $0.key == state }) else {
            return insertingState(state, language: language, distribution: distribution)
        }
        var languages = try self.languages(of: entry)
        if languages.contains(language.description) {
            throw EditError(message: "\(state) already takes \(language.englishName) ('\(language)')", location: location(entry.keyMark))
        }
        languages.append(language.description)
        return replacingLanguages(of: entry, with: languages)
    }

    /// The spec without `language` in `state`'s languages (without the state when it was its
    /// last language).
    public func removing(_ language: LanguageTag, from state: String) throws(EditError) -> String {
        let distribution = try self.distribution()
        guard let entry = distribution.entries.first(where: { $0.key == state }) else {
            throw EditError(message: "\(state) does not take part in the campaign", location: location(distribution.mark))
        }
        var languages = try self.languages(of: entry)
        guard let index = languages.firstIndex(of: language.description) else {
            let chosen = languages.joined(separator: ", ")
            throw EditError(message: "\(state) does not take '\(language)'; it takes \(chosen)", location: location(entry.keyMark))
        }
        languages.remove(at: index)
        guard languages.isEmpty else { return replacingLanguages(of: entry, with: languages) }
        guard distribution.entries.count > 1 else {
            throw EditError(
                message: "\(state) is the only member state left in the campaign; a campaign needs one",
                location: location(entry.keyMark))
        }
        var lines = self.lines
        lines.remove(at: entry.keyMark.line - 1)
        return lines.joined(separator: lineEnd)
    }

    // MARK: Reading the spec

    private struct Entry {
        let key: String
        let keyMark: Mark
        let value: Node
    }

    private struct Distribution {
        let mark: Mark
        let entries: [Entry]
    }

    /// The spec's lines ("\r\n" is one Character in Swift, so Windows line ends are split on as such).
    private var lines: [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    }

    /// The spec's own line end, for joining edited lines.
    private var lineEnd: String {
        text.contains("\r\n") ? "\r\n" : "\n"
    }

    private func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private func distribution() throws(EditError) -> Distribution {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch {
            throw EditError(message: "cannot read the spec: \(error)", location: location(nil))
        }
        guard case .mapping(let spec)? = root,
            let (keyNode, value) = spec.first(where: { $0.key.string == "distribution" })
        else {
            throw EditError(message: "the spec has no 'distribution:'", location: location(nil))
        }
        guard case .mapping(let mapping) = value, let first = mapping.first?.key.mark,
            first.line > (keyNode.mark?.line ?? 0)
        else {
            throw EditError(message: "'distribution:' must be a block mapping, one member state per line", location: location(keyNode.mark))
        }
        let entries = mapping.map { Entry(key: $0.key.string ?? "", keyMark: $0.key.mark!, value: $0.value) }
        return Distribution(mark: keyNode.mark!, entries: entries)
    }

    /// The languages of an entry written as a one-line flow list.
    private func languages(of entry: Entry) throws(EditError) -> [String] {
        guard case .sequence(let sequence) = entry.value,
            let start = entry.value.mark, start.line == entry.keyMark.line,
            sequence.allSatisfy({ $0.mark?.line == start.line }),
            lines[start.line - 1].unicodeScalars.dropFirst(start.column - 1).first == "["
        else {
            throw EditError(
                message: "write \(entry.key)'s languages as a list on its line, such as '\(entry.key): [uk, vi]', to edit them",
                location: location(entry.keyMark))
        }
        return sequence.compactMap(\.string)
    }

    // MARK: Writing

    private func replacingLanguages(of entry: Entry, with languages: [String]) -> String {
        var lines = self.lines
        let index = entry.keyMark.line - 1
        let line = lines[index]
        let open = line.unicodeScalars.index(line.unicodeScalars.startIndex, offsetBy: entry.value.mark!.column - 1)
        let close = line[open...].firstIndex(of: "]")!
        lines[index] = String(line[..<open]) + "[" + languages.joined(separator: ", ") + "]" + String(line[line.index(after: close)...])
        return lines.joined(separator: lineEnd)
    }

    private func insertingState(_ state: String, language: LanguageTag, distribution: Distribution) -> String {
        var lines = self.lines
        let first = distribution.entries.first!.keyMark
        let indent = String(repeating: " ", count: first.column - 1)
        let newLine = "\(indent)\(state): [\(language)]"
        let keys = distribution.entries.map(\.key)
        let sorted = keys == keys.sorted()
        let before = sorted ? distribution.entries.first { $0.key > state } : nil
        if let before {
            lines.insert(newLine, at: before.keyMark.line - 1)
        } else {
            lines.insert(newLine, at: lastLine(of: distribution.entries.last!))
        }
        return lines.joined(separator: lineEnd)
    }

    /// The line after an entry's value (0-based index to insert at).
    private func lastLine(of entry: Entry) -> Int {
        var last = entry.keyMark.line
        func visit(_ node: Node) {
            if let line = node.mark?.line { last = max(last, line) }
            switch node {
            case .sequence(let items): items.forEach(visit)
            case .mapping(let pairs): pairs.forEach { visit($0.key); visit($0.value) }
            default: break
            }
        }
        visit(entry.value)
        return last
    }
}
