import DocgenMarkdown
import Foundation
import Yams

/// Reads `docgen.yml` from a site folder. Unknown keys and wrong types are
/// setup errors with the file and line, never silently ignored.
public enum ConfigLoader {
    public static let fileName = "docgen.yml"

    public static func load(siteRoot: URL) throws(SetupError) -> SiteConfig {
        var config = SiteConfig()
        let file = siteRoot.appendingPathComponent(fileName)
        guard let bytes = try readFile(file.path, siteRoot: siteRoot.path) else { return config }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw SetupError(code: .config, message: "\(fileName) is not UTF-8 text", file: fileName)
        }
        // A byte order mark is no text (and would be a column of line 1).
        let text = ByteOrderMark.stripped(decoded)
        let yaml = YAMLValues(lineOffset: 0)
        do throws(YAMLValues.Problem) {
            for (key, value, keyLine) in try yaml.mapping(text, what: fileName) {
                switch key {
                case "title": config.title = try yaml.string(value, key: key)
                case "description": config.description = try yaml.string(value, key: key)
                case "base_url": config.baseURL = try absoluteURL(yaml.string(value, key: key), key: key, line: keyLine)
                case "edit_url": config.editURL = try absoluteURL(yaml.string(value, key: key), key: key, line: keyLine)
                case "content_dir": config.contentFolder = Self.folder(try yaml.string(value, key: key))
                case "templates_dir": config.templatesFolder = Self.folder(try yaml.string(value, key: key))
                case "output_dir": config.outputFolder = Self.folder(try yaml.string(value, key: key))
                case "raw_html": config.rawHTML = try yaml.bool(value, key: key)
                case "links": config.linkPolicy = try linkPolicy(value, yaml: yaml)
                case "markdown": config.markdownExtensions = try markdownExtensions(value, yaml: yaml)
                case "baseline": config.baseline = ConfiguredPath(path: try yaml.string(value, key: key), line: keyLine)
                case "previous": config.previous = ConfiguredPath(path: try yaml.string(value, key: key), line: keyLine)
                default:
                    throw YAMLValues.Problem(
                        message:
                            "unknown key `\(key)` (known: title, description, base_url, edit_url, content_dir, templates_dir, output_dir, raw_html, links, baseline, previous, markdown)",
                        line: keyLine)
                }
            }
        } catch {
            throw SetupError([
                Diagnostic(
                    .error, code: DiagnosticCode.config.rawValue, message: error.message, file: fileName,
                    line: error.line, column: error.column, notes: error.notes)
            ])
        }
        return config
    }

    /// The bytes of `docgen.yml`, nil when there is none. A symlink is read
    /// when it leads to a file inside the site; a FIFO is never opened
    /// for a blocking read (see `FileBytes.load`).
    private static func readFile(_ path: String, siteRoot: String) throws(SetupError) -> [UInt8]? {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw SetupError([FileProblem.fromErrno(errno, path: path).diagnostic(file: fileName)])
        }
        var location = path
        if (status.st_mode & S_IFMT) == S_IFLNK {
            switch SiteBoundary([siteRoot]).resolve(symlink: path) {
            case .success(let resolved): location = resolved.realPath
            case .failure(let problem): throw SetupError([problem.diagnostic(file: fileName)])
            }
        }
        switch FileBytes.load(location, followingSymlinks: false) {
        case .success(let bytes): return bytes
        case .failure(let problem): throw SetupError([problem.diagnostic(file: fileName)])
        }
    }

    /// `base_url` and `edit_url` are absolute web addresses: `http://` or
    /// `https://`, a host, no spaces.
    private static func absoluteURL(_ url: String, key: String, line: Int?) throws(YAMLValues.Problem) -> String {
        let scheme = ["http://", "https://"].first { url.hasPrefix($0) }
        guard let scheme, let host = url.dropFirst(scheme.count).first, host != "/",
            !url.contains(where: \.isWhitespace)
        else {
            throw YAMLValues.Problem(
                message: "`\(key)` must be an absolute URL starting with http:// or https://, not `\(url)`",
                line: line)
        }
        return url
    }

    private static func linkPolicy(_ node: Node, yaml: YAMLValues) throws(YAMLValues.Problem) -> LinkPolicy {
        guard case .mapping(let mapping) = node else {
            throw YAMLValues.Problem(
                message: "`links` must be a mapping with `severity` and `ignore`", line: yaml.line(of: node))
        }
        var policy = LinkPolicy()
        for (key, value) in mapping {
            switch key.string {
            case "severity":
                guard case .mapping(let levels) = value else {
                    throw YAMLValues.Problem(
                        message: "`links.severity` must map codes to error, warning or ignore",
                        line: yaml.line(of: value))
                }
                for (code, level) in levels {
                    let name = code.string ?? ""
                    guard let known = DiagnosticCode(rawValue: name), known.hasConfigurableSeverity else {
                        let codes = DiagnosticCode.allCases.filter(\.hasConfigurableSeverity).map(\.rawValue)
                            .joined(separator: ", ")
                        throw YAMLValues.Problem(
                            message: "unknown link code `\(name)` (known: \(codes))", line: yaml.line(of: code))
                    }
                    guard let parsed = LinkPolicy.Level(rawValue: try yaml.string(level, key: name)) else {
                        throw YAMLValues.Problem(
                            message: "`\(name)` must be error, warning or ignore", line: yaml.line(of: level))
                    }
                    policy.levels[known.rawValue] = parsed
                }
            case "ignore":
                policy.ignoredTargets = try yaml.strings(value, key: "links.ignore").map(Glob.init)
            default:
                throw YAMLValues.Problem(
                    message: "unknown key `links.\(key.string ?? "?")` (known: severity, ignore)",
                    line: yaml.line(of: key))
            }
        }
        return policy
    }

    /// `markdown: {extensions: [tables, footnotes, …]}`: the extensions named,
    /// all of them when `extensions` is absent, none for `[]`.
    private static func markdownExtensions(_ node: Node, yaml: YAMLValues) throws(YAMLValues.Problem)
        -> MarkdownExtensions
    {
        guard case .mapping(let mapping) = node else {
            throw YAMLValues.Problem(
                message: "`markdown` must be a mapping with `extensions`", line: yaml.line(of: node))
        }
        var extensions = MarkdownExtensions.all
        for (key, value) in mapping {
            switch key.string {
            case "extensions":
                guard case .sequence(let items) = value else {
                    throw YAMLValues.Problem(
                        message: "`markdown.extensions` must be a list of extension names, such as [tables, footnotes]",
                        line: yaml.line(of: value))
                }
                extensions = []
                for item in items {
                    let name = try yaml.string(item, key: "markdown.extensions")
                    guard let named = MarkdownExtensions(name: name) else {
                        let known = MarkdownExtensions.names.map(\.name).joined(separator: ", ")
                        throw YAMLValues.Problem(
                            message: "unknown Markdown extension `\(name)` (known: \(known))", line: yaml.line(of: item)
                        )
                    }
                    extensions.insert(named)
                }
            default:
                throw YAMLValues.Problem(
                    message: "unknown key `markdown.\(key.string ?? "?")` (known: extensions)", line: yaml.line(of: key)
                )
            }
        }
        return extensions
    }

    /// `./content/` → `content`: a folder as the site's paths, diagnostics
    /// and include sources spell it, whatever way `docgen.yml` wrote it.
    static func folder(_ written: String) -> String {
        let joined = written.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
        if written.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
