import DocgenMustache
import Foundation

/// The templates and static files a site is rendered with: the site's
/// `templates/` folder, or the built-in default theme when it has none.
/// Parsed once per build; every problem is a setup error with file and line.
public struct Theme: Sendable {
    static let requiredTemplates = ["layout", "page", "section"]

    let library: MustacheLibrary
    let templateNames: Set<String>
    /// Files under `static/`, copied to the output root: (relative path, bytes).
    let staticFiles: [(path: String, bytes: Data)]

    /// Loads `folder` if it exists, else the built-in theme. `displayPrefix` is
    /// the folder's path relative to the site root, for diagnostics. Symlinks
    /// in the folder may point into it or into `siteRoot` (see `FolderWalk`);
    /// a file that cannot or must not be read stops the build, as any other
    /// problem of the theme does.
    static func load(folder: URL, displayPrefix: String, siteRoot: URL? = nil) throws(SetupError) -> Theme {
        var sources: [String: String] = [:]
        var staticFiles: [(String, Data)] = []
        var prefix = displayPrefix
        if let files = try Self.files(under: folder, displayPrefix: displayPrefix, siteRoot: siteRoot) {
            var problems: [Diagnostic] = []
            for (path, location) in files {
                let bytes: [UInt8]
                switch FileBytes.load(location, followingSymlinks: false) {
                case .success(let read): bytes = read
                case .failure(let problem):
                    problems.append(problem.diagnostic(file: prefix + "/" + path))
                    continue
                }
                if path.hasPrefix("static/") {
                    staticFiles.append((String(path.dropFirst("static/".count)), Data(bytes)))
                } else if path.hasSuffix(".mustache") {
                    guard let text = String(validating: bytes, as: UTF8.self) else {
                        problems.append(
                            Diagnostic(
                                .error, code: DiagnosticCode.template.rawValue, message: "template is not UTF-8",
                                file: prefix + "/" + path))
                        continue
                    }
                    // A byte order mark is no text: it would lead every page's HTML.
                    sources[String(path.dropLast(".mustache".count))] = ByteOrderMark.stripped(text)
                }
            }
            guard problems.isEmpty else { throw SetupError(problems) }
        } else {
            prefix = "(built-in theme)"
            for (path, text) in DefaultTheme.files {
                if path.hasPrefix("static/") {
                    staticFiles.append((String(path.dropFirst("static/".count)), Data(text.utf8)))
                } else if path.hasSuffix(".mustache") {
                    sources[String(path.dropLast(".mustache".count))] = text
                }
            }
        }
        return try Theme(sources: sources, staticFiles: staticFiles.sorted { $0.0 < $1.0 }, displayPrefix: prefix)
    }

    init(sources: [String: String], staticFiles: [(String, Data)], displayPrefix: String) throws(SetupError) {
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        for name in Self.requiredTemplates where sources[name] == nil {
            diagnostics.append(
                Diagnostic(
                    .error, code: DiagnosticCode.template.rawValue,
                    message: "missing template `\(name).mustache`: a theme needs layout, page and section",
                    file: displayPrefix + "/" + name + ".mustache"))
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            let file = displayPrefix + "/" + name + ".mustache"
            do throws(MustacheSyntaxError) {
                let template = try MustacheTemplate(text)
                templates[name] = template
                for (partial, line) in template.partials where sources[partial] == nil {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: DiagnosticCode.template.rawValue,
                            message:
                                "partial `\(partial)` does not exist (looked for \(displayPrefix)/\(partial).mustache)",
                            file: file, line: line))
                }
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, code: DiagnosticCode.template.rawValue,
                        message: "Mustache syntax error: \(error.message)", file: file, line: error.line,
                        column: error.column))
            }
        }
        guard diagnostics.isEmpty else { throw SetupError(diagnostics) }
        self.library = MustacheLibrary(templates)
        self.templateNames = Set(sources.keys)
        self.staticFiles = staticFiles
    }

    /// The template's output; "" if the theme has no such template.
    func render(_ context: MustacheValue, template: String) -> String {
        library.renderString(context, template: template)
    }

    /// The template's output as UTF-8 bytes.
    func renderBytes(_ context: MustacheValue, template: String) -> [UInt8] {
        library.render(context, template: template) ?? []
    }

    /// The theme's files, as (path relative to `folder`, where to read it),
    /// sorted; nil when there is no such folder (the built-in theme is used).
    /// Only `static/` files and templates are read, but a problem anywhere in
    /// the folder is reported: a theme folder holds nothing else.
    private static func files(under folder: URL, displayPrefix: String, siteRoot: URL?) throws(SetupError)
        -> [(path: String, location: String)]?
    {
        let root = folder.standardizedFileURL.path
        var status = stat()
        if lstat(root, &status) != 0, errno == ENOENT { return nil }
        let walk: FolderWalk
        do throws(FileProblem) {
            walk = try FolderWalk(
                root, boundary: SiteBoundary([siteRoot?.standardizedFileURL.path, root].compactMap { $0 }))
        } catch {
            // A symlink as the folder itself: say where it leads.
            var problem = error
            if (status.st_mode & S_IFMT) == S_IFLNK, SiteBoundary.realPath(root) == nil {
                problem = errno == ELOOP ? .symlinkLoop : .dangling(target: SiteBoundary.linkText(root))
            }
            throw SetupError([problem.diagnostic(file: displayPrefix)])
        }
        guard walk.problems.isEmpty else {
            throw SetupError(walk.problems.map { $0.problem.diagnostic(file: displayPrefix + "/" + $0.path) })
        }
        return walk.files.filter { $0.hasPrefix("static/") || $0.hasSuffix(".mustache") }.map {
            ($0, walk.symlinkedFiles[$0] ?? root + "/" + $0)
        }
    }
}
