import Crypto

/// The fingerprint of an English source text that translations record: 12 hex digits of its
/// SHA-256, enough to tell two versions of a message apart and short enough to read in a diff.
public enum SourceHash {
    public static let length = 12

    public static func of(_ text: String) -> String {
        let digest = SHA256.hash(data: Array(text.utf8))
        return digest.prefix(length / 2).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Whether `text` has the form of a fingerprint.
    public static func isValid(_ text: String) -> Bool {
        text.count == length && text.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
