import CampaignModel

/// A file a locale's page offers for download, copied into the page's folder: a print PDF, a
/// picture or an animation of one of the campaign's formats.
public struct Download: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A print-ready PDF/X-4.
        case printPDF
        /// A PNG picture of `width` x `height` pixels.
        case picture(width: Int, height: Int)
        /// An animated GIF or an MP4 video of `width` x `height` pixels.
        case animation(AnimationKind, width: Int, height: Int)
    }

    public let format: OutputFormat
    public let kind: Kind
    /// The file's name in the locale's folder (`flyer-a5.pdf`).
    public let fileName: String
    public let bytes: [UInt8]

    public init(format: OutputFormat, kind: Kind, fileName: String, bytes: [UInt8]) {
        self.format = format
        self.kind = kind
        self.fileName = fileName
        self.bytes = bytes
    }
}
