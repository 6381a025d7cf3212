// The build engine's four targets, measured in one run on a copy of the repository's campaigns:
//
//   1. no-op rebuild of the full pack, against the cold build;
//   2. rebuild after one German string changed, against the cold build;
//   3. the cold build, against rasterizing every SVG of the pack with rsvg-convert, one process
//      per file;
//   4. peak memory of a cold build, in a process of its own.
//
//   swift build -c release && .build/release/build-benchmark [--runs 3] [--campaigns DIR] [--assets DIR]
//
// Results and the machine they were measured on: Benchmarks/README.md.
import BenchmarkSupport
import CampaignBuild
import Foundation

func build(_ root: URL, output: String) -> Build.Result {
    let check = ProjectCheck(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets")
    return Build(check: check, outputDirectory: output, schedule: ScheduleSettings(years: [2027, 2028], today: nil, stamp: "20270101T000000Z")).run()
}

// `--cold-build-into DIR` is the child process that makes one cold build for the memory figure.
let arguments = BenchmarkArguments(
    Array(CommandLine.arguments.dropFirst()), usage: "build-benchmark [--runs N] [--campaigns DIR] [--assets DIR]",
    extra: ["--cold-build-into"])
let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("build-benchmark-\(getpid())")

if let output = arguments.values["--cold-build-into"] {
    exit(build(URL(fileURLWithPath: arguments.campaigns).deletingLastPathComponent(), output: output).log.hasErrors ? 1 : 0)
}
defer { try? FileManager.default.removeItem(at: workspace) }
try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
for (name, source) in [("Campaigns", arguments.campaigns), ("Assets", arguments.assets)] {
    try FileManager.default.copyItem(at: URL(fileURLWithPath: source), to: workspace.appendingPathComponent(name))
}
let german = workspace.appendingPathComponent("Campaigns/burglary-focus-day/strings/de.yaml")
let germanText = try String(contentsOf: german, encoding: .utf8)

var cold: [Double] = [], noop: [Double] = [], oneString: [Double] = []
var madeAgain = 0, svgs: [String] = []
for run in 1...arguments.runs {
    let output = workspace.appendingPathComponent("Output-\(run)").path
    try Data(germanText.utf8).write(to: german)
    log("run \(run): cold build...")
    var result: Build.Result?
    cold.append(seconds { result = build(workspace, output: output) })
    guard let result, !result.log.hasErrors else {
        log("the build failed: \(result?.log.sorted.map(\.description).joined(separator: "\n") ?? "")")
        exit(1)
    }
    svgs = result.written.filter { $0.hasSuffix(".svg") }
    log("run \(run): no-op rebuild...")
    noop.append(seconds { _ = build(workspace, output: output) })
    log("run \(run): one German string changed...")
    try Data(germanText.replacingOccurrences(of: "headline: \"", with: "headline: \"Jetzt: ").utf8).write(to: german)
    oneString.append(seconds { madeAgain = 72 - build(workspace, output: output).reused })
}

log("rasterizing the pack's \(svgs.count) SVGs with rsvg-convert, one process per file...")
let rsvg = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first { FileManager.default.isExecutableFile(atPath: $0) }
guard let rsvg else {
    log("rsvg-convert is not installed (Debian package librsvg2-bin)")
    exit(1)
}
let sizes = ["flyer-a5.svg": ["-w", "1748", "-h", "2480"], "social-square.svg": ["-w", "1080", "-h", "1080"], "social-link.svg": ["-w", "1200", "-h", "630"]]
let png = workspace.appendingPathComponent("rsvg.png").path
let theirs = seconds {
    for svg in svgs {
        let size = sizes.first { svg.hasSuffix($0.key) }?.value ?? []
        runProcess(rsvg, size + ["-o", png, svg])
    }
}

log("one cold build in a process of its own, for its peak memory...")
let child = Process()
child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
child.arguments = [
    "--campaigns", workspace.appendingPathComponent("Campaigns").path, "--assets", workspace.appendingPathComponent("Assets").path,
    "--cold-build-into", workspace.appendingPathComponent("Output-memory").path,
]
try Data(germanText.utf8).write(to: german)
try child.run()
child.waitUntilExit()
let memory = peakMiB(children: true)

let coldMedian = median(cold)
print("Build engine, median of \(arguments.runs) runs (full pack: 4 campaigns, 72 locales, \(svgs.count) SVGs)")
print(String(format: "  cold build:                     %7.2f s", coldMedian))
print(String(format: "  no-op rebuild:                  %7.3f s = %5.2f %% of cold (target < 2 %%)", median(noop), median(noop) / coldMedian * 100))
print(String(format: "  one German string changed:      %7.2f s = %5.2f %% of cold (target < 10 %%); %d locales made again", median(oneString), median(oneString) / coldMedian * 100, madeAgain))
print(String(format: "  rsvg-convert, one process/file: %7.2f s; the cold build is %.2fx faster (target >= 5x)", theirs, theirs / coldMedian))
print(String(format: "  peak memory of a cold build:    %7.0f MiB (target < 300 MB = 286 MiB)", memory))
