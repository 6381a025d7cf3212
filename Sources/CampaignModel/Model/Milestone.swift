import Diagnostics

/// A step of a campaign's yearly plan, placed relative to its key date: translations due,
/// print files ready, material dispatched, newsletter sent, social posts.
public struct Milestone: Hashable, Sendable {
    public let kind: MilestoneKind
    public let offset: MilestoneOffset
    /// Where the spec sets it, for findings about it.
    public let location: SourceLocation

    public init(kind: MilestoneKind, offset: MilestoneOffset, location: SourceLocation) {
        self.kind = kind
        self.offset = offset
        self.location = location
    }
}

/// What a milestone is. The raw value is the spec's key and the calendar category, so people
/// can filter a calendar on `translations-due` in every campaign alike.
public enum MilestoneKind: String, CaseIterable, Hashable, Sendable, Comparable {
    case translationsDue = "translations-due"
    case printFilesDue = "print-files-due"
    case dispatch
    case newsletter
    case focusDay = "focus-day"
    case socialPosts = "social-posts"
    case socialFollowUp = "social-follow-up"

    /// The milestones a spec may set; the focus day is the key date itself.
    public static let scheduled: [MilestoneKind] = allCases.filter { $0 != .focusDay }

    /// How a calendar entry names it.
    public var title: String {
        switch self {
        case .translationsDue: "Translations due"
        case .printFilesDue: "Print-ready files due"
        case .dispatch: "Printed material dispatched"
        case .newsletter: "Newsletter sent"
        case .focusDay: "Focus day"
        case .socialPosts: "Social media posts"
        case .socialFollowUp: "Social media follow-up"
        }
    }

    public static func < (lhs: MilestoneKind, rhs: MilestoneKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How far a milestone is from the key date: `40 business days before`, `7 days before`,
/// `on the day`, `2 business days after`.
public struct MilestoneOffset: Hashable, Sendable, CustomStringConvertible {
    /// Days from the key date: negative before, positive after, 0 on the day.
    public let days: Int
    /// Whether `days` counts the state's business days (weekends and public holidays skipped)
    /// or calendar days (the result then moves off a weekend or holiday, away from the key date).
    public let inBusinessDays: Bool

    public init(days: Int, inBusinessDays: Bool) {
        self.days = days
        self.inBusinessDays = inBusinessDays
    }

    /// Parses the spec's words; the error says what was expected.
    public init(parsing text: String) throws(DateRuleError) {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        if words == ["on", "the", "day"] {
            self.init(days: 0, inBusinessDays: true)
            return
        }
        let business = words.count == 4 && words[1] == "business"
        let unit = business ? Array(words[1...2]) : Array(words.dropFirst().prefix(1))
        guard words.count == (business ? 4 : 3), let count = Int(words[0]), (1...400).contains(count),
              unit.last == "days" || unit.last == "day", let direction = words.last, direction == "before" || direction == "after"
        else {
            throw DateRuleError(
                "'\(text)' is not a milestone offset; write e.g. '40 business days before', '7 days before', "
                    + "'on the day' or '2 business days after'")
        }
        self.init(days: direction == "before" ? -count : count, inBusinessDays: business)
    }

    public var description: String {
        if days == 0 { return "on the day" }
        let count = abs(days)
        let unit = (inBusinessDays ? "business " : "") + (count == 1 ? "day" : "days")
        return "\(count) \(unit) \(days < 0 ? "before" : "after")"
    }
}
