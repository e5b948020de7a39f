import Yams

/// Reads typed values out of a composed Yams node, with the line of anything
/// that is wrong, so config and front-matter errors can point at it.
struct YAMLValues {
    /// Added to Yams's 1-based line numbers: the line before the YAML's first line in the file.
    let lineOffset: Int

    struct Problem: Error {
        var message: String
        var line: Int?
        var column: Int?
        var notes: [String] = []
    }

    func line(of node: Node) -> Int? { node.mark.map { $0.line + lineOffset } }

    /// A problem at a node: its line and column (libyaml counts columns in
    /// Unicode scalars, as docgen's diagnostics do).
    func problem(_ message: String, at node: Node) -> Problem {
        Problem(message: message, line: line(of: node), column: node.mark?.column)
    }

    /// Parses YAML text into a mapping of key → (value node, key line), in file order.
    /// `YAMLEventAudit` reads the events first: aliases that would expand
    /// past its bound, nesting past its depth and duplicate keys are
    /// reported before Yams composes (and docgen walks) a single node.
    func mapping(_ yaml: String, what: String) throws(Problem) -> [(key: String, value: Node, line: Int?)] {
        var text = yaml
        if let found = text.withUTF8({ YAMLEventAudit.audit($0, lineOffset: lineOffset) }) { throw found }
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
            throw problem("\(what) must be a mapping of keys to values, got \(Self.kind(of: node))", at: node)
        }
        var entries: [(key: String, value: Node, line: Int?)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw problem("\(what) keys must be text, got \(Self.kind(of: key))", at: key)
            }
            entries.append((name, value, line(of: key)))
        }
        return entries
    }

    /// Text: any scalar, as written (`title: 2024` is the title "2024", as
    /// Hugo reads it); a list or a mapping is an error.
    func string(_ node: Node, key: String) throws(Problem) -> String {
        guard case .scalar(let scalar) = node else {
            throw problem("`\(key)` must be text, got \(Self.kind(of: node))", at: node)
        }
        return scalar.string
    }

    /// A URL path: text that YAML does not read as a number, a boolean or
    /// null (`url: 5` is a mistake, `url: "5"` is not).
    func urlPath(_ node: Node, key: String) throws(Problem) -> String {
        guard case .scalar(let scalar) = node, Self.isText(node) else {
            throw problem("`\(key)` must be a URL path such as /guide/intro/, got \(Self.kind(of: node))", at: node)
        }
        return scalar.string
    }

    /// A list of URL paths, or one URL path as a list of one (Hugo reads a
    /// single string too). Each entry must be text.
    func urlPaths(_ node: Node, key: String) throws(Problem) -> [String] {
        let expected = "`\(key)` must be a list of URL paths such as [/old/path/]"
        switch node {
        case .scalar(let scalar) where Self.isText(node): return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item, Self.isText(item) else {
                    throw problem("\(expected), got \(Self.kind(of: item)) in the list", at: item)
                }
                values.append(scalar.string)
            }
            return values
        default: throw problem("\(expected), got \(Self.kind(of: node))", at: node)
        }
    }

    func bool(_ node: Node, key: String) throws(Problem) -> Bool {
        guard let value = node.bool else {
            throw problem("`\(key)` must be true or false, got \(Self.kind(of: node))", at: node)
        }
        return value
    }

    func int(_ node: Node, key: String) throws(Problem) -> Int {
        guard let value = Self.int(node) else {
            throw problem("`\(key)` must be an integer, got \(Self.kind(of: node))", at: node)
        }
        return value
    }

    /// Whether a node is a string to YAML: a quoted scalar, or a plain one
    /// that is no null, boolean, integer or float.
    static func isText(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        guard scalar.style == .plain || scalar.style == .any else { return true }
        switch quickPlain(scalar.string) {
        case .word: return true
        case .int: return false
        case nil: return node.null == nil && node.bool == nil && Self.yamsInt(node) == nil && node.float == nil
        }
    }

    /// What a node is, for "must be …, got …" messages.
    static func kind(of node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain || scalar.style == .any else { return "text" }
            if node.null != nil { return "null" }
            if int(node) != nil { return "a number" }
            if node.bool != nil { return "true/false" }
            if node.float != nil { return "a number" }
            return "text"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    /// Yams's `Node.int`, with plain digits read without it.
    static func int(_ node: Node) -> Int? {
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
            case .int(let value) = quickPlain(scalar.string)
        {
            return value
        }
        return Self.yamsInt(node)
    }

    /// A list of strings; a single string is a list of one.
    func strings(_ node: Node, key: String) throws(Problem) -> [String] {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence { values.append(try string(item, key: key)) }
            return values
        default: throw problem("`\(key)` must be text or a list of texts, got \(Self.kind(of: node))", at: node)
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
                if let value = Self.yamsInt(node) { return value }
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
        case .parser(_, let problem, let mark, _) where problem.hasPrefix("Maximum nesting level"):
            // libyaml's own bound, met before `YAMLEventAudit` sees the first level.
            return Problem(
                message: "YAML nested deeper than \(YAMLEventAudit.maximumDepth) levels",
                line: mark.line + lineOffset, column: mark.column)
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Problem(message: "invalid YAML: \(problem)", line: mark.line + lineOffset, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // `YAMLEventAudit` reports duplicate keys at the duplicate; this is
            // Yams's own check, for keys that are not scalars.
            return Problem(
                message: "duplicate key `\(duplicates.joined(separator: "`, `"))` in a mapping",
                line: context.mark.line + lineOffset, column: context.mark.column)
        default:
            return Problem(message: "invalid YAML: \(error)", line: lineOffset + 1)
        }
    }
}
