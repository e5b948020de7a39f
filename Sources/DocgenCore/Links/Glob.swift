/// A shell-style pattern for link targets: `*` matches within a path segment,
/// `**` across segments, `?` one character; everything else is literal.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let characters: [Character]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.characters = Array(pattern)
    }

    public func matches(_ text: String) -> Bool {
        Self.match(characters[...], Array(text)[...])
    }

    private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == "*" {
            let crossesSegments = pattern.dropFirst().first == "*"
            let rest = pattern.dropFirst(crossesSegments ? 2 : 1)
            var remaining = text
            while true {
                if match(rest, remaining) { return true }
                guard let next = remaining.first, crossesSegments || next != "/" else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let character = text.first else { return false }
        guard first == "?" ? character != "/" : first == character else { return false }
        return match(pattern.dropFirst(), text.dropFirst())
    }
}
