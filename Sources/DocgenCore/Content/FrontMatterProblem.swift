/// Something wrong with a page's front matter, at a line (and column when
/// known) of the file: becomes a `front-matter` diagnostic.
public struct FrontMatterProblem: Sendable, Equatable {
    public var message: String
    public var line: Int
    public var column: Int?
    /// Extra lines, such as where a duplicated key was first set.
    public var notes: [String]

    public init(message: String, line: Int, column: Int? = nil, notes: [String] = []) {
        self.message = message
        self.line = line
        self.column = column
        self.notes = notes
    }
}
