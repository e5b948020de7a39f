import DocgenMarkdown
import Foundation

/// Replaces `{{#include path}}` lines with the lines they name, before the
/// page is parsed, recursively, and records where every line came from
/// (`SourceMap`). Paths are relative to the including file; the file must
/// be inside the site folder. A directive that cannot be followed (missing
/// file, cycle, bad range or anchor) is reported at its own line and left
/// in the text as written.
struct IncludeExpander: Sendable {
    let store: IncludeFileStore
    /// The content folder relative to the site folder (`content`).
    let contentPrefix: String

    /// Nesting deeper than this is refused, as a cycle that names new files would be.
    static let maximumDepth = 32
    /// An expanded page larger than this is refused: twenty levels of a
    /// partial that includes another twice would otherwise fill the memory.
    static let maximumBytes = 16 << 20
    /// And more lines than this (each has an entry in the source map).
    static let maximumLines = 200_000
    /// And more includes followed than this: partials made only of include
    /// lines write nothing, so a bomb ending in an empty file would never
    /// reach the size limits.
    static let maximumIncludes = 200_000

    /// The page's text expanded, or nil when it has no include line (nearly every page).
    /// `file` is the page's path relative to the site folder.
    func expand(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> IncludeExpansion? {
        guard Self.holdsDoubleBrace(bytes) else { return nil }
        let page = IncludedFile(bytes: Array(bytes))
        let hasDirective = page.lines.contains { line in
            page.bytes[line.content].contains(UInt8(ascii: "{"))
                && IncludeDirective.parse(page.bytes[line.content]) != nil
        }
        guard hasDirective else { return nil }
        var run = Run(
            expander: self,
            map: SourceMap(page: SourceMap.File(display: file, contentPath: contentPath(ofSitePath: file))))
        run.output.reserveCapacity(bytes.count)
        run.emit(
            page, file: 0, lines: Array(stride(from: 1, through: page.lines.count, by: 1)), first: [], rest: [],
            chain: 0, stack: [file])
        return IncludeExpansion(
            bytes: run.output, sourceMap: run.map, includedFiles: run.included.sorted(), diagnostics: run.diagnostics)
    }

    /// Whether `{{` occurs: `memchr` from `{` to `{`, so a page without one costs one pass.
    static func holdsDoubleBrace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "{")), bytes.count - index) {
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "{") { return true }
            index = offset + 1
        }
        return false
    }

    /// `content/_x.md` → `_x.md`; `src/a.swift` → `../src/a.swift`.
    func contentPath(ofSitePath path: String) -> String {
        guard !contentPrefix.isEmpty else { return path }
        if path.hasPrefix(contentPrefix + "/") { return String(path.dropFirst(contentPrefix.count + 1)) }
        let depth = contentPrefix.split(separator: "/").count
        return String(repeating: "../", count: depth) + path
    }

    /// One expansion's state.
    private struct Run {
        let expander: IncludeExpander
        var map: SourceMap
        var output: [UInt8] = []
        var included: Set<String> = []
        var diagnostics: [Diagnostic] = []
        /// Set once the size limit is passed: nothing more is included.
        var tooLarge = false
        var followed = 0
        /// Problems already reported at a directive: one included many
        /// times (a bomb, a partial on many lines) is reported there once.
        var reported: Set<ReportedProblem> = []
        var resolvedPaths: [SourceMap.IncludeSite: String] = [:]

        struct ReportedProblem: Hashable {
            var site: SourceMap.IncludeSite
            var code: DiagnosticCode
        }

        init(expander: IncludeExpander, map: SourceMap) {
            self.expander = expander
            self.map = map
        }

        /// Appends `lines` (1-based) of `source`, which is `map.files[file]`,
        /// each after `first` (the first line) or `rest` (the others).
        mutating func emit(
            _ source: IncludedFile, file: Int, lines: [Int], first: [UInt8], rest: [UInt8],
            chain: Int, stack: [String]
        ) {
            let chainIndex = Int32(chain)
            for (position, number) in lines.enumerated() {
                let added = position == 0 ? first : rest
                let line = source.lines[number - 1]
                let content = source.bytes[line.content]
                let parsed = content.contains(UInt8(ascii: "{")) ? IncludeDirective.parse(content) : nil
                var dropped: Int32 = -1
                switch parsed {
                case .directive(let directive):
                    let site = SourceMap.IncludeSite(file: file, line: number)
                    if let (target, targetFile, selected) = open(directive, at: site, chain: chain, stack: stack) {
                        emit(
                            target, file: targetFile, lines: selected, first: added + directive.prefix,
                            rest: rest + directive.continuationPrefix, chain: map.chain(extending: chain, with: site),
                            stack: stack + [map.files[targetFile].display])
                        continue
                    }
                case .escaped(let backslash):
                    dropped = Int32(backslash)
                case nil:
                    break
                }
                map.lines.append(
                    SourceMap.Line(
                        file: Int32(file), line: Int32(number), added: Int32(added.count), droppedBackslash: dropped,
                        chain: chainIndex))
                output += added
                if dropped >= 0 {
                    output += content.prefix(Int(dropped))
                    output += content.dropFirst(Int(dropped) + 1)
                } else {
                    output += content
                }
                if line.end > line.content.upperBound {
                    output += source.bytes[line.content.upperBound..<line.end]
                } else {
                    output.append(0x0A)
                }
            }
        }

        /// The file a directive names and the lines it takes, or nil after reporting why not.
        mutating func open(
            _ directive: IncludeDirective, at site: SourceMap.IncludeSite, chain: Int, stack: [String]
        ) -> (IncludedFile, Int, [Int])? {
            let including = map.files[site.file].display
            // Problems are made into diagnostics on the way out: the source
            // map is only asked for the directive's place when one is reported.
            var found: [(code: DiagnosticCode, message: String, notes: [String])] = []
            defer {
                for problem in found where reported.insert(ReportedProblem(site: site, code: problem.code)).inserted {
                    let origin = SourceOrigin(
                        file: map.files[site.file], position: SourcePosition(line: site.line, column: directive.column),
                        chain: map.sites(ofChain: chain).map { (map.files[$0.file].display, $0.line) })
                    diagnostics.append(
                        Diagnostic(
                            problem.code, message: problem.message, file: including, at: origin.position,
                            target: directive.argument, notes: problem.notes + (origin.note.map { [$0] } ?? [])))
                }
            }
            func report(_ code: DiagnosticCode, _ message: String, notes: [String] = []) {
                found.append((code, message, notes))
            }
            let written = directive.path
            guard !tooLarge else { return nil }
            followed += 1
            guard followed <= IncludeExpander.maximumIncludes else {
                tooLarge = true
                report(
                    .includeTooLarge,
                    "the page follows more than \(IncludeExpander.maximumIncludes) includes; `\(written)` and the includes after it are left out"
                )
                return nil
            }
            guard !written.isEmpty else {
                report(.missingInclude, "`{{#include}}` names no file", notes: ["write `{{#include path/to/file.md}}`"])
                return nil
            }
            if written.hasPrefix("/") || LinkResolver.hasScheme(written) || written.contains("\\") {
                report(
                    .unsafeURL, "include `\(written)` is not a path relative to this file",
                    notes: ["include paths are relative to the including file, e.g. `../_snippets/note.md`"])
                return nil
            }
            // A directive met again (the page includes its file many times) has its path worked out already.
            var resolved = resolvedPaths[site]
            if resolved == nil {
                let folder = including.split(separator: "/").dropLast().joined(separator: "/")
                resolved = LinkTarget.normalizedPath(folder.isEmpty ? written : folder + "/" + written)
            }
            guard let path = resolved,
                !path.isEmpty, !path.hasSuffix("/")
            else {
                report(
                    .unsafeURL, "include `\(written)` leads outside the site folder, which docgen does not read")
                return nil
            }
            resolvedPaths[site] = path
            if path.hasPrefix(".") || path.contains("/.") {
                report(.unsafeURL, "include `\(written)` names a file in a hidden folder, which docgen does not read")
                return nil
            }
            if stack.contains(path) {
                let cycle = (stack + [path]).drop { $0 != path }.joined(separator: " → ")
                report(
                    .includeCycle, "include cycle: \(cycle)",
                    notes: ["a file cannot include itself, directly or through others"])
                return nil
            }
            if stack.count > IncludeExpander.maximumDepth {
                report(
                    .includeTooLarge,
                    "includes nest more than \(IncludeExpander.maximumDepth) levels deep here; `\(written)` is not included"
                )
                return nil
            }
            let source: IncludedFile
            switch expander.store.file(path) {
            case .success(let file):
                source = file
                // Read, so a change to it matters, even when the range or anchor is wrong.
                included.insert(expander.contentPath(ofSitePath: path))
            case .failure(.missing):
                // Looked for: when it appears, the page must be read again
                // (`serve`) and the no-change stamp must see it (`build`).
                included.insert(expander.contentPath(ofSitePath: path))
                report(
                    .missingInclude, "include `\(written)`: there is no file `\(path)`",
                    notes: expander.suggestion(for: path).map { ["did you mean `\($0)`?"] } ?? [])
                return nil
            case .failure(.refused(let reason)):
                report(.unsafeURL, "include `\(written)` is not read: \(reason)")
                return nil
            case .failure(.notUTF8):
                report(.invalidEncoding, "include `\(written)`: `\(path)` is not valid UTF-8; save it as UTF-8")
                return nil
            case .failure(.tooLarge(let size)):
                report(
                    .includeTooLarge,
                    "include `\(written)`: `\(path)` has \(size) bytes, more than a page may hold (\(IncludeExpander.maximumBytes >> 20) MiB)"
                )
                return nil
            case .failure(.unreadable(let problem)):
                report(.missingInclude, "include `\(written)`: `\(path)` cannot be read: \(problem.message)")
                return nil
            }
            guard let lines = Self.select(directive.selection, in: source, path: path, report: report) else {
                return nil
            }
            let size = lines.reduce(0) { $0 + source.lines[$1 - 1].end - source.lines[$1 - 1].content.lowerBound }
            if output.count + size > IncludeExpander.maximumBytes
                || map.lines.count + lines.count > IncludeExpander.maximumLines
            {
                tooLarge = true
                report(
                    .includeTooLarge,
                    "the page grows past \(IncludeExpander.maximumBytes >> 20) MiB or \(IncludeExpander.maximumLines) lines with its includes; `\(written)` and the includes after it are left out"
                )
                return nil
            }
            let index = map.index(
                of: SourceMap.File(display: path, contentPath: expander.contentPath(ofSitePath: path)))
            return (source, index, lines)
        }

        /// The 1-based lines a selection takes, or nil after reporting a bad range or anchor.
        static func select(
            _ selection: IncludeSelection, in file: IncludedFile, path: String,
            report: (DiagnosticCode, String, [String]) -> Void
        ) -> [Int]? {
            let count = file.lines.count
            switch selection {
            case .whole:
                return Array(stride(from: 1, through: count, by: 1))
            case .lines(let from, let through):
                let first = from ?? 1
                let last = through ?? count
                if first < 1 || (through != nil && last < 1) {
                    report(.missingInclude, "line numbers start at 1", ["write `\(path):1:\(max(1, last))`"])
                    return nil
                }
                if first > last {
                    report(
                        .missingInclude, "the range starts at line \(first), after its end at line \(last)",
                        ["a range is `path:first:last`"])
                    return nil
                }
                if last > count || first > count {
                    report(
                        .missingInclude,
                        "`\(path)` has \(count) line\(count == 1 ? "" : "s"); the range asks for line \(max(first, last))",
                        [])
                    return nil
                }
                return Array(first...last)
            case .anchor(let name):
                return anchored(name, in: file, path: path, report: report)
            case .invalid(let selector):
                report(
                    .missingInclude,
                    "`:\(selector)` is neither a line range nor an anchor name",
                    ["write `path:10:20`, `path:10:`, `path::20`, `path:10` or `path:anchor-name`"])
                return nil
            }
        }

        /// The lines between `ANCHOR: name` and `ANCHOR_END: name`, without
        /// any marker line (of this anchor or another).
        static func anchored(
            _ name: String, in file: IncludedFile, path: String, report: (DiagnosticCode, String, [String]) -> Void
        ) -> [Int]? {
            var start: Int?
            var selected: [Int] = []
            for (offset, line) in file.lines.enumerated() {
                let content = file.bytes[line.content]
                let markers = content.contains(UInt8(ascii: "A")) ? IncludeAnchors.markers(in: content) : []
                if let start, start > 0 {
                    if markers.contains(.end(name)) { return selected }
                    if markers.isEmpty { selected.append(offset + 1) }
                } else if markers.contains(.start(name)) {
                    start = offset + 1
                }
            }
            let anchors = file.anchorNames
            if start != nil {
                report(
                    .missingInclude, "anchor `\(name)` of `\(path)` has no `ANCHOR_END: \(name)` line",
                    [
                        "end the anchor with a line holding `ANCHOR_END: \(name)` (in a comment)"
                    ])
            } else {
                report(
                    .missingInclude, "`\(path)` has no anchor `\(name)`",
                    [
                        anchors.isEmpty
                            ? "the file has no `ANCHOR:` markers"
                            : "its anchors: " + anchors.map { "`\($0)`" }.joined(separator: ", ")
                    ] + (EditDistance.nearest(to: name, in: anchors).map { ["did you mean `\($0)`?"] } ?? []))
            }
            return nil
        }
    }

    /// The file in the same folder whose name is nearest to the missing one's.
    func suggestion(for path: String) -> String? {
        let parts = path.split(separator: "/")
        guard let name = parts.last else { return nil }
        let folder = parts.dropLast().joined(separator: "/")
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: store.siteRoot + (folder.isEmpty ? "" : "/" + folder)))
            ?? []
        guard let nearest = EditDistance.nearest(to: String(name), in: names.sorted()) else { return nil }
        return folder.isEmpty ? nearest : folder + "/" + nearest
    }
}
