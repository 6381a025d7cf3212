import CLibFuzzer
import Foundation

/// The entry into libFuzzer. SwiftPM links an executable's `main` under a module-named symbol
/// (so that tests can link the executable) and points `main` at that symbol, which wins over
/// libFuzzer's `main`. So each fuzzer has a `@main` that sets itself up and hands the process
/// to libFuzzer's driver, and also exports `LLVMFuzzerTestOneInput`, which libFuzzer's unused
/// `main` refers to and the driver is given.
public enum LibFuzzer {
    /// Runs libFuzzer with the process's arguments, calling `testOneInput` with every input.
    public static func run(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }

    /// An input as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        [UInt8](UnsafeBufferPointer(start: data, count: size))
    }

    /// An input as text, invalid UTF-8 replaced by U+FFFD.
    public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }
}
