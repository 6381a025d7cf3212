import Diagnostics
import Yams

/// Reads a campaign's `distribution:` mapping: member state code to the languages it chose.
struct DistributionReader {
    let reader: NodeReader
    /// Member state names by code, or `nil` to accept any code.
    let memberStateNames: [String: String]?

    func distribution(_ node: Node, log: inout DiagnosticLog) -> [Participation]? {
        guard let mapping = reader.mapping(node, "'distribution'", log: &log) else { return nil }
        var participations: [Participation] = []
        for entry in mapping.entries {
            let location = reader.location(entry.keyNode)
            if let memberStateNames, memberStateNames[entry.key] == nil {
                let byName = memberStateNames.first { $0.value.lowercased() == entry.key.lowercased() }
                let hint = byName.map { "; did you mean '\($0.key)'?" }
                    ?? Suggestion.didYouMean(entry.key, among: memberStateNames.keys.sorted())
                log.error(.campaignSpec, "unknown member state '\(entry.key)'\(hint)", at: location)
                continue
            }
            guard let items = reader.sequence(entry.value, "the languages of \(entry.key)", log: &log) else { continue }
            var languages: [ChosenLanguage] = []
            for item in items {
                guard let text = reader.string(item, "a language", log: &log) else { continue }
                let tag: LanguageTag
                do {
                    tag = try LanguageTag(parsing: text)
                } catch {
                    log.error(.campaignSpec, error.message, at: reader.location(item))
                    continue
                }
                if languages.contains(where: { $0.tag == tag }) {
                    log.warning(.campaignSpec, "\(entry.key) lists '\(tag)' twice", at: reader.location(item))
                    continue
                }
                languages.append(ChosenLanguage(tag: tag, location: reader.location(item)))
            }
            if items.isEmpty {
                log.error(.campaignSpec, "\(entry.key) takes part but chose no language", at: reader.location(entry.value))
            }
            participations.append(Participation(state: entry.key, languages: languages, location: location))
        }
        if mapping.entries.isEmpty {
            log.error(.campaignSpec, "no member state takes part in the campaign", at: reader.location(node))
        }
        return participations
    }
}
