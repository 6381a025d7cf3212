internal import CHyphen
import Foundation

/// One language's hyphenation patterns, read by libhyphen from a `hyph_*.dic` file of Debian's
/// `hyphen-*` packages, and the points where it allows a word to be hyphenated.
///
/// Several of Debian's files are in a single-byte charset (ISO 8859-1 for German and Dutch,
/// 8859-2 for Czech and Polish, KOI8-R for Russian...), as their first line says: words are
/// converted to it through a table made once with iconv, so that any thread can ask at once
/// (libhyphen only reads a loaded dictionary).
public final class HyphenationDictionary: @unchecked Sendable {
    /// The file the patterns came from.
    public let path: String
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    /// `nil` for UTF-8 files; otherwise each scalar's byte in the file's charset.
    private let singleByte: [Unicode.Scalar: UInt8]?
    /// The fewest letters kept before and after a hyphen: the file's own values, and never
    /// fewer than typographers accept (two before, three after).
    let leftMinimum: Int
    let rightMinimum: Int

    init?(path: String) {
        guard let dictionary = hnj_hyphen_load(path) else { return nil }
        let charset = withUnsafeBytes(of: dictionary.pointee.cset) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }.trimmingCharacters(in: .whitespacesAndNewlines)
        if charset.uppercased() == "UTF-8" {
            singleByte = nil
        } else {
            guard let table = Self.table(charset: charset) else {
                hnj_hyphen_free(dictionary)
                return nil
            }
            singleByte = table
        }
        self.path = path
        self.dictionary = dictionary
        leftMinimum = max(Int(dictionary.pointee.lhmin), 2)
        rightMinimum = max(Int(dictionary.pointee.rhmin), 3)
    }

    deinit {
        hnj_hyphen_free(dictionary)
    }

    /// The points where `word` (letters only, lower case) may take a hyphen, as counts of its
    /// Unicode scalars before the hyphen. Points where the patterns would change the spelling
    /// (Hungarian `ssz` → `sz-sz`) are left out: a soft hyphen cannot say that.
    func points(in word: String) -> [Int] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= leftMinimum + rightMinimum else { return [] }
        // The encoded word, and for each of its bytes the count of scalars up to and with it.
        var bytes: [UInt8] = []
        var scalarsThrough: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            if let singleByte {
                guard let byte = singleByte[scalar] else { return [] }
                bytes.append(byte)
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
            while scalarsThrough.count < bytes.count { scalarsThrough.append(index + 1) }
        }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let failed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { word in
                hnj_hyphen_hyphenate2(
                    dictionary, word.baseAddress, Int32(word.count), &hyphens, nil, &replacements, &positions, &cuts)
            }
        }
        defer {
            if let replacements {
                for index in 0..<bytes.count { free(replacements[index]) }
                free(replacements)
            }
            free(positions)
            free(cuts)
        }
        guard failed == 0 else { return [] }
        var points: [Int] = []
        for index in 0..<bytes.count where hyphens[index] & 1 == 1 {
            if let replacements, replacements[index] != nil { continue }
            // A hyphen after the last byte of a scalar only: a UTF-8 file may mark inside one.
            guard index + 1 < bytes.count, scalarsThrough[index] != scalarsThrough[index + 1] else { continue }
            let before = scalarsThrough[index]
            if before >= leftMinimum, scalars.count - before >= rightMinimum { points.append(before) }
        }
        return points
    }

    /// Each scalar's byte in a single-byte charset, from iconv's reading of every byte.
    private static func table(charset: String) -> [Unicode.Scalar: UInt8]? {
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var table: [Unicode.Scalar: UInt8] = [:]
        for byte in UInt8(0x20)...UInt8(0xFF) {
            var input: [CChar] = [CChar(bitPattern: byte)]
            var output = [CChar](repeating: 0, count: 8)
            var inputLeft = 1, outputLeft = output.count
            let converted = input.withUnsafeMutableBufferPointer { inputBuffer in
                output.withUnsafeMutableBufferPointer { outputBuffer in
                    var inPointer = inputBuffer.baseAddress, outPointer = outputBuffer.baseAddress
                    return iconv(converter, &inPointer, &inputLeft, &outPointer, &outputLeft)
                }
            }
            guard converted != -1 else { continue }
            let decoded = String(decoding: output.prefix(output.count - outputLeft).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let scalar = decoded.unicodeScalars.first, decoded.unicodeScalars.count == 1 { table[scalar] = byte }
        }
        return table
    }
}
