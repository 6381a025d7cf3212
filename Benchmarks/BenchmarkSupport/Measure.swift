import Dispatch
import Foundation

/// Progress of a benchmark, on standard error (results go to standard output).
public func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// How long `body` takes, in seconds of wall time.
public func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

public func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Peak resident memory in MiB, of this process or of its finished children.
public func peakMiB(children: Bool) -> Double {
    var usage = rusage()
    getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// A running process's peak resident memory so far, in MiB, from /proc.
public func highWaterMark(of pid: Int32) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
}

/// Runs a program to its end and says whether it succeeded.
@discardableResult
public func runProcess(_ path: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

/// The options every benchmark takes: how many runs, and where the campaigns and assets are;
/// `extra` names the options of a benchmark of its own, read into `values`.
public struct BenchmarkArguments {
    public var runs = 3
    public var campaigns = "Campaigns"
    public var assets = "Assets"
    public var values: [String: String] = [:]

    public init(_ arguments: [String], usage: String, extra: [String] = []) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            let value = rest.popFirst() ?? ""
            switch flag {
            case "--runs": runs = max(1, Int(value) ?? runs)
            case "--campaigns": campaigns = value
            case "--assets": assets = value
            case _ where extra.contains(flag): values[flag] = value
            default:
                log("usage: \(usage)")
                exit(2)
            }
        }
    }
}
