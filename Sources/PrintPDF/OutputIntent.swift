import Synchronization

/// The printing condition a PDF/X file is made for: what the print shop's press prints, named
/// as the ICC registry names it, with the ICC profile that describes it.
public struct OutputIntent: Sendable, Equatable {
    /// `FOGRA39`: the characterization the profile is based on.
    public let identifier: String
    /// A person's name for it: `ISO Coated v2 300% (ECI)`.
    public let name: String
    /// The profile's bytes (an ICC output profile, CMYK).
    public let profile: [UInt8]
    private let deflated = DeflatedOnce()

    public init(identifier: String, name: String, profile: [UInt8]) {
        self.identifier = identifier
        self.name = name
        self.profile = profile
    }

    /// The profile deflated, once for every PDF that embeds it, when the first one does (a build
    /// that makes no PDF never compresses it).
    var deflatedProfile: [UInt8] { deflated.bytes(of: profile) }

    public static func == (lhs: OutputIntent, rhs: OutputIntent) -> Bool {
        (lhs.identifier, lhs.name, lhs.profile) == (rhs.identifier, rhs.name, rhs.profile)
    }
}

/// Bytes compressed on first use and kept, whichever thread asks first.
private final class DeflatedOnce: Sendable {
    private let stored = Mutex<[UInt8]?>(nil)

    func bytes(of original: [UInt8]) -> [UInt8] {
        stored.withLock { stored in
            if let stored { return stored }
            let compressed = Deflater().compressed(original)
            stored = compressed
            return compressed
        }
    }
}
