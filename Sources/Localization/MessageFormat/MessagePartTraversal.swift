/// Depth-first, text-order traversal of parsed parts, shared by the checks on `MessagePattern`.
extension MessagePattern {
    /// Calls `visit` for every part, nested ones included, in the order they appear in the text.
    func forEachPart(_ visit: (MessagePart) -> Void) {
        Self.walk(parts, visit)
    }

    private static func walk(_ parts: [MessagePart], _ visit: (MessagePart) -> Void) {
        for part in parts {
            visit(part)
            switch part {
            case .plural(let plural):
                for pluralCase in plural.cases {
                    walk(pluralCase.message, visit)
                }
            case .select(let select):
                for selectCase in select.cases {
                    walk(selectCase.message, visit)
                }
            case .literal, .argument, .pluralNumber:
                break
            }
        }
    }
}
