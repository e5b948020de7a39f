/// What templates see: a closed set of value kinds, so that rendering needs
/// no dynamic casts (swift-mustache's `Any`-based lookup cost about 10 µs per
/// sidebar item, which made templates the largest cost of a 10,000-page build).
public enum MustacheValue: Sendable {
    case text(String)
    case bool(Bool)
    case int(Int)
    case double(Double)
    case list([MustacheValue])
    case dictionary([String: MustacheValue])
    /// Values computed on demand, e.g. data most templates never ask for.
    case object(any MustacheObject)
    case null

    /// Mustache's falsy values: `false`, null and the empty list.
    var isFalsy: Bool {
        switch self {
        case .bool(let value): return !value
        case .null: return true
        case .list(let values): return values.isEmpty
        default: return false
        }
    }

    /// The member `key` of a dictionary or object; nil for other kinds.
    public subscript(key: String) -> MustacheValue? { member(key) }

    func member(_ key: String) -> MustacheValue? {
        switch self {
        case .dictionary(let values): return values[key]
        case .object(let object): return object.value(forKey: key)
        default: return nil
        }
    }

    /// How `{{name}}` prints the value (before escaping). Lists, dictionaries
    /// and objects print nothing rather than a debug description.
    var interpolated: String {
        switch self {
        case .text(let value): return value
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .list, .dictionary, .object, .null: return ""
        }
    }
}

/// A value whose members are looked up by name when a template asks for them.
public protocol MustacheObject: Sendable {
    func value(forKey key: String) -> MustacheValue?
}

extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
}
