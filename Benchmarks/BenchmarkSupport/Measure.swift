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
