import Foundation

/// What a build leaves in `.docgen-cache/` so that the next build with nothing
/// changed skips all its work: fingerprints of everything it read and of the
/// output folder it wrote, and its report to print again. Like make or ninja
/// it trusts file metadata (size, inode, mtime, ctime); a file changed during
/// or after the build it describes (git's "racily clean" case) never matches.
struct BuildStamp: Codable {
    static let folder = ".docgen-cache"
    static let fileName = "build-stamp.json"
    /// Bumped when the stamp's meaning changes.
    static let format = 2

    var format = Self.format
    var inputs: UInt64
    var output: UInt64
    /// When the build started reading, in nanoseconds since 1970.
    var started: Int64
    var sourcePages: Int
    var publishedPages: Int
    var links: Int
    var files: Int
    var diagnostics: [Diagnostic]
    /// Files outside the content folder that includes read (absolute paths),
    /// which the content scan does not see, and their fingerprint after the build.
    var outsideIncludes: [String] = []
    var outsideIncludesPrint: UInt64 = Fingerprint().value

    static func url(siteRoot: URL) -> URL {
        siteRoot.appendingPathComponent(folder).appendingPathComponent(fileName)
    }

    /// The stamp of the last build, if there is a readable one.
    static func load(siteRoot: URL) -> BuildStamp? {
        guard let bytes = FileBytes.read(url(siteRoot: siteRoot).path),
            case let data = Data(bytes),
            let stamp = try? JSONDecoder().decode(BuildStamp.self, from: data), stamp.format == format
        else { return nil }
        return stamp
    }

    /// Best effort: a site folder that cannot be written only loses the shortcut.
    func save(siteRoot: URL) {
        let file = Self.url(siteRoot: siteRoot)
        try? FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? data.write(to: file, options: .atomic)
    }

    static func remove(siteRoot: URL) { unlink(url(siteRoot: siteRoot).path) }

    /// True when nothing this stamp's build read has changed since, and its
    /// output folder is as it left it.
    func matches(inputs current: Fingerprint, output outputFolder: URL) -> Bool {
        guard current.value == inputs, current.newestChange < started else { return false }
        if !outsideIncludes.isEmpty {
            let includes = Self.fingerprint(files: outsideIncludes)
            guard includes.value == outsideIncludesPrint, includes.newestChange < started else { return false }
        }
        return Self.fingerprint(output: outputFolder).value == output
    }

    /// Notes the files outside the content folder that the pages' includes
    /// read (those inside it, partials included, are in the content scan).
    mutating func recordIncludes(of pages: [Page], contentRoot: URL) {
        let outside = Set(pages.flatMap(\.includedFiles).filter { $0.hasPrefix("../") })
        outsideIncludes = outside.map { contentRoot.appendingPathComponent($0).standardizedFileURL.path }.sorted()
        outsideIncludesPrint = Self.fingerprint(files: outsideIncludes).value
    }

    static func fingerprint(files: [String]) -> Fingerprint {
        var print = Fingerprint()
        for file in files { print.add(file: file, named: file) }
        return print
    }

    /// Everything a build reads: the docgen binary, the options, `docgen.yml`,
    /// the theme folder and every content file and folder (those left out
    /// with a diagnostic too: fixing one must rebuild).
    static func fingerprint(
        options: BuildOptions, output: URL, siteRoot: URL, templates: URL, contentRoot: URL,
        inventory: ContentInventory
    ) -> Fingerprint {
        var print = Fingerprint()
        let executable =
            FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? "/proc/self/exe" : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        print.add(file: executable, named: "docgen")
        print.add(options.includeDrafts ? "drafts" : "no drafts")
        print.add(options.warningsAsErrors ? "warnings are errors" : "warnings")
        print.add(output.path)
        print.add(file: siteRoot.appendingPathComponent(ConfigLoader.fileName).path, named: ConfigLoader.fileName)
        print.add(file: templates.path, named: "templates")
        // The files `Theme.load` reads, through the same links.
        let theme = try? FolderWalk(templates.path, boundary: SiteBoundary([siteRoot.path, templates.path]))
        for file in (theme?.files ?? []) + (theme?.problems.map(\.path) ?? []) {
            print.add(file: templates.path + "/" + file, named: file)
        }
        // Partials too: a page that includes one changes with it.
        let paths =
            inventory.folders + inventory.markdownFiles + inventory.assets + inventory.partials + inventory.skipped
        let statuses = Parallel.map(paths) { FileStatus(contentRoot.path + "/" + $0) }
        for (path, status) in zip(paths, statuses) { print.add(status, named: path) }
        return print
    }

    /// The output folder as it is now: every visible file.
    static func fingerprint(output: URL) -> Fingerprint {
        fingerprint(output: output, files: FolderListing(output.path).files)
    }

    /// The output folder as the writer left it, from the files it wrote or
    /// kept, without walking the folder again. Gives what
    /// `fingerprint(output:)` gives when the folder holds exactly `files`.
    static func fingerprint(output: URL, files: [String]) -> Fingerprint {
        let sorted = files.sorted()
        let statuses = Parallel.map(sorted) { FileStatus(output.path + "/" + $0) }
        var print = Fingerprint()
        for (path, status) in zip(sorted, statuses) { print.add(status, named: path) }
        return print
    }
}
