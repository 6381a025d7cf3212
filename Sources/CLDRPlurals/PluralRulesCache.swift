import Synchronization

/// Keeps one opened ICU rule set per language tag for the life of the process.
///
/// A campaign asks for the same handful of languages again and again (once per
/// message and output); opening ICU rules each time would parse CLDR data for
/// every call. Failures are not cached, so they are reported each time.
enum PluralRulesCache {
    private static let entries = Mutex<[String: ICUPluralRules]>([:])

    static func rules(for tag: String) throws(PluralRulesError) -> ICUPluralRules {
        if let cached = entries.withLock({ $0[tag] }) {
            return cached
        }
        let opened = try ICUPluralRules(languageTag: tag)
        return entries.withLock { entries in
            if let raced = entries[tag] {
                return raced
            }
            entries[tag] = opened
            return opened
        }
    }
}
