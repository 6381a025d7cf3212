/// Something a campaign produces for each locale. The names are the ones `campaign.yaml` uses
/// and the stems of the output files.
public enum OutputFormat: String, CaseIterable, Hashable, Sendable {
    /// A3 poster, SVG.
    case posterA3 = "poster-a3"
    /// A5 flyer, SVG and print-resolution PNG.
    case flyerA5 = "flyer-a5"
    /// A round sticker, 90 mm across: SVG, a PNG preview and a PDF with its die-cut line.
    case stickerRound = "sticker-round"
    /// 1080 x 1080 image for social media posts.
    case socialSquare = "social-square"
    /// 1200 x 630 link preview image.
    case socialLink = "social-link"
    /// E-mail newsletter: HTML, plain text and .eml.
    case newsletter
    /// A page of the campaign's static website per locale, with its downloads, in `site/`.
    case site

    /// Whether the format is drawn from an SVG template of the campaign's design
    /// (`Assets/templates/<design>/<format>.svg`).
    public var isDrawn: Bool { self != .newsletter && self != .site }

    /// Whether the format goes to a print shop, so its design needs a bleed and a safe margin.
    public var isPrinted: Bool { self == .posterA3 || self == .flyerA5 || self == .stickerRound }

    /// The animated files the format is also made as when its design moves: GIF and MP4 for
    /// the square post, GIF for the link preview (which platforms show as a picture, not a video).
    public var animations: [AnimationKind] {
        switch self {
        case .socialSquare: [.gif, .mp4]
        case .socialLink: [.gif]
        case .posterA3, .flyerA5, .stickerRound, .newsletter, .site: []
        }
    }

    /// The resolution a PNG of the format is made at: 300 dpi for print, 96 for screens
    /// (1 pixel per CSS pixel). `nil` for formats that are only SVG (the A3 poster goes to
    /// print as SVG) or not drawn at all.
    public var pngDotsPerInch: Double? {
        switch self {
        case .flyerA5, .stickerRound: 300
        case .socialSquare, .socialLink: 96
        case .posterA3, .newsletter, .site: nil
        }
    }
}

/// A kind of animated file.
public enum AnimationKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A looping GIF, for the platforms that show GIFs (X, LinkedIn, messengers).
    case gif
    /// An H.264 video, for those that take only video (Instagram).
    case mp4
}

/// Who a campaign is written for; it sets the smallest type the layout may use.
public enum Audience: String, CaseIterable, Hashable, Sendable {
    case general
    /// Older readers: larger minimum type sizes.
    case seniors

    /// The smallest type, in points, the layout may set on `format` for this audience, or
    /// `nil` when the design's own bounds are the only limit. Older readers need at least 12 pt
    /// on paper (14 pt reads better); screen formats are scaled by the device.
    public func minimumTextSize(on format: OutputFormat) -> Double? {
        switch self {
        case .general: nil
        case .seniors: format.isPrinted ? 12 : nil
        }
    }
}
