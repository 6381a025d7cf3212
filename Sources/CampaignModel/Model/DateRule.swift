import Diagnostics

/// How a campaign's key date is found each year, written in words in the spec:
/// `18 October`, `third Wednesday of June`, `last Friday of June`, `Easter + 1`,
/// `Orthodox Easter - 2`, or explicit dates `2027-06-16, 2028-06-21`.
public enum DateRule: Hashable, Sendable, CustomStringConvertible {
    /// The same day every year.
    case fixed(month: Int, day: Int)
    /// The n-th (1 to 5) or last (`ordinal` -1) weekday (ISO, 1 = Monday) of a month.
    case weekdayOfMonth(ordinal: Int, weekday: Int, month: Int)
    /// A number of days after (or before, if negative) Easter Sunday.
    case easter(offset: Int, calendar: EasterCalendar)
    /// Explicit dates, at most one a year, for what does not follow a rule; nothing repeats.
    case explicit([CalendarDate])

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
        case let .explicit(dates):
            return dates.first { $0.year == year }
        }
    }

    /// Whether the rule gives a date every year.
    public var repeatsYearly: Bool {
        if case .explicit = self { return false }
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
        case let .explicit(dates):
            return dates.map(\.description).joined(separator: ", ")
        }
    }
}

extension DateRule {
    /// Parses the spec's words (case-insensitive); the error says what was expected.
    public init(parsing text: String) throws(DateRuleError) {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        if let first = words.first?.split(separator: ",").first, Self.isoDate(String(first)) != nil {
            self = .explicit(try Self.explicitDates(text))
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

    /// `2027-06-16, 2028-06-21`: valid dates, in order, one a year at most.
    private static func explicitDates(_ text: String) throws(DateRuleError) -> [CalendarDate] {
        var dates: [CalendarDate] = []
        for part in text.split(separator: ",") {
            let word = String(part.filter { !$0.isWhitespace })
            guard let date = isoDate(word) else {
                throw DateRuleError("'\(word)' is not a date; write dates as YYYY-MM-DD, separated by commas")
            }
            if let last = dates.last, date.year <= last.year {
                throw DateRuleError(
                    date.year == last.year
                        ? "\(date) and \(last) are in the same year; a key date happens once a year"
                        : "explicit dates must be in order: \(date) comes before \(last)")
            }
            dates.append(date)
        }
        return dates
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

    /// `Monday` for 1 through `Sunday` for 7.
    public static func weekdayName(_ weekday: Int) -> String {
        Words.weekdays[weekday - 1]
    }

    private static func month(_ word: String) throws(DateRuleError) -> Int {
        try Words.index(of: word, in: Words.months, kind: "month") + 1
    }

    /// The ISO weekday (1 = Monday) a weekday name stands for.
    static func weekday(_ word: String) throws(DateRuleError) -> Int {
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
