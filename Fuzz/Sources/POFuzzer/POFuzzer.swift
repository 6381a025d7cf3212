import Diagnostics
import FuzzSupport
import TranslationFiles

/// Fuzzes `campaign strings import` for gettext PO: the bytes are a file Poedit, Weblate or
/// translate-toolkit returned, read by `POReader` (quoting, escapes, continuation lines, flags)
/// and, when it gives a document, checked by `StringsImport` against the campaign it names. Such
/// files come from outside the project; a malformed one must end in diagnostics, never in a
/// crash or a hang.
@main
enum POFuzzer {
    static func main() {
        _ = TranslationImport.campaigns
        LibFuzzer.run(testOneInput)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var log = DiagnosticLog()
    if let document = POReader(path: "fuzz.po").read(LibFuzzer.bytes(data, size), log: &log) {
        TranslationImport.check(document, log: &log)
    }
    return 0
}
