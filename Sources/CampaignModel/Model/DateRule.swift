import Diagnostics

/// How a campaign's key date is found each year, written in words in the spec:
/// `18 October`, `third Wednesday of June`, `last Friday of June`, `Easter + 1`,
/// `Orthodox Easter - 2`, or one explicit date `2027-06-16`.
public enum DateRule: Hashable, Sendable, CustomStringConvertible {
    /// The same day every year.
    case fixed(month: Int, day: Int)
    /// The n-th (1 to 5) or last (`ordinal` -1) weekday (ISO, 1 = Monday) of a month.
    case weekdayOfMonth(ordinal: Int, weekday: Int, month: Int)
    /// A number of days after (or before, if negative) Easter Sunday.
    case easter(offset: Int, calendar: EasterCalendar)
    /// One explicit date; the campaign does not repeat.
    case once(CalendarDate)

    /// Which churches' Easter a rule follows.
    public enum EasterCalendar: String, Hashable, Sendable {
        /// Western (Gregorian) Easter.
        case western
        /// Orthodox (Julian) Easter, given as a Gregorian date.
        case orthodox
    }

    /// The key date in `year`, or `nil` when the rule has none that year (a fifth Monday of
    /// February, or a one-off date in another year).
    public func date(in year: Int) -> CalendarDate? {
        switch self {
        case let .fixed(month, day):
            return CalendarDate(year: year, month: month, day: day)
        case let .weekdayOfMonth(ordinal, weekday, month):
            guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
            if ordinal == -1 {
                let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
                return last.adding(days: -((last.weekday - weekday + 7) % 7))
            }
            let candidate = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (ordinal - 1))
            return candidate.month == month ? candidate : nil
        case let .easter(offset, calendar):
            return Easter.sunday(in: year, calendar: calendar).adding(days: offset)
        case let .once(date):
            return date.year == year ? date : nil
        }
    }

    /// Whether the rule gives a date every year.
    public var repeatsYearly: Bool {
        if case .once = self { return false }
        return true
    }

    /// The rule in the words the spec uses.
    public var description: String {
        switch self {
        case let .fixed(month, day):
            return "\(day) \(Words.months[month - 1])"
        case let .weekdayOfMonth(ordinal, weekday, month):
            let ordinalWord = ordinal == -1 ? "last" : Words.ordinals[ordinal - 1]
            return "\(ordinalWord) \(Words.weekdays[weekday - 1]) of \(Words.months[month - 1])"
        case let .easter(offset, calendar):
            let name = calendar == .orthodox ? "Orthodox Easter" : "Easter"
            return offset == 0 ? name : "\(name) \(offset > 0 ? "+" : "-") \(abs(offset))"
        case let .once(date):
            return date.description
        }
    }
}

extension DateRule {
    /// Parses the spec's words (case-insensitive); the error says what was expected.
    public init(parsing text: String) throws(DateRuleError) {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        if words.count == 1, let date = Self.isoDate(words[0]) {
            self = .once(date)
        } else if let easter = try Self.easter(words) {
            self = easter
        } else if words.count == 2, let day = Int(words[0]) {
            let month = try Self.month(words[1])
            guard (1...CalendarDate.daysIn(month: month, year: 2001)).contains(day) else {
                throw DateRuleError("\(Words.months[month - 1]) has no day \(day)")
            }
            self = .fixed(month: month, day: day)
        } else if words.count == 4, words[2] == "of" {
            let ordinal = try Self.ordinal(words[0])
            let weekday = try Self.weekday(words[1])
            self = .weekdayOfMonth(ordinal: ordinal, weekday: weekday, month: try Self.month(words[3]))
        } else {
            throw DateRuleError(
                "'\(text)' is not a date rule; write e.g. '18 October', 'third Wednesday of June', "
                    + "'last Friday of May', 'Easter + 1' or '2027-06-16'")
        }
    }

    private static func isoDate(_ word: String) -> CalendarDate? {
        let parts = word.split(separator: "-").compactMap { Int($0) }
        guard word.count == 10, parts.count == 3 else { return nil }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }

    private static func easter(_ words: [String]) throws(DateRuleError) -> DateRule? {
        var rest = words[...]
        var calendar = EasterCalendar.western
        if rest.first == "orthodox" {
            calendar = .orthodox
            rest = rest.dropFirst()
        }
        guard rest.first == "easter" else { return nil }
        rest = rest.dropFirst()
        // Accept `+ 1`, `+1` and `- 2` alike.
        let joined = rest.joined()
        if joined.isEmpty { return .easter(offset: 0, calendar: calendar) }
        guard let sign = joined.first, sign == "+" || sign == "-", let days = Int(joined.dropFirst()),
              (0...366).contains(days)
        else {
            throw DateRuleError("after 'Easter' write an offset in days such as '+ 1' or '- 2', not '\(rest.joined(separator: " "))'")
        }
        return .easter(offset: sign == "-" ? -days : days, calendar: calendar)
    }

    private static func month(_ word: String) throws(DateRuleError) -> Int {
        try Words.index(of: word, in: Words.months, kind: "month") + 1
    }

    private static func weekday(_ word: String) throws(DateRuleError) -> Int {
        try Words.index(of: word, in: Words.weekdays, kind: "weekday") + 1
    }

    private static func ordinal(_ word: String) throws(DateRuleError) -> Int {
        if word == "last" { return -1 }
        return try Words.index(of: word, in: Words.ordinals + ["last"], kind: "ordinal") + 1
    }
}

/// Why a date rule could not be read; the loader attaches the spec's location.
public struct DateRuleError: Error, Equatable, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}

private enum Words {
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let ordinals = ["first", "second", "third", "fourth", "fifth"]

    static func index(of word: String, in names: [String], kind: String) throws(DateRuleError) -> Int {
        if let index = names.firstIndex(where: { $0.lowercased() == word }) { return index }
        throw DateRuleError("unknown \(kind) '\(word)'\(Suggestion.didYouMeanOrList(word, among: names))")
    }
}
