/// Which lines of a file an include takes, as mdBook writes it after the path:
/// nothing (the whole file), `:10:20`, `:10:` (to the end), `::20` (from the
/// start), `:10` (one line), or `:name` (between `ANCHOR: name` and
/// `ANCHOR_END: name`).
enum IncludeSelection: Equatable {
    case whole
    /// 1-based and inclusive; nil is the file's first or last line.
    case lines(from: Int?, through: Int?)
    case anchor(String)
    /// Something after the `:` that is neither numbers nor an anchor name.
    case invalid(String)

    /// Splits `path:selector` at the first `:`.
    static func split(_ argument: String) -> (path: String, selection: IncludeSelection) {
        guard let colon = argument.firstIndex(of: ":") else { return (argument, .whole) }
        let path = String(argument[..<colon])
        let selector = String(argument[argument.index(after: colon)...])
        return (path, parse(selector))
    }

    static func parse(_ selector: String) -> IncludeSelection {
        let parts = selector.split(separator: ":", omittingEmptySubsequences: false)
        if parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), parts.count <= 2, !selector.isEmpty {
            let numbers = parts.map { $0.isEmpty ? nil : Int($0) }
            // A number too large for `Int` is no line any file has.
            if zip(parts, numbers).contains(where: { !$0.isEmpty && $1 == nil }) { return .invalid(selector) }
            if parts.count == 1 { return .lines(from: numbers[0], through: numbers[0]) }
            return .lines(from: numbers[0], through: numbers[1])
        }
        if !selector.isEmpty, selector.unicodeScalars.allSatisfy(IncludeAnchors.isNameScalar) {
            return .anchor(selector)
        }
        return .invalid(selector)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
