/// Named templates that can include one another as partials.
public struct MustacheLibrary: Sendable {
    private let templates: [String: MustacheTemplate]

    public init(_ templates: [String: MustacheTemplate]) { self.templates = templates }

    public var names: Set<String> { Set(templates.keys) }

    /// The template's output as UTF-8 bytes; nil when there is no such template.
    public func render(_ value: MustacheValue, template name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = MustacheRenderer(templates: templates, root: value)
        renderer.render(template.nodes)
        return renderer.output
    }

    /// The template's output as a string; "" when there is no such template.
    public func renderString(_ value: MustacheValue, template name: String) -> String {
        render(value, template: name).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
