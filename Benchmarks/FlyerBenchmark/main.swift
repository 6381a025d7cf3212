// Chooses the flyers' PNG compression by measurement: renders a sample of the pack's A5 flyers
// at 300 dpi once, then encodes them with each setting the compiler could use and prints the
// time to encode one flyer and its size. (How the whole build compares with rsvg-convert and
// with the raster floor is Benchmarks/compare's, like for like.)
//
//   swift run -c release flyer-benchmark [--runs 3] [--campaigns DIR] [--assets DIR]
//
// Results and the machine they were measured on: Benchmarks/README.md.
import BenchmarkSupport
import CampaignBuild
import CampaignModel
import Foundation
import Raster

let arguments = BenchmarkArguments(
    Array(CommandLine.arguments.dropFirst()), usage: "flyer-benchmark [--runs N] [--campaigns DIR] [--assets DIR]")
let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("flyer-benchmark-\(getpid())")
defer { try? FileManager.default.removeItem(at: workspace) }

// 1. The flyer SVGs, made by the compiler itself.
log("making the pack's SVGs...")
let build = Build(
    check: ProjectCheck(layout: ProjectLayout(campaignsDirectory: arguments.campaigns, assetsDirectory: arguments.assets)),
    outputDirectory: workspace.appendingPathComponent("pack").path)
let built = build.run()
guard !built.log.hasErrors else {
    built.log.diagnostics.forEach { log($0.description) }
    exit(1)
}
// The build renders each flyer from its drawing: the SVG without the invisible copy of its text
// (the visible text is outlines). Both renderers get exactly that.
let drawingsFolder = workspace.appendingPathComponent("drawings")
try FileManager.default.createDirectory(at: drawingsFolder, withIntermediateDirectories: true)
let invisibleText = /<text [^>]*fill-opacity="0"[^>]*>[^<]*<\/text>/
let flyers = try built.written.filter { $0.hasSuffix("/flyer-a5.svg") }.sorted().enumerated().map { index, path in
    let svg = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
    let drawing = drawingsFolder.appendingPathComponent("\(index).svg")
    try Data(svg.replacing(invisibleText, with: "").utf8).write(to: drawing)
    return drawing.path
}
let svgs = try flyers.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))) }
let (width, height) = (1748, 2480)
let threads = ProcessInfo.processInfo.activeProcessorCount
log("\(svgs.count) flyers, \(width) x \(height) px, \(threads) cores, median of \(arguments.runs) runs")

// 2. Compression settings, on a sample of flyers rendered once: time to encode and bytes.
let sample = try stride(from: 0, to: svgs.count, by: max(1, svgs.count / 8)).map {
    try Rasterizer.image(fromSVG: svgs[$0], width: width, height: height)
}
let candidates: [(String, PNGOptions.Compression)] = [
    ("cairo default: level 6, adaptive filters", .cairoDefault),
    ("level 1, adaptive filters", .init(level: 1, strategy: .standard, filters: .all)),
    ("level 6, up filter", .init(level: 6, strategy: .standard, filters: .up)),
    ("level 1, no filter", .init(level: 1, strategy: .standard, filters: .none)),
    ("level 2, no filter", .init(level: 2, strategy: .standard, filters: .none)),
    ("level 3, no filter", .init(level: 3, strategy: .standard, filters: .none)),
    ("level 4, no filter", .init(level: 4, strategy: .standard, filters: .none)),
    ("level 6, no filter", .init(level: 6, strategy: .standard, filters: .none)),
    ("level 9, no filter", .init(level: 9, strategy: .standard, filters: .none)),
    ("RLE, up filter", .init(level: 9, strategy: .runLength, filters: .up)),
    ("RLE, adaptive filters", .init(level: 9, strategy: .runLength, filters: .all)),
]
print("PNG compression on \(sample.count) flyers (encode only, per flyer):")
print("  setting                                   ms     KiB")
for (name, compression) in candidates {
    var bytes = 0
    let times = try (0..<arguments.runs).map { _ in
        try seconds {
            bytes = try sample.reduce(0) { $0 + (try Rasterizer.png(from: $1, options: PNGOptions(dotsPerInch: 300, compression: compression))).count }
        }
    }
    let chosen = compression == PNGOptions.Compression.chosen ? "  <- chosen" : ""
    print("  \(name.padding(toLength: 40, withPad: " ", startingAt: 0)) \(String(format: "%5.1f", median(times) * 1000 / Double(sample.count)))  \(String(format: "%6.1f", Double(bytes) / Double(sample.count) / 1024))\(chosen)")
}
