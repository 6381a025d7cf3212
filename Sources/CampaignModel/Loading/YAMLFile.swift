import Diagnostics
import Foundation
import Yams

/// A YAML file read from disk and composed into Yams nodes, or the diagnostics saying why not.
///
/// Scalars are read as the text the author wrote (no YAML 1.1 coercion: `NO` stays the member
/// state code, `+43` stays a calling code), and every node keeps its line and column. Every YAML
/// file the compiler reads comes through here, so each is held to the same bounds: its size, UTF-8,
/// and the values its aliases can make.
public struct YAMLFile {
    /// The largest spec or strings file the compiler reads; anything bigger is a mistake.
    public static let sizeLimit = 4 << 20

    public let path: String
    public let root: Node
    /// The file as written, for what YAML does not keep (comments).
    let text: String

    /// Reads and parses `path`. Returns `nil` (and logs why) when the file is missing,
    /// unreadable, too large, not UTF-8, not YAML, or empty.
    public static func load(_ path: String, log: inout DiagnosticLog) -> YAMLFile? {
        let fileStart = SourceLocation(file: path)
        guard let data = BoundedFile.read(path, limit: sizeLimit, check: .yamlSyntax, log: &log) else { return nil }
        if let invalid = UTF8Check.firstInvalidByte(in: data) {
            log.error(.yamlSyntax, "the file is not valid UTF-8", at: SourceLocation(file: path, line: invalid.line, column: invalid.column))
            return nil
        }
        let text = String(decoding: data, as: UTF8.self)
        do {
            guard let root = try Yams.compose(yaml: text, Resolver.basic) else {
                log.error(.yamlSyntax, "the file is empty", at: fileStart)
                return nil
            }
            guard YAMLScan(path: path).check(root, log: &log) else { return nil }
            return YAMLFile(path: path, root: root, text: text)
        } catch let error as YamlError {
            log.append(diagnostic(for: error, path: path, text: text))
            return nil
        } catch {
            log.error(.yamlSyntax, "cannot parse YAML: \(error)", at: fileStart)
            return nil
        }
    }

    /// The comment lines at the top of the file, up to the first line of YAML, each with its
    /// newline: a strings file keeps them when it is rewritten.
    var leadingComments: String {
        var comments = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            comments += line + "\n"
        }
        return comments
    }

    private static func diagnostic(for error: YamlError, path: String, text: String) -> Diagnostic {
        func location(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: path, line: mark.line, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " \($0.text)" } ?? ""
            return .error(.yamlSyntax, "YAML syntax: \(problem)\(detail)", at: location(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let second = DuplicateKey.secondOccurrence(of: key, after: first, in: text)
            return .error(.yamlSyntax, 
                "duplicate key '\(key)' (first defined at line \(first.line))",
                at: SourceLocation(file: path, line: second?.line ?? first.line, column: second?.column ?? first.column))
        case let .reader(problem, _, _, _):
            return .error(.yamlSyntax, "cannot read YAML: \(problem)", at: SourceLocation(file: path))
        default:
            return .error(.yamlSyntax, "cannot parse YAML: \(error)", at: SourceLocation(file: path))
        }
    }
}

/// Finds where a duplicated key is written the second time. Yams reports only the first
/// occurrence; the one to fix is usually the later one, at the same indentation.
enum DuplicateKey {
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1 else { return nil }
        let indent = first.column - 1
        let spellings = [key + ":", "\"\(key)\":", "'\(key)':"]
        for (index, line) in lines.enumerated().dropFirst(first.line) {
            let content = line.drop { $0 == " " }
            if content.isEmpty || content.hasPrefix("#") { continue }
            let leading = line.count - content.count
            // A line indented less than the key ends the mapping the key belongs to.
            if leading < indent { return nil }
            if leading == indent, spellings.contains(where: { content.hasPrefix($0) }) {
                return (index + 1, first.column)
            }
        }
        return nil
    }
}

/// Locates the first byte that is not valid UTF-8, as a line and column: every loader of
/// outside files reports it the same way.
public enum UTF8Check {
    public static func firstInvalidByte(in data: Data) -> (line: Int, column: Int)? {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                return (line, column)
            case .emptyInput:
                return nil
            }
        }
    }
}

extension Node {
    /// This node's place in `file`.
    func location(in file: String) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// What kind of YAML value this is, for "expected ..., found ..." messages.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.string.isEmpty && scalar.style == .plain ? "nothing" : "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
