import CampaignModel
import Diagnostics

/// Something in a plan a scheduler must look at, pointing at the spec line that causes it.
public struct ScheduleFinding: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Two focus days of one member state within a week of each other.
        case clash
        /// A key date that is a public holiday in a member state (kept, but flagged).
        case keyDateOnHoliday = "key-date-on-holiday"
        /// A milestone moved off a public holiday.
        case movedOffHoliday = "moved-off-holiday"
        /// A deadline already past for the year being planned.
        case past
        /// A year in which the key date rule gives no date (a fifth Monday of February).
        case noDate = "no-date"
    }

    public let kind: Kind
    public let message: String
    public let location: SourceLocation
    /// The identities of the events concerned.
    public let events: [String]

    public init(kind: Kind, message: String, location: SourceLocation, events: [String]) {
        self.kind = kind
        self.message = message
        self.location = location
        self.events = events
    }

    /// The finding as a compiler warning, under its kind's check.
    public var diagnostic: Diagnostic {
        .warning(kind.check, message, at: location)
    }
}

extension ScheduleFinding.Kind {
    /// The check that finds this kind of problem in a plan.
    public var check: CheckID {
        switch self {
        case .clash: .scheduleClash
        case .keyDateOnHoliday: .keyDateOnHoliday
        case .movedOffHoliday: .movedOffHoliday
        case .past: .deadlinePast
        case .noDate: .noKeyDate
        }
    }
}

extension CheckID {
    /// Two focus days of one member state within a week of each other.
    public static let scheduleClash: CheckID = "schedule-clash"
    /// A key date on a public holiday of a member state taking part.
    public static let keyDateOnHoliday: CheckID = "key-date-on-holiday"
    /// A milestone moved off a public holiday.
    public static let movedOffHoliday: CheckID = "moved-off-holiday"
    /// A deadline already past in the year planned.
    public static let deadlinePast: CheckID = "deadline-past"
    /// A year in which the key date rule gives no date.
    public static let noKeyDate: CheckID = "no-key-date"
}
