import DocgenMarkdown

/// Markdown partials that no page includes are published nowhere, but their
/// links are still checked, at their own positions, so that a snippet is
/// ready when a page starts to include it. Each is read like a page that is
/// not published: file links relative to its folder first, other relative
/// links against the URL its path would have. A partial that another
/// unincluded partial includes is checked through that one.
enum UnusedPartials {
    static func check(
        inventory: ContentInventory, pages: [Page], loader: PageLoader, checker: LinkChecker
    ) -> [Diagnostic] {
        let included = Set(pages.flatMap(\.includedFiles))
        let unused = inventory.partials.filter { $0.hasSuffix(".md") && !included.contains($0) }
        guard !unused.isEmpty else { return [] }
        let loaded = Parallel.map(unused) { loader.load($0) }
        // Roots: the unused partials no other unused partial includes; then,
        // in path order, any left over (partials that only include each other).
        var covered = Set<String>()
        var roots: [Int] = []
        let includedByOthers = Set(
            zip(unused, loaded).flatMap { path, result in (result.page?.includedFiles ?? []).filter { $0 != path } })
        for (index, path) in unused.enumerated() where !includedByOthers.contains(path) {
            roots.append(index)
            covered.insert(path)
            covered.formUnion(loaded[index].page?.includedFiles ?? [])
        }
        for (index, path) in unused.enumerated() where !covered.contains(path) {
            roots.append(index)
            covered.insert(path)
            covered.formUnion(loaded[index].page?.includedFiles ?? [])
        }
        var diagnostics: [Diagnostic] = []
        for index in roots.sorted() {
            // A partial is no page: "empty page" does not apply to it.
            diagnostics += loaded[index].diagnostics.filter { $0.code != DiagnosticCode.emptyFile.rawValue }
            if let page = loaded[index].page {
                let note =
                    "no page includes this partial; its relative URLs are read as from `\(URLPathEncoder.encodeForDisplay(path: page.url))`"
                for var diagnostic in checker.check(page, published: false).diagnostics {
                    if diagnostic.code == DiagnosticCode.missingPage.rawValue, diagnostic.file == page.file {
                        diagnostic.notes.append(note)
                    }
                    diagnostics.append(diagnostic)
                }
            }
        }
        return diagnostics
    }
}
