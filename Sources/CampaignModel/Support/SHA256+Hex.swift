import Crypto
import Foundation

extension Digest {
    /// The digest in lower-case hexadecimal, as cache keys, manifests and message ids print it.
    public var hex: String { map { String(format: "%02x", $0) }.joined() }
}
