/// One finding about the input: an error that stops the build or a warning that does not.
///
/// Diagnostics are values so that every stage can collect all of its findings and report
/// them together, instead of stopping at the first mistake.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    /// Where the finding is; `nil` for findings about no file in particular (a command-line option).
    public var location: SourceLocation?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }

    /// The compiler form: `path:line:column: error: message`, or `error: message` without a location.
    public var description: String {
        if let location {
            "\(location): \(severity.rawValue): \(message)"
        } else {
            "\(severity.rawValue): \(message)"
        }
    }
}
