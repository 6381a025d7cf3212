import Posters
import Raster

/// Makes a design's animation: draws each layer once with librsvg at each file's size,
/// composes the frames from them with cairo as the choreography places them, and has ffmpeg
/// encode them. The last frame is the finished picture itself, pixel for pixel, so an animation
/// ends on the static image of the same name.
public struct Animator: Sendable {
    public let motion: Motion
    public let rightToLeft: Bool

    public init(motion: Motion, rightToLeft: Bool) {
        self.motion = motion
        self.rightToLeft = rightToLeft
    }

    /// The files of the animation of `drawing`, cut into `layers`; `finished` is the drawing
    /// already rendered at its full size, the MP4's and the static picture's.
    public func animate(
        _ layers: [MotionLayer], drawing: [UInt8], finished: RasterImage, files: [AnimationFile]
    ) throws(AnimationError) -> [AnimationFile: [UInt8]] {
        var made: [AnimationFile: [UInt8]] = [:]
        for file in files {
            let size = file.size(framesWidth: finished.width, height: finished.height)
            let composer: FrameComposer
            let last: RasterImage
            do throws(RasterError) {
                composer = try FrameComposer(layers: layers.map(\.svg), width: size.width, height: size.height)
                last = size == (finished.width, finished.height)
                    ? finished : try Rasterizer.image(fromSVG: drawing, width: size.width, height: size.height)
            } catch {
                throw .drawing(error.description)
            }
            made[file] = try encode(file, composer: composer, entrances: layers.map(\.entrance), finished: last)
        }
        return made
    }

    /// One file, its frames composed at its own size and rate.
    private func encode(
        _ file: AnimationFile, composer: FrameComposer, entrances: [Entrance?], finished: RasterImage
    ) throws(AnimationError) -> [UInt8] {
        let choreography = Choreography(
            motion: motion, entrances: entrances, rightToLeft: rightToLeft, width: composer.width, height: composer.height)
        let timing = FrameTiming(motion: motion, frameRate: file.frameRate)
        let encoder = FFmpegEncoder(width: composer.width, height: composer.height, frameRate: timing.frameRate, hold: timing.hold, file: file)
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

    /// How long the encoder holds the last frame sent, in seconds.
    var hold: Double { Double(total - sent) / frameRate }

    func time(of frame: Int) -> Double { Double(frame) / frameRate }
}
