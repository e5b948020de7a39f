// libyaml as Yams vendors it (Yams's CYaml target). It is not a product of
// Yams, so it cannot be named in Package.swift; it is importable because Yams
// builds it, and a Yams release that renamed it would fail this build loudly.
import CYaml
import Yams

/// One value of front matter as libyaml's events give it, and the reading of
/// its events, for `FrontMatter(quickYAML:)`.
indirect enum QuickYAML {
    case scalar(String, isPlain: Bool)
    case sequence([QuickYAML])
    case mapping([(key: String, value: QuickYAML, line: Int)])

    /// A value for templates, or a null that is left out.
    enum Converted {
        case value(TemplateValue)
        case null
    }

    /// Yams's null: a plain `~`, `null`, `Null`, `NULL` or nothing.
    var isNull: Bool {
        guard case .scalar(let string, isPlain: true) = self else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(string)
    }

    /// A scalar as the Yams node it would be composed into: untagged (a
    /// plain scalar's tag is left to resolve, a quoted one's is `str`).
    var node: Node {
        guard case .scalar(let string, let isPlain) = self else { return Node("") }
        let tag = Tag(isPlain ? .implicit : .str, .basic, .default)
        return .scalar(Node.Scalar(string, tag, isPlain ? .plain : .singleQuoted))
    }

    /// `YAMLValues.plain` then `TemplateValue(plain:)`, or nil when that
    /// gives a value templates cannot take.
    var templateValue: Converted? {
        switch self {
        case .scalar(let string, let isPlain):
            guard isPlain else { return .value(.string(string)) }
            switch YAMLValues.quickPlain(string) {
            case .int(let int): return .value(.int(int))
            case .word: return .value(.string(string))
            case nil:
                guard let plain = YAMLValues.plain(node) else { return .null }
                return TemplateValue(plain: plain).map { .value($0) }
            }
        case .sequence(let items):
            var values: [TemplateValue] = []
            for item in items {
                guard let converted = item.templateValue else { return nil }
                if case .value(let value) = converted { values.append(value) }
            }
            return .value(.list(values))
        case .mapping(let entries):
            var values: [String: TemplateValue] = [:]
            for (key, item, _) in entries {
                guard let converted = item.templateValue else { return nil }
                if case .value(let value) = converted { values[key] = value }
            }
            return .value(.map(values))
        }
    }

    /// The top-level mapping of a YAML text, each key with its file line
    /// (front matter starts on the file's second line), or nil for an error
    /// or any shape this does not read.
    static func mapping(_ yaml: UnsafeBufferPointer<UInt8>) -> [(key: String, value: QuickYAML, line: Int)]? {
        LibYAMLParser.with(yaml) { parser in
            let events = Events(parser: parser)
            guard events.skip(YAML_STREAM_START_EVENT), events.skip(YAML_DOCUMENT_START_EVENT),
                case .value(.mapping(let entries)) = events.next(depth: 1), events.skip(YAML_DOCUMENT_END_EVENT),
                events.skip(YAML_STREAM_END_EVENT)
            else { return nil }
            return entries
        }
    }

    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>

        enum Item {
            case value(QuickYAML)
            /// The end of the enclosing sequence or mapping.
            case end
            /// An error or a shape left to Yams: an alias, an anchor, a tag,
            /// a key that is not a scalar, a repeated key.
            case unread
        }

        /// Reads the next event, which must be of `type`.
        func skip(_ type: yaml_event_type_t) -> Bool {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { return false }
            defer { yaml_event_delete(&event) }
            return event.type == type
        }

        /// The value that starts at the next event, `depth` levels down. Past
        /// `YAMLEventAudit.maximumDepth` it is left to the Yams reading,
        /// whose audit reports it: this recursion stays shallow.
        func next(depth: Int) -> Item {
            guard depth <= YAMLEventAudit.maximumDepth else { return .unread }
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { return .unread }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.tag == nil, scalar.anchor == nil else { return .unread }
                let string = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                return .value(.scalar(string, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE))
            case YAML_SEQUENCE_START_EVENT:
                guard event.data.sequence_start.tag == nil, event.data.sequence_start.anchor == nil else {
                    return .unread
                }
                var items: [QuickYAML] = []
                while true {
                    switch next(depth: depth + 1) {
                    case .value(let item): items.append(item)
                    case .end: return .value(.sequence(items))
                    case .unread: return .unread
                    }
                }
            case YAML_MAPPING_START_EVENT:
                guard event.data.mapping_start.tag == nil, event.data.mapping_start.anchor == nil else {
                    return .unread
                }
                var entries: [(key: String, value: QuickYAML, line: Int)] = []
                var keys = Set<String>()
                while true {
                    var key = yaml_event_t()
                    guard yaml_parser_parse(parser, &key) == 1 else { return .unread }
                    defer { yaml_event_delete(&key) }
                    if key.type == YAML_MAPPING_END_EVENT { return .value(.mapping(entries)) }
                    let scalar = key.data.scalar
                    guard key.type == YAML_SCALAR_EVENT, scalar.tag == nil, scalar.anchor == nil else { return .unread }
                    let name = String(
                        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                    // Yams rejects a repeated key (compared as Swift strings: scalar keys
                    // all resolve to the `str` tag); its error is the one to report.
                    guard keys.insert(name).inserted else { return .unread }
                    guard case .value(let value) = next(depth: depth + 1) else { return .unread }
                    // Yams's marks are 1-based, and the YAML starts on the file's line 2.
                    entries.append((name, value, Int(key.start_mark.line) + 2))
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                return .end
            default:
                return .unread
            }
        }
    }
}
