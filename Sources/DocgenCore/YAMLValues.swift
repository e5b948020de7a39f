import Yams

/// Reads typed values out of a composed Yams node, with the line of anything
/// that is wrong, so config and front-matter errors can point at it.
struct YAMLValues {
    /// Added to Yams's 1-based line numbers: the line before the YAML's first line in the file.
    let lineOffset: Int

    struct Problem: Error {
        var message: String
        var line: Int?
    }

    func line(of node: Node) -> Int? { node.mark.map { $0.line + lineOffset } }

    /// Parses YAML text into a mapping of key → (value node, key line), in file order.
    func mapping(_ yaml: String, what: String) throws(Problem) -> [(key: String, value: Node, line: Int?)] {
        let node: Node?
        do {
            // The basic resolver and an explicit encoding: Yams's default resolver
            // runs a regex per scalar and its default encoding reads the environment
            // on every call; typed getters below parse the scalars they need.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw describe(error)
        } catch {
            throw Problem(message: "invalid YAML in \(what): \(error)", line: lineOffset + 1)
        }
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            throw Problem(message: "\(what) must be a mapping of keys to values", line: line(of: node))
        }
        var entries: [(key: String, value: Node, line: Int?)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw Problem(message: "\(what) keys must be strings", line: line(of: key))
            }
            entries.append((name, value, line(of: key)))
        }
        return entries
    }

    func string(_ node: Node, key: String) throws(Problem) -> String {
        guard case .scalar(let scalar) = node else {
            throw Problem(message: "`\(key)` must be a string", line: line(of: node))
        }
        return scalar.string
    }

    func bool(_ node: Node, key: String) throws(Problem) -> Bool {
        guard let value = node.bool else {
            throw Problem(message: "`\(key)` must be true or false", line: line(of: node))
        }
        return value
    }

    func int(_ node: Node, key: String) throws(Problem) -> Int {
        guard let value = Self.int(node) else {
            throw Problem(message: "`\(key)` must be an integer", line: line(of: node))
        }
        return value
    }

    /// Yams's `Node.int`, with plain digits read without it.
    static func int(_ node: Node) -> Int? {
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
            case .int(let value) = quickPlain(scalar.string)
        {
            return value
        }
        return node.int
    }

    /// A list of strings; a single string is a list of one.
    func strings(_ node: Node, key: String) throws(Problem) -> [String] {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence { values.append(try string(item, key: key)) }
            return values
        default: throw Problem(message: "`\(key)` must be a string or a list of strings", line: line(of: node))
        }
    }

    /// Any YAML value as plain Swift values for templates: String, Bool, Int,
    /// Double, [Any] and [String: Any]; null is left out by the caller.
    static func plain(_ node: Node) -> Any? {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                switch Self.quickPlain(scalar.string) {
                case .int(let value): return value
                case .word: return scalar.string
                case nil: break
                }
                if node.null != nil { return nil }
                if let value = node.bool { return value }
                if let value = node.int { return value }
                if let value = node.float { return value }
            }
            return scalar.string
        case .sequence(let sequence): return sequence.compactMap { plain($0) }
        case .mapping(let mapping):
            var dictionary: [String: Any] = [:]
            for (key, value) in mapping {
                if let name = key.string, let converted = plain(value) { dictionary[name] = converted }
            }
            return dictionary
        case .alias: return nil
        }
    }

    /// What a plain scalar is, when that is plain to see: digits, or a word
    /// that cannot be read as anything but a string.
    enum QuickPlain {
        case int(Int)
        case word
    }

    /// Reads the two common plain scalars without Yams's constructors, which
    /// lowercase, and replace `_` through Foundation, on every call. Gives
    /// exactly what those constructors give (null, then bool, int and float
    /// are tried), or nil to leave the scalar to them:
    /// - decimal digits without a leading zero (or `0` itself), short enough
    ///   not to overflow, are an `Int` (a leading zero would be octal);
    /// - ASCII text without `:` (no sexagesimal) is a string when it holds a
    ///   byte that no null, bool, int or float can hold (a space, `/`, `,`…),
    ///   or when it is all letters and none of the words that Yams or
    ///   `Double(_:)` read: `true`, `yes`, `on`, `false`, `no`, `off`,
    ///   `null`, `inf`, `infinity`, `nan`, `snan`, in any case.
    static func quickPlain(_ string: String) -> QuickPlain? {
        var digits = 0
        var letters = 0
        var value = 0
        var hasOtherByte = false
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                value = value &* 10 &+ Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letters += 1
            case UInt8(ascii: ":"), 0x80...:
                return nil
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "~"):
                break
            default:
                hasOtherByte = true
            }
        }
        let count = string.utf8.count
        if digits == count, count >= 1, count <= 18, count == 1 || string.utf8.first != UInt8(ascii: "0") {
            return .int(value)
        }
        if hasOtherByte { return .word }
        guard letters == count, count > 0, !readableWords.contains(string.lowercased()) else { return nil }
        return .word
    }

    /// The all-letter words some constructor reads as something other than a string.
    private static let readableWords: Set<String> = [
        "true", "yes", "on", "false", "no", "off", "null", "inf", "infinity", "nan", "snan",
    ]

    private func describe(_ error: YamlError) -> Problem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Problem(message: "invalid YAML: \(problem)", line: mark.line + lineOffset)
        default:
            return Problem(message: "invalid YAML: \(error)", line: lineOffset + 1)
        }
    }
}
