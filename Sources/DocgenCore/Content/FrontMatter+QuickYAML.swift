import Yams

extension FrontMatter {
    /// Reads front matter straight from libyaml's events when it has the
    /// common shape, or gives nil to leave it to `FrontMatterParser`'s Yams
    /// reading: a mapping of scalar keys to scalars, lists and mappings, with
    /// no tags, anchors, aliases or repeated keys. Scalars are typed by the
    /// same `YAMLValues` code as in the Yams reading, so what this reads is
    /// exactly what that gives; an error, or a value it would reject, takes
    /// the other road, which reports it.
    ///
    /// Composing Yams nodes (an object per event and per tag, Foundation
    /// string conversions, a duplicate-key check that hashes nodes) costs
    /// several times libyaml's own parsing.
    init?(quickYAML yaml: UnsafeBufferPointer<UInt8>) {
        self.init()
        guard !yaml.isEmpty else { return }
        guard let entries = QuickYAML.mapping(yaml) else { return nil }
        for (key, value, line) in entries {
            keyLines[key] = line
            if value.isNull { continue }
            switch key {
            case "title", "description", "slug", "template", "url", "permalink":
                guard case .scalar(let string, _) = value else { return nil }
                // A URL path must be a YAML string (`YAMLValues.urlPath`).
                if key == "url" || key == "permalink", !YAMLValues.isText(value.node) { return nil }
                switch key {
                case "title": title = string
                case "description": description = string
                case "slug": slug = string
                case "template": template = string
                default:
                    url = string
                    keyLines["url"] = line
                }
            case "draft":
                guard case .scalar = value, let bool = value.node.bool else { return nil }
                draft = bool
            case "weight":
                guard case .scalar = value, let int = YAMLValues.int(value.node) else { return nil }
                weight = int
            case "aliases":
                switch value {
                case .scalar(let string, _):
                    guard YAMLValues.isText(value.node) else { return nil }
                    aliases = [string]
                case .sequence(let items):
                    var strings: [String] = []
                    for item in items {
                        guard case .scalar(let string, _) = item, YAMLValues.isText(item.node) else { return nil }
                        strings.append(string)
                    }
                    aliases = strings
                case .mapping: return nil
                }
            default:
                guard let converted = value.templateValue else { return nil }
                if case .value(let templateValue) = converted { params[key] = templateValue }
            }
        }
    }
}
