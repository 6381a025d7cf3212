import Diagnostics
import Foundation
import Yams

/// Reads `Assets/member-states.yaml`: the member states with their languages, time zone and the
/// national numbers campaigns print.
struct MemberStatesLoader {
    let path: String

    /// What the file holds: the states that are complete and valid, and the codes and names of
    /// every state it declares, valid or not, so that a mistake in one state's phone number does
    /// not make every campaign report that state as unknown.
    struct Result {
        var states: [MemberState] = []
        var declaredNames: [String: String] = [:]
    }

    func load(log: inout DiagnosticLog) -> Result {
        var result = Result()
        guard let file = YAMLFile.load(path, log: &log) else { return result }
        let reader = NodeReader(file: path, check: .memberStates)
        guard let root = reader.mapping(file.root, "the member states file", log: &log) else { return result }
        root.rejectUnknownKeys(["memberStates"], log: &log)
        guard let items = root.sequence("memberStates", log: &log) else { return result }

        for item in items {
            guard case .mapping(let mapping) = item, let code = mapping["code"]?.string else { continue }
            result.declaredNames[code] = mapping["name"]?.string ?? ""
        }
        var states: [MemberState] = []
        var firstDefinition: [String: SourceLocation] = [:]
        for item in items {
            guard let state = memberState(item, reader: reader, log: &log) else { continue }
            if let earlier = firstDefinition[state.code] {
                log.error(.memberStates, "member state '\(state.code)' is defined twice (first at line \(earlier.line))", at: state.location)
                continue
            }
            firstDefinition[state.code] = state.location
            states.append(state)
        }
        result.states = states
        return result
    }

    private func memberState(_ node: Node, reader: NodeReader, log: inout DiagnosticLog) -> MemberState? {
        guard let entry = reader.mapping(node, "a member state", log: &log) else { return nil }
        entry.rejectUnknownKeys(["code", "name", "officialLanguages", "timeZone", "callingCode", "helplines"], log: &log)

        let code = entry.string("code", log: &log).flatMap { text -> String? in
            guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                log.error(.memberStates, "member state code '\(text)' must be two capital letters (ISO 3166-1 alpha-2)", at: reader.location(entry["code"]!))
                return nil
            }
            return text
        }
        let name = entry.string("name", log: &log)
        let languages = officialLanguages(entry, reader: reader, log: &log)
        let timeZone = entry.string("timeZone", log: &log).flatMap { identifier -> String? in
            guard TimeZone(identifier: identifier) != nil else {
                log.error(.memberStates, "unknown time zone '\(identifier)'; use an IANA name such as 'Europe/Prague'", at: reader.location(entry["timeZone"]!))
                return nil
            }
            return identifier
        }
        let callingCode = entry.string("callingCode", log: &log).flatMap { text -> String? in
            guard text.first == "+", text.count >= 2, text.count <= 4, text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else {
                log.error(.memberStates, "calling code '\(text)' must be '+' and one to three digits", at: reader.location(entry["callingCode"]!))
                return nil
            }
            return text
        }
        let helplines = entry.mapping("helplines", log: &log).flatMap {
            self.helplines($0, callingCode: callingCode, reader: reader, log: &log)
        }
        guard let code, let name, let languages, let timeZone, let callingCode, let helplines else { return nil }
        return MemberState(
            code: code, name: name, officialLanguages: languages, timeZone: timeZone,
            callingCode: callingCode, helplines: helplines, location: entry.location)
    }

    private func officialLanguages(_ entry: MappingReader, reader: NodeReader, log: inout DiagnosticLog) -> [LanguageTag]? {
        guard let items = entry.sequence("officialLanguages", log: &log) else { return nil }
        var tags: [LanguageTag] = []
        for item in items {
            guard let text = reader.string(item, "a language", log: &log) else { continue }
            do {
                tags.append(try LanguageTag(parsing: text))
            } catch {
                log.error(.memberStates, error.message, at: reader.location(item))
            }
        }
        guard !tags.isEmpty else {
            log.error(.memberStates, "a member state needs at least one official language", at: reader.location(entry["officialLanguages"]!))
            return nil
        }
        return tags
    }

    private func helplines(
        _ mapping: MappingReader, callingCode: String?, reader: NodeReader, log: inout DiagnosticLog
    ) -> Helplines? {
        mapping.rejectUnknownKeys(["emergency", "victimSupport"], log: &log)
        let emergency = mapping.string("emergency", log: &log).flatMap { text -> String? in
            guard (3...6).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                log.error(.memberStates, "emergency number '\(text)' must be a short number of 3 to 6 digits, such as '112'", at: reader.location(mapping["emergency"]!))
                return nil
            }
            return text
        }
        let victimSupport = mapping.mapping("victimSupport", log: &log).flatMap {
            phoneNumber($0, callingCode: callingCode, reader: reader, log: &log)
        }
        guard let emergency, let victimSupport else { return nil }
        return Helplines(emergency: emergency, victimSupport: victimSupport)
    }

    private func phoneNumber(
        _ mapping: MappingReader, callingCode: String?, reader: NodeReader, log: inout DiagnosticLog
    ) -> PhoneNumber? {
        mapping.rejectUnknownKeys(["number", "display"], log: &log)
        let display = mapping.string("display", log: &log)
        guard let numberNode = mapping.required("number", log: &log),
              let number = reader.string(numberNode, "'number'", log: &log)
        else { return nil }
        if let problem = PhoneNumber.e164Problem(number) {
            log.error(.memberStates, problem, at: reader.location(numberNode))
            return nil
        }
        if let callingCode, !number.hasPrefix(callingCode) {
            log.error(.memberStates, "'\(number)' does not start with the state's calling code \(callingCode)", at: reader.location(numberNode))
            return nil
        }
        guard let display else { return nil }
        let displayDigits = display.filter { $0.isASCII && $0.isNumber }
        let nationalDigits = number.dropFirst(callingCode?.count ?? 1)
        if displayDigits != nationalDigits, displayDigits != "0" + nationalDigits {
            log.error(.memberStates, "display '\(display)' does not show the same number as '\(number)'", at: reader.location(mapping["display"]!))
            return nil
        }
        return PhoneNumber(e164: number, display: display)
    }
}
