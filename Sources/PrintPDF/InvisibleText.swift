/// Makes a page's text invisible where it is drawn, keeping it as text: `3 Tr` (render mode
/// 3, neither fill nor stroke) right after each `BT` that opens a text object. Readers and
/// search still find the words, and the press prints only the outlines beside them.
///
/// cairo writes text strings in hexadecimal (`<0102> Tj`), so a `BT` token can only be the
/// operator; a `BT` inside a literal `(...)` string is skipped all the same.
enum InvisibleText {
    static func hiding(_ content: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(content.count + 256)
        var index = 0, depth = 0
        let isDelimiter = { (byte: UInt8) in " \n\r\t\u{0C}\u{00}()<>[]{}/%".utf8.contains(byte) }
        while index < content.count {
            let byte = content[index]
            if depth > 0 {
                if byte == UInt8(ascii: "\\") {
                    output.append(byte)
                    index += 1
                    if index < content.count { output.append(content[index]) }
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") { depth -= 1 }
            } else if byte == UInt8(ascii: "(") {
                depth = 1
            } else if byte == UInt8(ascii: "B"), index + 1 < content.count, content[index + 1] == UInt8(ascii: "T"),
                index == 0 || isDelimiter(content[index - 1]), index + 2 == content.count || isDelimiter(content[index + 2])
            {
                output.append(contentsOf: Array("BT 3 Tr".utf8))
                index += 2
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }
}
