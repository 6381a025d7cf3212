// The raster floor: renders and encodes a list of PNGs in this process with the build's own
// renderer and settings (librsvg onto cairo, libpng as `PNGOptions` chooses), on as many threads
// as asked, and nothing else: what the cold build could not go below if making PNGs were all it
// did. Benchmarks/compare runs it on the pack's PNGs beside the build and rsvg-convert.
//
//   raster-floor LIST [--jobs N]
//
// LIST has one PNG per line, tab-separated: the SVG, width, height, dots per inch (0 for none),
// the PNG to write.
import Foundation
import Raster
import Synchronization

var arguments = Array(CommandLine.arguments.dropFirst())
var jobs = ProcessInfo.processInfo.activeProcessorCount
if let flag = arguments.firstIndex(of: "--jobs"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) {
    jobs = max(1, value)
    arguments.removeSubrange(flag...(flag + 1))
}
guard arguments.count == 1, let list = try? String(contentsOfFile: arguments[0], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: raster-floor LIST [--jobs N]\n".utf8))
    exit(2)
}

struct Item {
    let svg: String, width: Int, height: Int, dotsPerInch: Double, output: String
}

let items = list.split(separator: "\n").compactMap { line -> Item? in
    let fields = line.split(separator: "\t").map(String.init)
    guard fields.count == 5, let width = Int(fields[1]), let height = Int(fields[2]), let dpi = Double(fields[3]) else { return nil }
    return Item(svg: fields[0], width: width, height: height, dotsPerInch: dpi, output: fields[4])
}
let next = Atomic(0)
let failures = Atomic(0)
DispatchQueue.concurrentPerform(iterations: jobs) { _ in
    while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < items.count else { return }
        let item = items[index]
        do {
            let svg = try Array(Data(contentsOf: URL(fileURLWithPath: item.svg)))
            let png = try Rasterizer.png(
                fromSVG: svg, width: item.width, height: item.height,
                options: PNGOptions(dotsPerInch: item.dotsPerInch > 0 ? item.dotsPerInch : nil))
            try Data(png).write(to: URL(fileURLWithPath: item.output))
        } catch {
            FileHandle.standardError.write(Data("\(item.svg): \(error)\n".utf8))
            failures.add(1, ordering: .relaxed)
        }
    }
}
exit(failures.load(ordering: .relaxed) == 0 ? 0 : 1)
