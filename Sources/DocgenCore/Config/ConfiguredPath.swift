/// A file or folder named in `docgen.yml` (`baseline:`, `previous:`),
/// relative to the site folder, with the line of its key so a problem with
/// the file can point at the setting that named it.
public struct ConfiguredPath: Sendable, Equatable {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int?) {
        self.path = path
        self.line = line
    }
}
