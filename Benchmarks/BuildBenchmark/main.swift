// The build engine's four targets, measured in one run on a copy of the repository's campaigns:
//
//   1. no-op rebuild of the full pack, against the cold build;
//   2. rebuild after one German string changed, against the cold build;
//   3. the cold build, against rasterizing every SVG of the pack with rsvg-convert, one process
//      per file;
//   4. peak memory of a cold build, in a process of its own: of the full pack, and of one campaign
//      in 40 locales (the burglary campaign with English added in seven more member states).
//
//   swift build -c release && .build/release/build-benchmark [--runs 3] [--campaigns DIR] [--assets DIR]
//
// Results and the machine they were measured on: Benchmarks/README.md.
import BenchmarkSupport
import CampaignBuild
import CampaignModel
import Foundation

func build(campaigns: String, assets: String, output: String) -> Build.Result {
    let check = ProjectCheck(layout: ProjectLayout(campaignsDirectory: campaigns, assetsDirectory: assets))
    return Build(check: check, outputDirectory: output, schedule: ScheduleSettings(years: [2027, 2028], today: nil, stamp: "20270101T000000Z")).run()
}

func build(_ root: URL, output: String) -> Build.Result {
    build(campaigns: root.path + "/Campaigns", assets: root.path + "/Assets", output: output)
}

// `--cold-build-into DIR` is the child process that makes one cold build for the memory figure.
let arguments = BenchmarkArguments(
    Array(CommandLine.arguments.dropFirst()), usage: "build-benchmark [--runs N] [--campaigns DIR] [--assets DIR]",
    extra: ["--cold-build-into"])
let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("build-benchmark-\(getpid())")

if let output = arguments.values["--cold-build-into"] {
    exit(build(campaigns: arguments.campaigns, assets: arguments.assets, output: output).log.hasErrors ? 1 : 0)
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
    let changed = germanText.replacingOccurrences(of: "headline:\n  text: \"", with: "headline:\n  text: \"Jetzt: ")
    guard changed != germanText else {
        log("the German headline was not found in \(german.path)")
        exit(1)
    }
    try Data(changed.utf8).write(to: german)
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

/// Builds `campaigns` cold in a child process, which must succeed.
func coldBuildInAChild(campaigns: URL, output: URL) throws {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = [
        "--campaigns", campaigns.path, "--assets", workspace.appendingPathComponent("Assets").path,
        "--cold-build-into", output.path,
    ]
    try child.run()
    child.waitUntilExit()
    guard child.terminationStatus == 0 else {
        log("the cold build of \(campaigns.path) failed")
        exit(1)
    }
}

// The smaller build first: the children's peak is the largest of all children so far.
log("one campaign in 40 locales, cold, in a process of its own, for its peak memory...")
let forty = workspace.appendingPathComponent("Forty/Campaigns")
try FileManager.default.createDirectory(at: forty, withIntermediateDirectories: true)
let burglary = forty.appendingPathComponent("burglary-focus-day")
try FileManager.default.copyItem(at: workspace.appendingPathComponent("Campaigns/burglary-focus-day"), to: burglary)
let spec = burglary.appendingPathComponent("campaign.yaml")
var specText = try String(contentsOf: spec, encoding: .utf8)
for line in ["AT: [de]", "BG: [bg]", "HR: [hr]", "CZ: [cs]", "DK: [da]", "EE: [et]", "FI: [fi, sv]"] {
    specText = specText.replacingOccurrences(of: "  \(line)\n", with: "  \(line.dropLast()), en]\n")
}
try Data(specText.utf8).write(to: spec)
try Data(germanText.utf8).write(to: burglary.appendingPathComponent("strings/de.yaml"))
try coldBuildInAChild(campaigns: forty, output: workspace.appendingPathComponent("Forty/Output"))
let fortyLocales = try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("Forty/Output/burglary-focus-day").path)
    .filter { !$0.contains(".") }.count
let fortyMemory = peakMiB(children: true)

log("the full pack, cold, in a process of its own, for its peak memory...")
try Data(germanText.utf8).write(to: german)
try coldBuildInAChild(campaigns: workspace.appendingPathComponent("Campaigns"), output: workspace.appendingPathComponent("Output-memory"))
let memory = peakMiB(children: true)

let coldMedian = median(cold)
print("Build engine, median of \(arguments.runs) runs (full pack: 4 campaigns, 72 locales, \(svgs.count) SVGs)")
print(String(format: "  cold build:                     %7.2f s", coldMedian))
print(String(format: "  no-op rebuild:                  %7.3f s = %5.2f %% of cold (target < 2 %%)", median(noop), median(noop) / coldMedian * 100))
print(String(format: "  one German string changed:      %7.2f s = %5.2f %% of cold (target < 10 %%); %d locales made again", median(oneString), median(oneString) / coldMedian * 100, madeAgain))
print(String(format: "  rsvg-convert, one process/file: %7.2f s; the cold build is %.2fx faster (target >= 5x)", theirs, theirs / coldMedian))
print(String(format: "  peak memory of a cold build:    %7.0f MiB (target < 300 MB = 286 MiB)", memory))
print(String(format: "  peak memory, 1 campaign in %d locales x 5 formats: %.0f MiB", fortyLocales, fortyMemory))
