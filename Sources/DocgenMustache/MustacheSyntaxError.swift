/// A template that cannot be parsed, with the 1-based line and column of the
/// tag at fault.
public struct MustacheSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var line: Int
    public var column: Int
}
