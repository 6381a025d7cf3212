import Diagnostics

/// An EU member state as campaigns need it: who it is, which languages are official there, its
/// time zone for deadlines, and the national numbers printed on its material.
public struct MemberState: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 (`CZ`); also the region of the state's locales.
    public let code: String
    /// The English short name (`Czechia`).
    public let name: String
    /// The state's official languages, EU and national alike.
    public let officialLanguages: [LanguageTag]
    /// IANA time zone identifier (`Europe/Prague`).
    public let timeZone: String
    /// `+420`
    public let callingCode: String
    public let helplines: Helplines
    /// Where the state is defined in `member-states.yaml`.
    public let location: SourceLocation

    public init(
        code: String, name: String, officialLanguages: [LanguageTag], timeZone: String,
        callingCode: String, helplines: Helplines, location: SourceLocation
    ) {
        self.code = code
        self.name = name
        self.officialLanguages = officialLanguages
        self.timeZone = timeZone
        self.callingCode = callingCode
        self.helplines = helplines
        self.location = location
    }
}

/// The numbers a campaign prints for one member state.
public struct Helplines: Hashable, Sendable {
    /// The short emergency number dialled in the state (`112`).
    public let emergency: String
    /// The line for victims of crime.
    public let victimSupport: PhoneNumber

    public init(emergency: String, victimSupport: PhoneNumber) {
        self.emergency = emergency
        self.victimSupport = victimSupport
    }
}
