/// The printing condition a PDF/X file is made for: what the print shop's press prints, named
/// as the ICC registry names it, with the ICC profile that describes it.
public struct OutputIntent: Sendable, Equatable {
    /// `FOGRA39`: the characterization the profile is based on.
    public let identifier: String
    /// A person's name for it: `ISO Coated v2 300% (ECI)`.
    public let name: String
    /// The profile's bytes (an ICC output profile, CMYK).
    public let profile: [UInt8]
    /// The same, deflated once for every PDF that embeds it.
    let deflatedProfile: [UInt8]

    public init(identifier: String, name: String, profile: [UInt8]) {
        self.identifier = identifier
        self.name = name
        self.profile = profile
        self.deflatedProfile = Flate.compressed(profile)
    }
}
