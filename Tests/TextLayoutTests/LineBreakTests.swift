import Testing
import TextLayout

@Suite struct LineBreakTests {
    let engine = TextLayoutEngine(fonts: Fonts.library)

    private func style(_ language: String, _ families: [String], phrases: Bool = false) -> TextStyle {
        TextStyle(families: families, language: language, direction: .leftToRight, breaksAtPhrases: phrases)
    }

    @Test(arguments: [
        ("km", "Noto Sans Khmer", "ចាក់សោទ្វារមុនពេលអ្នកចាកចេញពីផ្ទះរបស់អ្នក"),
        ("lo", "Noto Sans Lao", "ລັອກປະຕູກ່ອນອອກຈາກເຮືອນຂອງທ່ານທຸກຄັ້ງ"),
        ("my", "Noto Sans Myanmar", "အိမ်မှမထွက်မီတံခါးကိုသော့ခတ်ပါ"),
    ])
    func scriptsWithoutSpacesBreakBetweenWords(language: String, family: String, text: String) throws {
        let block = try engine.layout(text, style: style(language, ["Noto Sans", family]), size: 20, width: 150)
        #expect(block.lines.count > 1)
        #expect(block.width <= 150)
        // The breaks added for the layout are not part of the text.
        #expect(block.lines.map(\.text).joined() == text)
    }

    @Test func aChineseHeadlineBreaksBetweenWords() throws {
        let text = "被迫工作？无法离开？你有权利。"
        let families = ["Noto Sans", "Noto Sans CJK SC"]
        for width in stride(from: 90.0, through: 200, by: 10) {
            let block = try engine.layout(text, style: style("zh-Hans", families, phrases: true), size: 20, width: width)
            for (upper, lower) in zip(block.lines, block.lines.dropFirst()) {
                #expect(!(upper.text.hasSuffix("无") && lower.text.hasPrefix("法")), "无法 split at \(width) pt")
                #expect(!(upper.text.hasSuffix("权") && lower.text.hasPrefix("利")), "权利 split at \(width) pt")
                #expect(!lower.text.hasPrefix("？") && !lower.text.hasPrefix("。"), "a line opens with punctuation")
            }
        }
    }

    @Test func chineseBodyTextMayStillBreakBetweenAnyCharacters() throws {
        let text = "被迫工作？无法离开？你有权利。"
        let splits = try stride(from: 90.0, through: 200, by: 10).filter { width in
            let block = try engine.layout(text, style: style("zh-Hans", ["Noto Sans", "Noto Sans CJK SC"]), size: 20, width: width)
            return block.lines.contains { $0.text.hasSuffix("无") }
        }
        #expect(!splits.isEmpty)
    }

    @Test func malteseArticlesStayWithTheirNoun() throws {
        let text = "Is-sigurtà tad-dar tibda bil-bieb u għall-ħallelin"
        for width in stride(from: 60.0, through: 200, by: 5) {
            let block = try engine.layout(text, style: style("mt", ["Noto Sans"]), size: 16, width: width)
            for line in block.lines.dropLast() {
                #expect(!line.text.trimmingSuffixSpaces.hasSuffix("-"), "'\(line.text)' ends with an article at \(width) pt")
            }
        }
    }

    @Test func aBalancedHeadlineDoesNotEndWithOneShortWord() throws {
        let text = "Forced to work? Not free to leave? You have rights."
        let room = FitConstraints(width: 260, height: 200, minimumSize: 20, maximumSize: 40, maximumLines: 4, balanced: true)
        guard case .fits(let block) = try engine.fit(text, style: Fonts.style("en", weight: 700), in: room) else {
            Issue.record("did not fit")
            return
        }
        let last = block.lines.last?.text.split(separator: " ") ?? []
        #expect(last.count > 1 || (last.first?.count ?? 0) >= 8, "\(block.lines.map(\.text))")
    }
}

extension String {
    fileprivate var trimmingSuffixSpaces: Substring {
        self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)]
    }
}
