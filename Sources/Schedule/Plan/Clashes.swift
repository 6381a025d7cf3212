import CampaignModel

/// Focus days of different campaigns that one member state would hold within a week of each
/// other: too close for the same police and victim-support staff to run both well.
struct Clashes {
    /// Focus days closer than this many days clash.
    static let days = 7

    /// The clashing pairs, each with the states where both take place.
    let pairs: [(first: ScheduledEvent, second: ScheduledEvent, states: [String])]
    /// The warning of each clashing focus day, by identity and year (`…-focus-day/2027`).
    let warnings: [String: [String]]

    init(events: [ScheduledEvent]) {
        let focusDays = events.filter { $0.kind == .focusDay }
        var byPair: [String: (first: ScheduledEvent, second: ScheduledEvent, states: [String])] = [:]
        var order: [String] = []
        var warnings: [String: [String]] = [:]
        let byStateYear = Dictionary(grouping: focusDays) { "\($0.state)/\($0.year)" }
        for key in byStateYear.keys.sorted() {
            let days = byStateYear[key]!.sorted { ($0.date, $0.campaign) < ($1.date, $1.campaign) }
            for (index, first) in days.enumerated() {
                for second in days[(index + 1)...] where second.date.dayNumber - first.date.dayNumber <= Self.days {
                    let pairKey = "\(first.campaign)|\(second.campaign)|\(first.year)"
                    if byPair[pairKey] == nil {
                        byPair[pairKey] = (first, second, [])
                        order.append(pairKey)
                    }
                    byPair[pairKey]!.states.append(first.state)
                    let gap = second.date.dayNumber - first.date.dayNumber
                    warnings[first.identity + "/\(first.year)", default: []].append(
                        "within a week of \(second.campaignTitle) on \(second.date) (\(gap) days)")
                    warnings[second.identity + "/\(second.year)", default: []].append(
                        "within a week of \(first.campaignTitle) on \(first.date) (\(gap) days)")
                }
            }
        }
        self.pairs = order.map { byPair[$0]! }
        self.warnings = warnings
    }

    /// One finding per clashing pair of campaigns and year, at the later campaign's key date.
    func findings(project: Project) -> [ScheduleFinding] {
        pairs.compactMap { pair in
            guard let later = project.campaign(pair.second.campaign) else { return nil }
            let gap = pair.second.date.dayNumber - pair.first.date.dayNumber
            let states = pair.states.sorted()
            let message = "focus days of '\(pair.first.campaign)' (\(pair.first.date)) and '\(pair.second.campaign)' "
                + "(\(pair.second.date)) are \(gap == 0 ? "on the same day" : "\(gap) days apart") in "
                + "\(states.count == 1 ? "" : "\(states.count) states: ")\(states.joined(separator: ", "))"
            let identities = states.flatMap { state in
                [pair.first, pair.second].map { "\($0.campaign)-\(state.lowercased())-focus-day" + ($0.recurrence == nil ? "-\($0.year)" : "") }
            }
            return ScheduleFinding(kind: .clash, message: message, location: later.keyDateLocation, events: identities)
        }
    }
}

/// Deadlines already behind us in a year being planned: the team must know before promising.
struct PastDeadlines {
    let today: CalendarDate

    /// One finding per campaign, year and milestone, naming the states it is past in.
    func findings(events: [ScheduledEvent], project: Project) -> [ScheduleFinding] {
        let past = events.filter { $0.date < today }
        let groups = Dictionary(grouping: past) { "\($0.campaign)|\($0.year)|\($0.kind.rawValue)" }
        return groups.keys.sorted().compactMap { key in
            let group = groups[key]!.sorted { ($0.date, $0.state) < ($1.date, $1.state) }
            let first = group[0]
            guard let campaign = project.campaign(first.campaign) else { return nil }
            let location = campaign.milestones.first { $0.kind == first.kind }?.location ?? campaign.keyDateLocation
            let states = group.map(\.state)
            let when = group.count == 1
                ? "was due \(first.date) in \(first.state)"
                : "was due between \(first.date) and \(group.last!.date) in \(states.count) states (\(states.joined(separator: ", ")))"
            return ScheduleFinding(
                kind: .past, message: "\(first.kind.rawValue) for the \(first.year) focus day \(when); that is already past (today is \(today))",
                location: location, events: group.map(\.identity))
        }
    }
}
