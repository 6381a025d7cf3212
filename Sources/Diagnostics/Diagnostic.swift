/// One finding about the input or the outputs: an error that stops the build, a warning that
/// does not, or a note.
///
/// Findings are data, not prose: each names the check that made it (a stable `CheckID`), what it
/// is about (its `Subject`) and where to edit (its location), so the contact sheet, report.json
/// and the strings status group and filter them without reading their text. The text is for
/// people and is built in one place per check (`Diagnostic.Message`).
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
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
    /// The check that found it.
    public var check: CheckID
    /// The campaign, locales, output, slot or message it concerns.
    public var subject: Subject
    /// What is wrong, for a person; without the output's name, which `description` adds.
    public var message: String
    /// Where the finding is; `nil` for findings about no file in particular (a command-line option).
    public var location: SourceLocation?

    public init(_ message: Message, about subject: Subject = Subject(), at location: SourceLocation?) {
        self.severity = message.severity
        self.check = message.check
        self.subject = subject
        self.message = message.text
        self.location = location
    }

    /// The text as printed: the output's name first when the finding is about one
    /// (`burglary-focus-day/de-AT/poster-a3: slot 'headline' overflows ...`).
    public var text: String {
        subject.output.map { "\($0): \(message)" } ?? message
    }

    /// The compiler form: `path:line:column: error: message`, or `error: message` without a location.
    public var description: String {
        if let location {
            "\(location): \(severity.rawValue): \(text)"
        } else {
            "\(severity.rawValue): \(text)"
        }
    }
}

extension Diagnostic {
    /// A finding's check, severity and text, before it is given a subject and a place. Each check
    /// builds its texts in one place, as static functions in an extension of this type, so a
    /// finding reads the same wherever it is raised.
    public struct Message: Hashable, Sendable {
        public let check: CheckID
        public let severity: Severity
        public let text: String

        public init(_ check: CheckID, _ severity: Severity, _ text: String) {
            self.check = check
            self.severity = severity
            self.text = text
        }
    }
}

extension Diagnostic {
    /// An error of `check` whose text is written where it is found.
    public static func error(_ check: CheckID, _ text: String, about subject: Subject = Subject(), at location: SourceLocation?) -> Diagnostic {
        Diagnostic(Message(check, .error, text), about: subject, at: location)
    }

    /// A warning of `check` whose text is written where it is found.
    public static func warning(_ check: CheckID, _ text: String, about subject: Subject = Subject(), at location: SourceLocation?) -> Diagnostic {
        Diagnostic(Message(check, .warning, text), about: subject, at: location)
    }

    /// A note of `check`: something done that the reader should know of.
    public static func note(_ check: CheckID, _ text: String, about subject: Subject = Subject(), at location: SourceLocation?) -> Diagnostic {
        Diagnostic(Message(check, .note, text), about: subject, at: location)
    }
}
