import Diagnostics
import Foundation
import Yams

/// Reads one campaign folder: `campaign.yaml` and the strings files in `strings/`.
struct CampaignLoader {
    /// The campaign folder (`Campaigns/burglary-focus-day`), as the user's paths spell it.
    let directory: String
    /// The member states' names by code; `nil` when the member states file could not be read,
    /// which skips the cross-checks instead of reporting every state as unknown.
    let memberStateNames: [String: String]?

    static let keys = ["id", "title", "website", "theme", "design", "newsletterDesign", "formats", "motion", "audience", "keyDate", "schedule", "edition", "messages", "distribution"]

    var specPath: String { directory + "/campaign.yaml" }

    /// The campaign, or `nil` when any of its files has an error: later checks only see
    /// campaigns that loaded cleanly, so one mistake is reported once, not again by every check
    /// that depends on it.
    func load(log: inout DiagnosticLog) -> Campaign? {
        let errorsBefore = log.errorCount
        guard let file = YAMLFile.load(specPath, log: &log) else { return nil }
        let reader = NodeReader(file: specPath, check: .campaignSpec)
        guard let spec = reader.mapping(file.root, "the campaign", log: &log) else { return nil }
        spec.rejectUnknownKeys(Self.keys, log: &log)

        let id = self.id(spec, reader: reader, log: &log)
        let title = spec.string("title", log: &log)
        let website = self.website(spec, reader: reader, log: &log)
        let theme = spec.mapping("theme", log: &log).flatMap { ThemeReader(reader: reader).theme($0, log: &log) }
        let design = spec.string("design", log: &log).flatMap { designName($0, key: "design", spec: spec, reader: reader, log: &log) }
        let newsletterDesign = spec.optionalString("newsletterDesign", log: &log).flatMap {
            designName($0, key: "newsletterDesign", spec: spec, reader: reader, log: &log)
        }
        let formats = self.formats(spec, reader: reader, log: &log)
        let motion = spec.optionalBool("motion", fallback: true, log: &log)
        let audience = enumValue(Audience.self, "audience", in: spec, reader: reader, log: &log)
        let keyDate = self.keyDate(spec, reader: reader, log: &log)
        let milestones = self.milestones(spec, reader: reader, log: &log)
        let edition = self.edition(spec, keyDate: keyDate, reader: reader, log: &log)
        let messages = spec.sequence("messages", log: &log).map { MessagesReader(reader: reader).messages($0, log: &log) }
        let distribution = spec.required("distribution", log: &log).flatMap {
            DistributionReader(reader: reader, memberStateNames: memberStateNames).distribution($0, log: &log)
        }
        let translations = messages.map {
            StringsLoader(directory: directory + "/strings", messages: $0).load(log: &log)
        } ?? []

        guard let id, let title, let theme, let design, let formats, let audience, let keyDate, let edition,
              let messages, let distribution, log.errorCount == errorsBefore
        else { return nil }
        return Campaign(
            id: id, title: title, website: website, theme: theme, design: design, newsletterDesign: newsletterDesign,
            formats: formats, motion: motion,
            audience: audience, keyDate: keyDate, keyDateLocation: reader.location(spec["keyDate"]!),
            milestones: milestones, edition: edition, messages: messages, distribution: distribution,
            translations: translations, location: SourceLocation(file: specPath))
    }

    private func id(_ spec: MappingReader, reader: NodeReader, log: inout DiagnosticLog) -> String? {
        guard let id = spec.string("id", log: &log) else { return nil }
        let folder = URL(fileURLWithPath: directory).lastPathComponent
        guard id == folder else {
            log.error(.campaignSpec, "campaign id '\(id)' differs from its folder name '\(folder)'", at: reader.location(spec["id"]!))
            return nil
        }
        guard Identifier.isValid(id) else {
            log.error(.campaignSpec, "campaign id '\(id)' must use lower-case letters, digits and hyphens only", at: reader.location(spec["id"]!))
            return nil
        }
        guard !OutputLayout.reservedFolders.contains(id) else {
            log.error(
                .campaignSpec,
                "campaign id '\(id)' is the name of a folder of the output (\(OutputLayout.reservedFolders.joined(separator: ", "))): rename the campaign and its folder",
                at: reader.location(spec["id"]!))
            return nil
        }
        return id
    }

    private func designName(_ name: String, key: String, spec: MappingReader, reader: NodeReader, log: inout DiagnosticLog) -> String? {
        guard Identifier.isValid(name) else {
            log.error(.campaignSpec, "\(key) '\(name)' must be a folder name of lower-case letters, digits and hyphens", at: reader.location(spec[key]!))
            return nil
        }
        return name
    }

