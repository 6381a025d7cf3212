extension MessagePattern {
    /// How this translation's arguments differ from those of its source message.
    ///
    /// Reports arguments missing from the translation, arguments the source does
    /// not have, arguments used differently (a plural in the source written as
    /// plain `{count}`), and select keys the source does not have. How often an
    /// argument occurs does not matter. Sorted by argument name, so the output is
    /// stable between runs.
    public func mismatches(comparedWith source: MessagePattern) -> [String] {
        let translated = Dictionary(uniqueKeysWithValues: arguments.map { ($0.name, $0.kind) })
        let original = Dictionary(uniqueKeysWithValues: source.arguments.map { ($0.name, $0.kind) })
        var findings: [String] = []
        for name in Set(translated.keys).union(original.keys).sorted() {
            switch (original[name], translated[name]) {
            case (let sourceKind?, nil):
                findings.append("argument '\(name)' is missing; the source uses it as \(Self.describe(sourceKind, name))")
            case (nil, let translatedKind?):
                findings.append("argument '\(name)' (\(Self.describe(translatedKind, name))) is not in the source")
            case (let sourceKind?, let translatedKind?):
                findings += Self.compare(name, source: sourceKind, translation: translatedKind)
            case (nil, nil):
                break
            }
        }
        return findings
    }

    private static func compare(_ name: String, source: MessageArgument.Kind, translation: MessageArgument.Kind) -> [String] {
        switch (source, translation) {
        case (.simple, .simple), (.plural, .plural):
            return []
        case (.select(let sourceKeys), .select(let translatedKeys)):
            return translatedKeys.filter { !sourceKeys.contains($0) }.map { key in
                "select '\(name)' has case '\(key)', which the source does not have"
            }
        default:
            return [
                "argument '\(name)' is \(describe(source, name)) in the source but \(describe(translation, name)) in the translation",
            ]
        }
    }

    private static func describe(_ kind: MessageArgument.Kind, _ name: String) -> String {
        switch kind {
        case .simple: "plain text {\(name)}"
        case .plural: "a plural"
        case .select: "a select"
        }
    }
}
