import DocgenMustache

/// A front-matter value kept for templates (`page.params`), Sendable so pages
/// can move between worker threads.
public enum TemplateValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case double(Double)
    case list([TemplateValue])
    case map([String: TemplateValue])

    init?(plain: Any) {
        switch plain {
        case let value as String: self = .string(value)
        case let value as Bool: self = .bool(value)
        case let value as Int: self = .int(value)
        case let value as Double: self = .double(value)
        case let value as [Any]: self = .list(value.compactMap(TemplateValue.init(plain:)))
        case let value as [String: Any]: self = .map(value.compactMapValues(TemplateValue.init(plain:)))
        default: return nil
        }
    }

    /// The value as templates see it.
    var mustacheValue: MustacheValue {
        switch self {
        case .string(let value): return .text(value)
        case .bool(let value): return .bool(value)
        case .int(let value): return .int(value)
        case .double(let value): return .double(value)
        case .list(let values): return .list(values.map(\.mustacheValue))
        case .map(let values): return .dictionary(values.mapValues(\.mustacheValue))
        }
    }
}
