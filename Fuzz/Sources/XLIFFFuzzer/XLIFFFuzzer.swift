import Diagnostics
import FuzzSupport
import TranslationFiles

/// Fuzzes `campaign strings import` for XLIFF: the bytes are a file a CAT tool returned, read by
/// `XLIFFReader` (libxml2, locked down against DTDs and entities) and, when it gives a document,
/// checked by `StringsImport` against the campaign it names. Such files come from outside the
/// project; a malformed one must end in diagnostics, never in a crash or a hang.
@main
enum XLIFFFuzzer {
    static func main() {
        _ = TranslationImport.campaigns
        LibFuzzer.run(testOneInput)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var log = DiagnosticLog()
    if let document = XLIFFReader(path: "fuzz.xlf").read(LibFuzzer.bytes(data, size), log: &log) {
        TranslationImport.check(document, log: &log)
    }
    return 0
}
