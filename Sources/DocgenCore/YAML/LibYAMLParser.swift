// libyaml as Yams vendors it (see QuickYAML.swift).
import CYaml

/// A libyaml event parser over UTF-8 bytes, set up and torn down in one
/// place for the two readers of raw events (`QuickYAML`, `YAMLEventAudit`).
enum LibYAMLParser {
    /// Runs `body` with a parser reading `yaml`; nil when libyaml cannot start.
    static func with<Result>(
        _ yaml: UnsafeBufferPointer<UInt8>, _ body: (UnsafeMutablePointer<yaml_parser_t>) -> Result?
    ) -> Result? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { return nil }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, yaml.baseAddress, yaml.count)
        return body(parser)
    }
}
