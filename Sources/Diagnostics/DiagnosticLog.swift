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

    /// Records a check's finding about `subject`.
    public mutating func report(_ message: Diagnostic.Message, about subject: Subject = Subject(), at location: SourceLocation?) {
        append(Diagnostic(message, about: subject, at: location))
    }

    /// Records an error of `check` whose text is written where it is found (input that cannot be read).
    public mutating func error(_ check: CheckID, _ text: String, about subject: Subject = Subject(), at location: SourceLocation?) {
        report(Diagnostic.Message(check, .error, text), about: subject, at: location)
    }

    /// Records a warning of `check` whose text is written where it is found.
    public mutating func warning(_ check: CheckID, _ text: String, about subject: Subject = Subject(), at location: SourceLocation?) {
        report(Diagnostic.Message(check, .warning, text), about: subject, at: location)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// The log with only the diagnostics `isIncluded` keeps.
    public func filter(_ isIncluded: (Diagnostic) -> Bool) -> DiagnosticLog {
        DiagnosticLog(diagnostics.filter(isIncluded))
    }

    /// Findings sorted by location (findings without one first), then severity and text;
    /// exact repeats are dropped. Stable across runs, which keeps output and tests deterministic.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics
            .filter { seen.insert($0).inserted }
            .sorted { a, b in
                switch (a.location, b.location) {
                case (nil, .some): return true
                case (.some, nil): return false
                case let (.some(x), .some(y)) where x != y: return x < y
                default: return (a.severity, a.text, a.check) < (b.severity, b.text, b.check)
                }
            }
    }
}
