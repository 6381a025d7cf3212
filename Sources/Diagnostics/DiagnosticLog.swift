/// The findings of a run, in the order a reader wants them: by file, line and column.
///
/// Loaders append to a log as they go and never stop early, so one `campaign check` shows
/// every mistake at once.
public struct DiagnosticLog: Sendable, Equatable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: DiagnosticLog) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    public mutating func error(_ message: String, at location: SourceLocation?) {
        append(.error(message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?) {
        append(.warning(message, at: location))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Findings sorted by location (findings without one first), then severity and message;
    /// exact repeats are dropped. Stable across runs, which keeps output and tests deterministic.
    /// The log with only the diagnostics `isIncluded` keeps.
    public func filter(_ isIncluded: (Diagnostic) -> Bool) -> DiagnosticLog {
        DiagnosticLog(diagnostics.filter(isIncluded))
    }

    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics
            .filter { seen.insert($0).inserted }
            .sorted { a, b in
                switch (a.location, b.location) {
                case (nil, .some): return true
                case (.some, nil): return false
                case let (.some(x), .some(y)) where x != y: return x < y
                default: return (a.severity, a.message) < (b.severity, b.message)
                }
            }
    }
}
