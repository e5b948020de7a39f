/// One problem of a baseline: where (file, and the fingerprint of its source
/// line's text), which check (code) and what (the link target as written).
/// Not its line number or message: lines move, and messages change when
/// pages are added ("did you mean …").
public struct BaselineEntry: Hashable, Comparable, Codable, Sendable {
    public var file: String?
    public var code: String
    public var target: String?
    public var fingerprint: String?

    public init(file: String?, code: String, target: String?, fingerprint: String?) {
        self.file = file
        self.code = code
        self.target = target
        self.fingerprint = fingerprint
    }

    public init(_ diagnostic: Diagnostic, lines: inout SourceLineFingerprints) {
        self.init(
            file: diagnostic.file, code: diagnostic.code, target: diagnostic.target,
            fingerprint: lines.fingerprint(of: diagnostic))
    }

    /// By file, code, target, then fingerprint; a missing value first.
    public static func < (lhs: BaselineEntry, rhs: BaselineEntry) -> Bool {
        lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }

    /// Missing values sort first (`""` with false before any value with true).
    private var sortKey: [String] {
        [file.map { "1" + $0 } ?? "0", code, target.map { "1" + $0 } ?? "0", fingerprint ?? ""]
    }

    /// The entry as one JSON line, keys in a fixed order.
    var json: String {
        let fields = [
            ("file", file.map(JSONText.string) ?? "null"),
            ("code", JSONText.string(code)),
            ("target", target.map(JSONText.string) ?? "null"),
            ("fingerprint", fingerprint.map(JSONText.string) ?? "null"),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}
