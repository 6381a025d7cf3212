/// An argument a message uses, with how it uses it.
///
/// Translations must use the same arguments as their source in the same way;
/// comparing these summaries finds a dropped `{key-date}` or a plural turned into
/// plain text before a poster is printed with a raw placeholder.
public struct MessageArgument: Hashable, Sendable {
    /// How a message uses an argument, merged over all its occurrences.
    public enum Kind: Hashable, Sendable {
        /// Only as `{name}`.
        case simple
        /// As `{name, plural, …}`, possibly also as `{name}`.
        case plural
        /// As `{name, select, …}`, possibly also as `{name}`, with every case key used, sorted.
        case select([String])
    }

    public let name: String
    public let kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}

extension MessagePattern {
    /// Every argument the message uses, nested ones included, sorted by name.
    ///
    /// A name used as a plural anywhere is `.plural`; one used as a select is
    /// `.select` with the keys of all its selects. The parser rejects a name
    /// used as both.
    public var arguments: [MessageArgument] {
        var plurals: Set<String> = []
        var selectKeys: [String: Set<String>] = [:]
        var simple: Set<String> = []
        forEachPart { part in
            switch part {
            case .argument(let name, _):
                simple.insert(name)
            case .plural(let plural):
                plurals.insert(plural.argument)
            case .select(let select):
                selectKeys[select.argument, default: []].formUnion(select.cases.map(\.key))
            case .literal, .pluralNumber:
                break
            }
        }
        return simple.union(plurals).union(selectKeys.keys).sorted().map { name in
            if plurals.contains(name) {
                MessageArgument(name: name, kind: .plural)
            } else if let keys = selectKeys[name] {
                MessageArgument(name: name, kind: .select(keys.sorted()))
            } else {
                MessageArgument(name: name, kind: .simple)
            }
        }
    }
}
