/// The stable name of the check behind a finding (`slot-overflow`, `contrast`,
/// `missing-translation`), as report.json, the contact sheet and the docs' table of checks name it.
///
/// Each module declares the identifiers of the checks it runs as static members of an extension,
/// and the checks registry lists every one with what it looks for; a test keeps the docs' table
/// and the registry equal.
public struct CheckID: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: CheckID, rhs: CheckID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
