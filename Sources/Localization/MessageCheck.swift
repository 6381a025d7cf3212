import CampaignModel
import CLDRPlurals
import Diagnostics

/// Checks every message and translation as ICU MessageFormat: the English uses only the
/// arguments the compiler supplies, each translation uses the same arguments as its English,
/// its plurals have the forms its language has, and translations made from an older English
/// are reported as stale.
struct MessageCheck {
    let campaign: Campaign

    func report(_ log: inout DiagnosticLog) {
        var sources: [String: MessagePattern] = [:]
        for message in campaign.messages {
            do {
                let pattern = try MessagePattern(parsing: message.text)
                sources[message.id] = pattern
                for argument in pattern.arguments where MessageArguments.names[argument.name] == nil {
                    log.error(
                        "message '\(message.id)' uses {\(argument.name)}, which the compiler does not supply; "
                            + "it supplies \(MessageArguments.list)",
                        at: message.location)
                }
            } catch {
                log.error("message '\(message.id)': \(error.message) (line \(error.line), column \(error.column) of the text)", at: message.location)
            }
        }
        for table in campaign.translations {
            let rules = try? PluralRules(language: language(of: table).description)
            var stale: [String] = []
            for message in campaign.messages {
                guard let translation = table.entries[message.id] else { continue }
                if translation.isStale(against: message) { stale.append(message.id) }
                check(translation, of: message, source: sources[message.id], rules: rules, &log)
            }
            if !stale.isEmpty {
                log.warning(
                    "the English of \(stale.map { "'\($0)'" }.joined(separator: ", ")) changed since \(table.scope) was translated: "
                        + "translate again (`campaign strings export`), or run `campaign strings confirm` if the change needs no new translation",
                    at: table.location)
            }
        }
    }

    private func check(_ translation: Translation, of message: Message, source: MessagePattern?, rules: PluralRules?, _ log: inout DiagnosticLog) {
        let pattern: MessagePattern
        do {
            pattern = try MessagePattern(parsing: translation.text)
        } catch {
            log.error("translation of '\(message.id)': \(error.message) (line \(error.line), column \(error.column) of the text)", at: translation.location)
            return
        }
        guard let source else { return }
        for mismatch in pattern.mismatches(comparedWith: source) {
            log.error("translation of '\(message.id)': \(mismatch)", at: translation.location)
        }
        guard let rules else { return }
        for finding in pattern.pluralFindings(for: rules) {
            switch finding.severity {
            case .error: log.error("translation of '\(message.id)': \(finding.message)", at: translation.location)
            case .warning: log.warning("translation of '\(message.id)': \(finding.message)", at: translation.location)
            }
        }
    }

    private func language(of table: StringTable) -> LanguageTag {
        switch table.scope {
        case .language(let tag): tag
        case .locale(let tag): tag.language
        }
    }
}
