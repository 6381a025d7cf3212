/// A file an animation is encoded as.
public enum AnimationFile: Hashable, Sendable, CustomStringConvertible {
    /// A looping GIF of this size in pixels, made with one palette for all of its frames.
    case gif(width: Int, height: Int)
    /// An H.264 MP4 at the frames' own size.
    case mp4

    /// The file name extension.
    public var fileExtension: String {
        switch self {
        case .gif: "gif"
        case .mp4: "mp4"
        }
    }

    public var description: String { fileExtension }

    /// The file's size in pixels, for frames of `width` x `height`.
    public func size(framesWidth width: Int, height: Int) -> (width: Int, height: Int) {
        switch self {
        case let .gif(gifWidth, gifHeight): (gifWidth, gifHeight)
        case .mp4: (width, height)
        }
    }

    /// Frames per second. GIFs count time in hundredths of a second, so 12.5 frames a second
    /// (8 hundredths each) keeps every frame the same length.
    public var frameRate: Double {
        switch self {
        case .gif: 12.5
        case .mp4: 30
        }
    }
}

/// Why an animation could not be made.
public enum AnimationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `ffmpeg` program on the `PATH`.
    case ffmpegMissing
    /// ffmpeg stopped with an error.
    case ffmpeg(status: Int32, message: String)
    /// The layers could not be drawn or composed.
    case drawing(String)

    public var description: String {
        switch self {
        case .ffmpegMissing:
            "the ffmpeg program is not installed (Debian package 'ffmpeg'); install it, or build with --no-motion"
        case let .ffmpeg(status, message):
            "ffmpeg failed (exit status \(status)): \(message.isEmpty ? "no message" : message)"
        case .drawing(let reason): "cannot draw the animation's frames: \(reason)"
        }
    }
}
