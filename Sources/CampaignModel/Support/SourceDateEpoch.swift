import Foundation

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for the one date a build may stamp
/// into its files: whole seconds since 1970, UTC. The build never reads the clock for a file.
public enum SourceDateEpoch {
    /// The date the variable gives, or `nil` when it is unset or not a whole number of seconds.
    public static func date(in environment: [String: String] = ProcessInfo.processInfo.environment) -> Date? {
        seconds(in: environment).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    /// The variable's seconds, or `nil` when it is unset or not a whole number.
    public static func seconds(in environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
