/// Finds the existing page or asset nearest to a missing path, segment by
/// segment: each segment that exists is kept, one that does not is replaced by
/// its nearest sibling. `/tokens/cocncepts/access-tokens` →
/// `/tokens/concepts/access-tokens/`. The cost depends on the path's depth and
/// the folders' sizes, never on the number of pages.
struct PathSuggester: Sendable {
    private final class Node: @unchecked Sendable {
        var children: [String: Node] = [:]
        var path: String?
    }

    private let root = Node()

    /// `paths` are site paths such as `/a/b/` (pages) or `/img/x.png` (assets).
    init(paths: some Sequence<String>) {
        for path in paths {
            var node = root
            for segment in path.split(separator: "/") {
                let key = String(segment)
                if let child = node.children[key] {
                    node = child
                } else {
                    let child = Node()
                    node.children[key] = child
                    node = child
                }
            }
            node.path = path
        }
    }

    func suggestion(for missing: String) -> String? {
        var node = root
        var changed = false
        var segments = missing.split(separator: "/").map(String.init)
        if let last = segments.last {
            for suffix in [".md", ".html"] where last.hasSuffix(suffix) && node.children[last] == nil {
                segments[segments.count - 1] = String(last.dropLast(suffix.count))
            }
            if segments.last == "index", segments.count > 0 { segments.removeLast() }
        }
        for segment in segments {
            if let child = node.children[segment] {
                node = child
                continue
            }
            guard let nearest = EditDistance.nearest(to: segment, in: node.children.keys.sorted()) else { return nil }
            node = node.children[nearest]!
            changed = true
        }
        return changed ? node.path : nil
    }
}
