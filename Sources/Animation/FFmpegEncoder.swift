import Foundation

/// Encodes raw frames with the `ffmpeg` program, fed through a pipe, into every file of an
/// animation at once: the frames are sent once and split inside ffmpeg. The frames sent cover
/// the animation until it settles; ffmpeg repeats the last one for the hold (`tpad`), so the
/// still part costs neither composing nor sending. Flags are chosen for byte-identical output:
/// no metadata, bit-exact muxers, x264's deterministic threading.
struct FFmpegEncoder {
    let width: Int
    let height: Int
    /// The frames' rate, that of the fastest file.
    let frameRate: Double
    /// How many times ffmpeg repeats the last frame sent.
    let repeats: Int
    let files: [AnimationFile]

    /// The path of the ffmpeg program, looked up once on the `PATH`.
    static let program: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/ffmpeg" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs ffmpeg; `send` is called with a function that sends one frame (`height` rows of
    /// `width` BGRA pixels) and sends them all in order.
    func encode(
        _ send: ((UnsafeRawBufferPointer) throws(AnimationError) -> Void) throws(AnimationError) -> Void
    ) throws(AnimationError) -> [AnimationFile: [UInt8]] {
        guard let program = Self.program else { throw .ffmpegMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("campaign-animation-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .ffmpeg(status: -1, message: "cannot make a temporary folder: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputs = files.indices.map { folder.appendingPathComponent("out\($0).\(files[$0].fileExtension)").path }
        let messages = folder.appendingPathComponent("ffmpeg.log")
        _ = FileManager.default.createFile(atPath: messages.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments(outputs: outputs)
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        let log = try? FileHandle(forWritingTo: messages)
        process.standardError = log ?? FileHandle.nullDevice
        signal(SIGPIPE, SIG_IGN)
        do {
            try process.run()
        } catch {
            throw .ffmpeg(status: -1, message: "cannot start \(program): \(error.localizedDescription)")
        }
        let writer = input.fileHandleForWriting
        var sendingFailed: AnimationError?
        do throws(AnimationError) {
            try send { (frame) throws(AnimationError) in try Self.write(frame, to: writer.fileDescriptor) }
        } catch {
            sendingFailed = error
        }
        try? writer.close()
        process.waitUntilExit()
        try? log?.close()
        let message = (try? String(contentsOf: messages, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard process.terminationStatus == 0 else { throw .ffmpeg(status: process.terminationStatus, message: message) }
        if let sendingFailed { throw sendingFailed }
        var made: [AnimationFile: [UInt8]] = [:]
        for (file, path) in zip(files, outputs) {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw .ffmpeg(status: 0, message: "ffmpeg wrote no \(file.fileExtension) file")
            }
            made[file] = [UInt8](bytes)
        }
        return made
    }

    /// Writes a whole frame to the pipe, however many writes it takes.
    private static func write(_ frame: UnsafeRawBufferPointer, to descriptor: Int32) throws(AnimationError) {
        var offset = 0
        while offset < frame.count {
            let written = Foundation.write(descriptor, frame.baseAddress! + offset, frame.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .ffmpeg(status: -1, message: "ffmpeg stopped reading its frames (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
    }

    /// ffmpeg's command line: raw frames in, one branch of the filter graph per file.
    func arguments(outputs: [String]) -> [String] {
        var graph = ["[0:v]tpad=stop=\(repeats):stop_mode=clone,split=\(files.count)\(files.indices.map { "[in\($0)]" }.joined())"]
        var arguments = [
            "-nostdin", "-hide_banner", "-loglevel", "error", "-threads", "1",
            "-f", "rawvideo", "-pixel_format", "bgra", "-video_size", "\(width)x\(height)", "-framerate", Self.rate(frameRate),
            "-i", "pipe:0",
        ]
        var outputArguments: [String] = []
        for (index, file) in files.enumerated() {
            switch file {
            case .mp4:
                graph.append("[in\(index)]fps=\(Self.rate(file.frameRate)),format=yuv420p[out\(index)]")
                outputArguments += [
                    "-map", "[out\(index)]", "-c:v", "libx264", "-preset", "veryfast", "-tune", "animation", "-crf", "20",
                    "-profile:v", "high", "-pix_fmt", "yuv420p", "-movflags", "+faststart",
                ]
            case let .gif(gifWidth, gifHeight):
                let scale = gifWidth == width && gifHeight == height ? "" : ",scale=\(gifWidth):\(gifHeight):flags=lanczos"
                graph.append(
                    "[in\(index)]fps=\(Self.rate(file.frameRate))\(scale),split[frames\(index)][sample\(index)];"
                        + "[sample\(index)]palettegen=stats_mode=full:reserve_transparent=0[palette\(index)];"
                        + "[frames\(index)][palette\(index)]paletteuse=dither=none:diff_mode=rectangle[out\(index)]")
                outputArguments += ["-map", "[out\(index)]", "-loop", "0"]
            }
            outputArguments += ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-y", outputs[index]]
        }
        arguments += ["-filter_complex", graph.joined(separator: ";")]
        return arguments + outputArguments
    }

    /// A frame rate as ffmpeg reads it (`30`, `25/2`).
    static func rate(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : "\(Int((value * 2).rounded()))/2"
    }
}