    /// A rule in words, or a list of explicit dates.
    private func keyDate(_ spec: MappingReader, reader: NodeReader, log: inout DiagnosticLog) -> DateRule? {
        guard let node = spec.required("keyDate", log: &log) else { return nil }
        let text: String?
        if case .sequence(let items) = node {
            text = items.map { reader.string($0, "a key date", log: &log) ?? "" }.joined(separator: ", ")
        } else {
            text = reader.string(node, "'keyDate'", log: &log)
        }
        guard let text else { return nil }
        do throws(DateRuleError) {
            return try DateRule(parsing: text)
        } catch {
            log.error(.campaignSpec, error.message, at: reader.location(node))
            return nil
        }
    }

    /// `schedule:` maps milestone kinds to offsets from the key date, in the order of the plan.
    private func milestones(_ spec: MappingReader, reader: NodeReader, log: inout DiagnosticLog) -> [Milestone] {
        guard let node = spec["schedule"], let schedule = reader.mapping(node, "'schedule'", log: &log) else { return [] }
        let known = MilestoneKind.scheduled.map(\.rawValue)
        var milestones: [Milestone] = []
        for entry in schedule.entries {
            let location = reader.location(entry.keyNode)
            guard let kind = MilestoneKind(rawValue: entry.key), kind != .focusDay else {
                log.error(.campaignSpec, 
                    entry.key == MilestoneKind.focusDay.rawValue
                        ? "the focus day is the key date itself; set it with 'keyDate'"
                        : "unknown milestone '\(entry.key)'\(Suggestion.didYouMeanOrList(entry.key, among: known))",
                    at: location)
                continue
            }
            guard let text = reader.string(entry.value, "the offset of '\(entry.key)'", log: &log) else { continue }
            do throws(DateRuleError) {
                milestones.append(Milestone(kind: kind, offset: try MilestoneOffset(parsing: text), location: location))
            } catch {
                log.error(.campaignSpec, error.message, at: reader.location(entry.value))
            }
        }
        return milestones
    }

    private func edition(_ spec: MappingReader, keyDate: DateRule?, reader: NodeReader, log: inout DiagnosticLog) -> Int? {
        guard let text = spec.string("edition", log: &log) else { return nil }
        let location = reader.location(spec["edition"]!)
        guard let year = Int(text), (2000...2200).contains(year) else {
            log.error(.campaignSpec, "edition '\(text)' must be a year such as 2027", at: location)
            return nil
        }
        if let keyDate, keyDate.date(in: year) == nil {
            log.error(.campaignSpec, "the key date rule '\(keyDate)' gives no date in \(year)", at: location)
            return nil
        }
        return year
    }

    private func website(_ spec: MappingReader, reader: NodeReader, log: inout DiagnosticLog) -> String? {
        guard let text = spec.optionalString("website", log: &log) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "https" || scheme == "http", url.host?.isEmpty == false
        else {
            log.error(.campaignSpec, "website '\(text)' must be an http or https address", at: reader.location(spec["website"]!))
            return nil
        }
        return text
    }

    private func formats(_ spec: MappingReader, reader: NodeReader, log: inout DiagnosticLog) -> [OutputFormat]? {
        guard let items = spec.sequence("formats", log: &log) else { return nil }
        var formats: [OutputFormat] = []
        for item in items {
            guard let name = reader.string(item, "a format", log: &log) else { continue }
            guard let format = OutputFormat(rawValue: name) else {
                let known = OutputFormat.allCases.map(\.rawValue)
                log.error(.campaignSpec, "unknown format '\(name)'\(Suggestion.didYouMeanOrList(name, among: known))", at: reader.location(item))
                continue
            }
            if formats.contains(format) {
                log.warning(.campaignSpec, "format '\(name)' is listed twice", at: reader.location(item))
                continue
            }
            formats.append(format)
        }
        if items.isEmpty {
            log.error(.campaignSpec, "a campaign needs at least one format", at: reader.location(spec["formats"]!))
            return nil
        }
        return formats
    }

    private func enumValue<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, _ key: String, in spec: MappingReader, reader: NodeReader, log: inout DiagnosticLog
    ) -> Value? where Value.RawValue == String {
        guard let text = spec.string(key, log: &log) else { return nil }
        guard let value = Value(rawValue: text) else {
            let known = Value.allCases.map(\.rawValue)
            log.error(.campaignSpec, "unknown \(key) '\(text)'\(Suggestion.didYouMeanOrList(text, among: known))", at: reader.location(spec[key]!))
            return nil
        }
        return value
    }
}

/// Names the compiler turns into folder and file names: lower-case ASCII letters, digits, hyphens.
enum Identifier {
    static func isValid(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter, text.last != "-" else { return false }
        return text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}
