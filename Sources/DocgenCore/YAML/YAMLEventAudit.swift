// libyaml as Yams vendors it (see QuickYAML.swift).
import CYaml

/// Reads a YAML text's events once, before Yams composes it, for the three
/// things composition cannot be trusted with:
///
/// - Aliases. Yams shares an anchored node among its aliases, but docgen
///   then walks the values (template params, lists), where every alias is a
///   copy: nine aliases of nine aliases ("billion laughs") are 10⁹ values
///   from a few hundred bytes. The values the aliases stand for, counted
///   with their own aliases expanded, may add up to `maximumAliasedValues`.
/// - Depth. Composition and every walk of the values recurse; values may
///   nest `maximumDepth` levels, aliases expanded (libyaml itself stops at
///   1,000 levels of the text, which is already more than a thread's stack
///   takes in those walks).
/// - Duplicate keys. Yams reports them at the first key of the pair; this
///   reports the second, with a note naming the first.
/// - Keys that are mappings or lists (`? a: b`, `{[a]: b}`). docgen reads
///   none, and Yams's duplicate check picks which of several such pairs to
///   report by hash order, so its line changed from run to run.
///
/// An error of the YAML itself (or an undefined alias) is left to Yams,
/// which reports it with its line.
enum YAMLEventAudit {
    static let maximumAliasedValues = 100_000
    static let maximumDepth = 100

    /// An open sequence or mapping.
    private struct Collection {
        var isMapping: Bool
        var anchor: String?
        /// Values in it, itself and aliases expanded included.
        var size = 1
        /// Levels below and including it, aliases expanded.
        var depth = 1
        /// Mapping keys seen (scalar keys only), with their 1-based YAML line.
        var keys: [String: Int] = [:]
        /// A mapping's next value is a key.
        var expectsKey = true
    }

    private struct Anchored {
        var size: Int
        var depth: Int
    }

    /// The first problem, its line shifted by `lineOffset` (the line before
    /// the YAML's first line in the file), or nil.
    static func audit(_ yaml: UnsafeBufferPointer<UInt8>, lineOffset: Int) -> YAMLValues.Problem? {
        LibYAMLParser.with(yaml) { audit(parser: $0, lineOffset: lineOffset) }
    }

    private static func audit(parser: UnsafeMutablePointer<yaml_parser_t>, lineOffset: Int) -> YAMLValues.Problem? {

        var open: [Collection] = []
        var anchors: [String: Anchored] = [:]
        var aliasedValues = 0

        func problem(_ message: String, at mark: yaml_mark_t, notes: [String] = []) -> YAMLValues.Problem {
            YAMLValues.Problem(
                message: message, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1, notes: notes)
        }
        func text(_ pointer: UnsafePointer<UInt8>?, _ length: Int) -> String {
            guard let pointer else { return "" }
            return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
        func text(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }
        /// Adds a finished value to the collection it is in; a scalar key
        /// (`key`) is checked against the mapping's other keys.
        func add(size: Int, depth: Int, key: String?, at mark: yaml_mark_t) -> YAMLValues.Problem? {
            guard !open.isEmpty else { return nil }
            let last = open.count - 1
            if open.count + depth > maximumDepth + 1 {
                return problem("YAML nested deeper than \(maximumDepth) levels (aliases expanded)", at: mark)
            }
            open[last].size = min(open[last].size + size, Int.max / 2)
            open[last].depth = max(open[last].depth, depth + 1)
            guard open[last].isMapping else { return nil }
            defer { open[last].expectsKey.toggle() }
            guard open[last].expectsKey, let key else { return nil }
            let line = Int(mark.line) + 1
            if let first = open[last].keys[key] {
                return problem(
                    "duplicate key `\(key)`: a key may be set once in a mapping", at: mark,
                    notes: ["`\(key)` is first set on line \(first + lineOffset)"])
            }
            open[last].keys[key] = line
            return nil
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if let anchor = text(scalar.anchor) { anchors[anchor] = Anchored(size: 1, depth: 1) }
                let key = text(scalar.value, scalar.length)
                if let found = add(size: 1, depth: 1, key: key, at: mark) { return found }
            case YAML_ALIAS_EVENT:
                guard let name = text(event.data.alias.anchor), let anchored = anchors[name] else { return nil }
                aliasedValues = min(aliasedValues + anchored.size, Int.max / 2)
                if aliasedValues > maximumAliasedValues {
                    return problem(
                        "YAML aliases expand to more than \(maximumAliasedValues) values at `*\(name)`: "
                            + "write the values out, or use fewer aliases", at: mark)
                }
                if let found = add(size: anchored.size, depth: anchored.depth, key: nil, at: mark) { return found }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if open.count >= maximumDepth {
                    return problem("YAML nested deeper than \(maximumDepth) levels", at: mark)
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                if let parent = open.last, parent.isMapping, parent.expectsKey {
                    return problem("a key must be text, got a \(isMapping ? "mapping" : "list")", at: mark)
                }
                let anchor = text(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                open.append(Collection(isMapping: isMapping, anchor: anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return nil }
                if let anchor = closed.anchor { anchors[anchor] = Anchored(size: closed.size, depth: closed.depth) }
                if let found = add(size: closed.size, depth: closed.depth, key: nil, at: mark) { return found }
            default:
                continue
            }
        }
    }
}
