import Posters
import Raster

/// Makes a design's animation: draws each layer once with librsvg, composes the frames from
/// them with cairo as the choreography places them, and has ffmpeg encode every file from the
/// same frames. The last frame is the finished picture itself, pixel for pixel, so an
/// animation ends on the static image of the same name.
public struct Animator: Sendable {
    public let motion: Motion
    public let rightToLeft: Bool

    public init(motion: Motion, rightToLeft: Bool) {
        self.motion = motion
        self.rightToLeft = rightToLeft
    }

    /// The files of the animation of `layers`, whose finished picture is `finished`; each
    /// layer is drawn at the finished picture's size.
    public func animate(
        _ layers: [MotionLayer], finished: RasterImage, files: [AnimationFile]
    ) throws(AnimationError) -> [AnimationFile: [UInt8]] {
        guard !files.isEmpty else { return [:] }
        let composer: FrameComposer
        do throws(RasterError) {
            let images = try layers.map { (layer) throws(RasterError) in
                try Rasterizer.image(fromSVG: layer.svg, width: finished.width, height: finished.height)
            }
            composer = try FrameComposer(layers: images)
        } catch {
            throw .drawing(error.description)
        }
        let choreography = Choreography(
            motion: motion, entrances: layers.map(\.entrance), rightToLeft: rightToLeft, width: finished.width, height: finished.height)
        let timing = FrameTiming(motion: motion, frameRate: files.map(\.frameRate).max()!)
        let encoder = FFmpegEncoder(
            width: finished.width, height: finished.height, frameRate: timing.frameRate, repeats: timing.repeats, files: files)
        return try encoder.encode { (sendFrame) throws(AnimationError) in
            for index in 0..<timing.sent {
                if index == timing.sent - 1 {
                    do throws(RasterError) { try composer.show(finished) } catch { throw .drawing(error.description) }
                } else {
                    composer.compose(choreography.placements(at: timing.time(of: index)))
                }
                try composer.withFrame { (frame) throws(AnimationError) in try sendFrame(frame) }
            }
        }
    }
}

/// Which frames an animation has: all of them at a constant rate, of which only those until
/// the motion settles are composed and sent; the last one sent is the finished picture, which
/// ffmpeg repeats to the end.
struct FrameTiming: Equatable {
    let frameRate: Double
    /// Frames in the whole animation.
    let total: Int
    /// Frames composed and sent to the encoder.
    let sent: Int

    init(motion: Motion, frameRate: Double) {
        self.frameRate = frameRate
        total = max(2, Int((motion.duration * frameRate).rounded()))
        sent = min(total, Int((motion.settled * frameRate).rounded(.up)) + 1)
    }

    /// How many times the encoder repeats the last frame sent.
    var repeats: Int { total - sent }

    func time(of frame: Int) -> Double { Double(frame) / frameRate }
}
