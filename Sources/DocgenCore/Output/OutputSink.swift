/// Where the writer stage puts a site's files: the output folder on disk
/// (`OutputWriter`, atomic) or memory (`MemoryOutput`, for a `SiteSession`).
/// Both produce every file's bytes the same way (`OutputFile.bytes()`), so a
/// site in memory is byte for byte the site on disk.
protocol OutputSink {
    @discardableResult
    func write(_ files: [OutputFile]) throws(SetupError) -> OutputWriter.Summary
}

extension OutputWriter: OutputSink {}
