import XML

/// Which locales an element of a template is shown for, from its `data-only-states`,
/// `data-except-states`, `data-only-languages` and `data-only-direction` and those of the groups
/// around it. Elements shown for no condition are always shown.
public struct Visibility: Hashable, Sendable {
    var onlyStates: [Set<String>] = []
    var exceptStates: Set<String> = []
    var onlyLanguages: [Set<String>] = []
    var onlyDirection: Set<String> = []

    /// The conditions of one element alone.
    init(element: XMLElement) {
        func words(_ name: String) -> Set<String>? {
            element.attribute(name).map { Set($0.split(separator: " ").map(String.init)) }
        }
        if let states = words("data-only-states") { onlyStates.append(states) }
        if let states = words("data-except-states") { exceptStates = states }
        if let languages = words("data-only-languages") { onlyLanguages.append(languages) }
        if let direction = element.attribute("data-only-direction") { onlyDirection = [direction] }
    }

    /// The conditions of an element and every group it is in.
    init(elementAndAncestors element: XMLElement) {
        var combined = Visibility(element: element)
        var current = element.parent
        while let ancestor = current {
            let own = Visibility(element: ancestor)
            combined.onlyStates += own.onlyStates
            combined.exceptStates.formUnion(own.exceptStates)
            combined.onlyLanguages += own.onlyLanguages
            combined.onlyDirection.formUnion(own.onlyDirection)
            current = ancestor.parent
        }
        self = combined
    }

    /// Whether the element shows in a locale of `state` in `language` written in `direction`.
    public func isVisible(state: String, language: String, direction: String) -> Bool {
        onlyStates.allSatisfy { $0.contains(state) }
            && !exceptStates.contains(state)
            && onlyLanguages.allSatisfy { $0.contains(language) || $0.contains(String(language.prefix { $0 != "-" })) }
            && onlyDirection.allSatisfy { $0 == direction }
    }
}
