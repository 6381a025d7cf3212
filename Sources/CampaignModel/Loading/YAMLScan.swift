import Diagnostics
import Yams

/// Looks over every value of a parsed YAML file before any loader reads it: refuses a file
/// whose aliases multiply it beyond any real spec (a "billion laughs"), and warns of text that
/// holds bidirectional controls, which make a text display in another order than it reads
/// ("Trojan Source").
struct YAMLScan {
    let path: String

    /// Far beyond the few thousand values of the largest real file.
    static let valueLimit = 50_000

    /// The controls that embed, override or isolate a direction. The marks (LRM, RLM, ALM) are
    /// left alone: right-to-left text uses them on its own.
    static let bidiControls: [Unicode.Scalar: String] = [
        "\u{202A}": "LEFT-TO-RIGHT EMBEDDING", "\u{202B}": "RIGHT-TO-LEFT EMBEDDING",
        "\u{202C}": "POP DIRECTIONAL FORMATTING", "\u{202D}": "LEFT-TO-RIGHT OVERRIDE",
        "\u{202E}": "RIGHT-TO-LEFT OVERRIDE", "\u{2066}": "LEFT-TO-RIGHT ISOLATE",
        "\u{2067}": "RIGHT-TO-LEFT ISOLATE", "\u{2068}": "FIRST STRONG ISOLATE", "\u{2069}": "POP DIRECTIONAL ISOLATE",
    ]

    /// False, after logging why, when the file must not be read.
    func check(_ root: Node, log: inout DiagnosticLog) -> Bool {
        var visited = 0
        var pending = [root]
        while let node = pending.popLast() {
            visited += 1
            guard visited <= Self.valueLimit else {
                log.error(.yamlSyntax, 
                    "the file holds more than \(Self.valueLimit) values; YAML aliases (*name) may be multiplying it",
                    at: SourceLocation(file: path))
                return false
            }
            switch node {
            case .scalar(let scalar): warnOfBidiControls(scalar, at: node.location(in: path), log: &log)
            case .sequence(let sequence): pending.append(contentsOf: sequence.reversed())
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { pending.append(contentsOf: [value, key]) }
            case .alias: break
            }
        }
        return true
    }

    private func warnOfBidiControls(_ scalar: Node.Scalar, at location: SourceLocation, log: inout DiagnosticLog) {
        for (offset, character) in scalar.string.unicodeScalars.enumerated() {
            guard let name = Self.bidiControls[character] else { continue }
            let hex = String(character.value, radix: 16, uppercase: true)
            log.warning(.yamlSyntax, 
                "the text holds U+\(hex) \(name) at character \(offset + 1), which makes it display in another order "
                    + "than it reads; remove it unless the reordering is meant",
                at: location)
            return
        }
    }
}
