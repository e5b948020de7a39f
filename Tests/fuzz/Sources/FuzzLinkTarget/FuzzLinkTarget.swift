@testable import DocgenCore

/// Link destinations as the link checker takes them apart: path, query and
/// fragment (`LinkTarget`), percent-decoding, `.`/`..` normalization, the
/// scheme test, the `base_url` prefix test and page-URL forms. Asserts that
/// nothing crashes and the algebra holds: without `%` the parts rebuild the
/// destination; a normalized path has no `.`, `..` or empty segment, no
/// leading slash, and normalizes to itself; a page URL ends in `/`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let destination = String(validating: input, as: UTF8.self) else { return -1 }
    let target = LinkTarget(destination)
    if !destination.utf8.contains(UInt8(ascii: "%")) {
        let rebuilt = target.path + (target.query.map { "?" + $0 } ?? "") + (target.fragment.map { "#" + $0 } ?? "")
        if rebuilt != destination { fail("`\(destination)` splits into parts that rebuild `\(rebuilt)`") }
    }
    for path in [target.path, "/" + target.path, "guides/" + target.path, target.path + "/"] {
        guard let normalized = LinkTarget.normalizedPath(path) else { continue }
        // On bytes: a `/` can share a grapheme cluster with a mark next to it.
        let slash = UInt8(ascii: "/")
        let body = normalized.utf8.last == slash ? normalized.utf8.dropLast() : normalized.utf8[...]
        let segments = body.split(separator: slash, omittingEmptySubsequences: false)
        let dotSegments: [[UInt8]] = [[], Array(".".utf8), Array("..".utf8)]
        if normalized.utf8.first == slash || (!body.isEmpty && segments.contains { dotSegments.contains(Array($0)) }) {
            fail("`\(path)` normalizes to `\(normalized)`")
        }
        if LinkTarget.normalizedPath(normalized) != normalized {
            fail("`\(path)` → `\(normalized)`, which normalizes again to something else")
        }
    }
    if LinkResolver.pageURL(for: "/" + target.path).utf8.last != UInt8(ascii: "/") {
        fail("page URL of `\(target.path)`")
    }
    _ = LinkResolver.hasScheme(destination)
    if let rest = LinkResolver.suffix(of: destination, after: "https://example.com/docs"),
        !(rest.isEmpty || rest.utf8.first == UInt8(ascii: "/"))
    {
        fail("`\(destination)` under the base URL leaves `\(rest)`")
    }
    _ = LinkTarget.percentDecoded(destination)
    return 0
}

func fail(_ message: String) -> Never { fatalError("fuzz invariant: \(message)") }
