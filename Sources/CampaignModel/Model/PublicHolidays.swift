import Diagnostics

/// One nationwide public holiday of a member state, as the rule that places it each year.
///
/// Deadlines are counted in business days of each state, so the holidays are data in
/// `Assets/holidays.yaml` rather than dates typed in for one year.
public struct PublicHoliday: Hashable, Sendable {
    public let name: String
    public let rule: DateRule
    /// The first year the holiday exists, if the law that made it is recent.
    public let since: Int?
    /// The last year the holiday exists, if a law abolished it.
    public let until: Int?
    /// Every how many years the holiday falls (counted from `since`), if not every year.
    public let every: Int?
    /// Where the day off goes instead when the rule's date falls on a given weekday
    /// (the Netherlands' King's Day on a Sunday is kept on the Saturday before).
    public let moves: [Int: DayShift]
    /// The extra day off a state gives when the holiday falls on a given weekday
    /// (Bulgaria's next working day after a holiday on a weekend).
    public let observed: [Int: DayShift]
    public let location: SourceLocation

    public init(
        name: String, rule: DateRule, since: Int? = nil, until: Int? = nil, every: Int? = nil,
        moves: [Int: DayShift] = [:], observed: [Int: DayShift] = [:], location: SourceLocation
    ) {
        self.name = name
        self.rule = rule
        self.since = since
        self.until = until
        self.every = every
        self.moves = moves
        self.observed = observed
        self.location = location
    }

    /// Whether the holiday exists in `year` at all.
    public func applies(in year: Int) -> Bool {
        if let since, year < since { return false }
        if let until, year > until { return false }
        if let every, let since, (year - since) % every != 0 { return false }
        return true
    }
}

/// Where a holiday's day off goes from the date its rule gives.
public enum DayShift: Hashable, Sendable, CustomStringConvertible {
    /// The first following day that is neither a weekend nor already a holiday.
    case nextWorkday
    /// The first following day that is this ISO weekday.
    case next(weekday: Int)
    /// The last preceding day that is this ISO weekday.
    case previous(weekday: Int)
    /// The date another rule gives in the same year.
    case rule(DateRule)

    public var description: String {
        switch self {
        case .nextWorkday: "next workday"
        case let .next(weekday): "next \(DateRule.weekdayName(weekday))"
        case let .previous(weekday): "previous \(DateRule.weekdayName(weekday))"
        case let .rule(rule): rule.description
        }
    }
}

/// A day off in one year: the date and the holidays that fall on it.
public struct HolidayDate: Hashable, Sendable {
    public let date: CalendarDate
    /// The holidays' names; an observed day off says which holiday it makes up for.
    public let names: [String]

    public init(date: CalendarDate, names: [String]) {
        self.date = date
        self.names = names
    }
}

/// A member state's public holidays, and the days off they give in any year.
public struct PublicHolidays: Hashable, Sendable {
    /// The member state's code (`CZ`).
    public let state: String
    public let holidays: [PublicHoliday]

    public init(state: String, holidays: [PublicHoliday]) {
        self.state = state
        self.holidays = holidays
    }

    /// Every day off in `year`, in date order.
    ///
    /// Each holiday that exists that year gives its rule's date, moved where its `moves` say;
    /// then, in date order, a holiday on a weekday its `observed` lists adds the day off it
    /// names, seeing the days off already placed (so a run of holidays on a weekend spills
    /// into the following working days one by one).
    public func days(in year: Int) -> [HolidayDate] {
        var names: [CalendarDate: [String]] = [:]
        var placed: [(date: CalendarDate, holiday: PublicHoliday)] = []
        for holiday in holidays where holiday.applies(in: year) {
            guard let ruleDate = holiday.rule.date(in: year) else { continue }
            let date = holiday.moves[ruleDate.weekday].flatMap { shift($0, from: ruleDate, taken: names) } ?? ruleDate
            names[date, default: []].append(holiday.name)
            placed.append((date, holiday))
        }
        let observedInOrder = placed.enumerated()
            .filter { !$0.element.holiday.observed.isEmpty }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        for (date, holiday) in observedInOrder {
            guard let shift = holiday.observed[date.weekday], let extra = self.shift(shift, from: date, taken: names) else {
                continue
            }
            names[extra, default: []].append("\(holiday.name) (observed)")
        }
        return names.keys.sorted().map { HolidayDate(date: $0, names: names[$0]!) }
    }

    private func shift(_ shift: DayShift, from date: CalendarDate, taken: [CalendarDate: [String]]) -> CalendarDate? {
        switch shift {
        case .nextWorkday:
            var day = date.adding(days: 1)
            while day.weekday > 5 || taken[day] != nil { day = day.adding(days: 1) }
            return day
        case let .next(weekday):
            return date.adding(days: (weekday - date.weekday + 6) % 7 + 1)
        case let .previous(weekday):
            return date.adding(days: -((date.weekday - weekday + 6) % 7 + 1))
        case let .rule(rule):
            return rule.date(in: date.year)
        }
    }
}
