import Localization

/// A message cut into what a translator edits (text) and what a CAT tool must keep intact
/// (ICU placeholders such as `{date}` and a plural's `#`), for XLIFF's `<ph>` inline codes.
struct InlineCodes: Hashable, Sendable {
    enum Piece: Hashable, Sendable {
        case text(String)
        /// An inline code: its id in the unit, the id of the source code it repeats (XLIFF's
        /// `copyOf`), and the original code.
        case code(id: String, copyOf: String?, original: String)
    }

    let pieces: [Piece]

    /// The source's pieces: codes numbered 1, 2, … in reading order. A text that is not valid
    /// ICU MessageFormat is all text.
    init(source: String) {
        var number = 0
        pieces = Self.cut(source) { original in
            number += 1
            return (String(number), nil)
        }
    }

    /// A translation's pieces, each code taking the id of the same code in `source` (the
    /// second `{date}` in the translation takes the id of the source's second `{date}`). A
    /// code the translation repeats more often than the source gets an id of its own with
    /// `copyOf` naming the source's first.
    init(target: String, source: InlineCodes) {
        var sourceIDs: [String: [String]] = [:]
        for case .code(let id, _, let original) in source.pieces { sourceIDs[original, default: []].append(id) }
        var used: [String: Int] = [:]
        var copies = 0
        pieces = Self.cut(target) { original in
            let occurrence = used[original, default: 0]
            used[original] = occurrence + 1
            let ids = sourceIDs[original] ?? []
            if occurrence < ids.count { return (ids[occurrence], nil) }
            copies += 1
            return ("c\(copies)", ids.first)
        }
    }

    /// The codes by id, for reading a target back.
    var originals: [String: String] {
        var result: [String: String] = [:]
        for case .code(let id, _, let original) in pieces { result[id] = original }
        return result
    }

    private static func cut(_ text: String, id: (String) -> (String, String?)) -> [Piece] {
        guard let pattern = try? MessagePattern(parsing: text), !pattern.placeholders.isEmpty else {
            return text.isEmpty ? [] : [.text(text)]
        }
        var pieces: [Piece] = []
        var position = text.startIndex
        for placeholder in pattern.placeholders {
            if position < placeholder.range.lowerBound {
                pieces.append(.text(String(text[position..<placeholder.range.lowerBound])))
            }
            let (code, copyOf) = id(placeholder.text)
            pieces.append(.code(id: code, copyOf: copyOf, original: placeholder.text))
            position = placeholder.range.upperBound
        }
        if position < text.endIndex { pieces.append(.text(String(text[position...]))) }
        return pieces
    }
}
