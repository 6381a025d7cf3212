import Diagnostics
import Yams

/// Reads `Assets/holidays.yaml`: each member state's nationwide public holidays as rules.
struct HolidaysLoader {
    let path: String
    /// The codes of the member states the project declares; every one needs its holidays.
    let memberStates: [String]

    static let holidayKeys = ["name", "date", "since", "until", "every", "move", "observed"]

    func load(log: inout DiagnosticLog) -> [String: PublicHolidays] {
        guard let file = YAMLFile.load(path, log: &log) else { return [:] }
        let reader = NodeReader(file: path, check: .holidays)
        guard let root = reader.mapping(file.root, "the holidays file", log: &log) else { return [:] }
        root.rejectUnknownKeys(["holidays"], log: &log)
        guard let states = root.mapping("holidays", log: &log) else { return [:] }

        var result: [String: PublicHolidays] = [:]
        for entry in states.entries {
            let location = reader.location(entry.keyNode)
            guard memberStates.contains(entry.key) else {
                log.error(.holidays, 
                    "'\(entry.key)' is not a member state of member-states.yaml\(Suggestion.didYouMean(entry.key, among: memberStates))",
                    at: location)
                continue
            }
            guard let items = reader.sequence(entry.value, "the holidays of \(entry.key)", log: &log) else { continue }
            let holidays = items.compactMap { holiday($0, reader: reader, log: &log) }
            result[entry.key] = PublicHolidays(state: entry.key, holidays: holidays)
        }
        for code in memberStates where states[code] == nil {
            log.error(.holidays, 
                "member state \(code) has no public holidays here; deadlines are counted in its business days "
                    + "(write '\(code): []' if it truly has none)",
                at: states.location)
        }
        return result
    }

    private func holiday(_ node: Node, reader: NodeReader, log: inout DiagnosticLog) -> PublicHoliday? {
        guard let entry = reader.mapping(node, "a holiday", log: &log) else { return nil }
        entry.rejectUnknownKeys(Self.holidayKeys, log: &log)
        let errorsBefore = log.errorCount
        let name = entry.string("name", log: &log)
        var rule: DateRule?
        if let text = entry.string("date", log: &log) {
            rule = dateRule(text, at: reader.location(entry["date"]!), log: &log)
        }
        let since = year("since", in: entry, reader: reader, log: &log)
        let until = year("until", in: entry, reader: reader, log: &log)
        let every = entry.optionalString("every", log: &log).flatMap { text -> Int? in
            guard let years = Int(text), years >= 2 else {
                log.error(.holidays, "'every' must be a number of years, 2 or more", at: reader.location(entry["every"]!))
                return nil
            }
            if since == nil {
                log.error(.holidays, "'every' needs 'since', the year it counts from", at: reader.location(entry["every"]!))
            }
            return years
        }
        if let since, let until, until < since {
            log.error(.holidays, "'until' \(until) is before 'since' \(since)", at: reader.location(entry["until"]!))
        }
        let moves = shifts("move", in: entry, reader: reader, log: &log)
        let observed = shifts("observed", in: entry, reader: reader, log: &log)
        guard let name, let rule, log.errorCount == errorsBefore else { return nil }
        return PublicHoliday(
            name: name, rule: rule, since: since, until: until, every: every, moves: moves, observed: observed,
            location: entry.location)
    }

    private func dateRule(_ text: String, at location: SourceLocation, log: inout DiagnosticLog) -> DateRule? {
        do throws(DateRuleError) {
            return try DateRule(parsing: text)
        } catch {
            log.error(.holidays, error.message, at: location)
            return nil
        }
    }

    private func year(_ key: String, in entry: MappingReader, reader: NodeReader, log: inout DiagnosticLog) -> Int? {
        guard let text = entry.optionalString(key, log: &log) else { return nil }
        guard let year = Int(text), (1900...2200).contains(year) else {
            log.error(.holidays, "'\(key)' must be a year such as 2016", at: reader.location(entry[key]!))
            return nil
        }
        return year
    }

    /// `{Sunday: previous Saturday}` or `{"Saturday, Sunday": next workday}`.
    private func shifts(_ key: String, in entry: MappingReader, reader: NodeReader, log: inout DiagnosticLog) -> [Int: DayShift] {
        guard let node = entry[key], let mapping = reader.mapping(node, "'\(key)'", log: &log) else { return [:] }
        var shifts: [Int: DayShift] = [:]
        for item in mapping.entries {
            guard let target = reader.string(item.value, "where the day off goes", log: &log),
                  let shift = shift(target, at: reader.location(item.value), log: &log)
            else { continue }
            for name in item.key.split(separator: ",") {
                let word = String(name.filter { !$0.isWhitespace }).lowercased()
                do throws(DateRuleError) {
                    shifts[try DateRule.weekday(word)] = shift
                } catch {
                    log.error(.holidays, error.message, at: reader.location(item.keyNode))
                }
            }
        }
        return shifts
    }

    private func shift(_ text: String, at location: SourceLocation, log: inout DiagnosticLog) -> DayShift? {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        if words == ["next", "workday"] { return .nextWorkday }
        if words.count == 2, words[0] == "next" || words[0] == "previous", let weekday = try? DateRule.weekday(words[1]) {
            return words[0] == "next" ? .next(weekday: weekday) : .previous(weekday: weekday)
        }
        return dateRule(text, at: location, log: &log).map(DayShift.rule)
    }
}
