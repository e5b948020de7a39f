import XCTest

@testable import DocgenCore

/// links.md's URL mapping: `a/b.md` → `/a/b/` → `a/b/index.html`, and the
/// front-matter keys that move a page.
final class PageURLTests: XCTestCase {
    func testDefaultURLs() {
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "index.md"), "/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "about.md"), "/about/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "a/b.md"), "/a/b/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "a/index.md"), "/a/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "a/b/c.md"), "/a/b/c/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "tokens/access_token.md"), "/tokens/access_token/")
        XCTAssertEqual(PageURL.defaultURL(forSourcePath: "a/my page.md"), "/a/my page/", "URLs are decoded paths")
    }

    func testOutputPaths() {
        XCTAssertEqual(PageURL.outputPath(forURL: "/"), "index.html")
        XCTAssertEqual(PageURL.outputPath(forURL: "/a/"), "a/index.html")
        XCTAssertEqual(PageURL.outputPath(forURL: "/a/b/"), "a/b/index.html")
    }

    func testSlugReplacesTheLastSegment() {
        XCTAssertEqual(PageURL.applying(slug: "intro", to: "/guides/getting-started/"), "/guides/intro/")
        XCTAssertEqual(PageURL.applying(slug: "intro", to: "/about/"), "/intro/")
        for unsafe in ["a/b", "..", ".", "", "a\\b", "c:d"] {
            XCTAssertNil(PageURL.applying(slug: unsafe, to: "/guides/x/"), unsafe)
        }
    }

    func testExplicitURLsAreNormalized() {
        XCTAssertEqual(PageURL.normalize(explicit: "/a/b/"), "/a/b/")
        XCTAssertEqual(PageURL.normalize(explicit: "/a/b"), "/a/b/")
        XCTAssertEqual(PageURL.normalize(explicit: "a/b"), "/a/b/")
        XCTAssertEqual(PageURL.normalize(explicit: "/a//b/"), "/a/b/")
        XCTAssertEqual(PageURL.normalize(explicit: "/a/index.html"), "/a/")
        XCTAssertEqual(PageURL.normalize(explicit: "/"), "/")
    }

    func testExplicitURLsThatEscapeAreRejected() {
        for unsafe in [
            "../../etc", "/a/../../b", "/./a", "..", "https://example.com/", "/a\\b", "/a\0b", "//evil/x/..",
            "//evil.example/x", "/a?b", "/a#b",
        ] {
            XCTAssertNil(PageURL.normalize(explicit: unsafe), unsafe)
        }
    }

    func testProtocolRelativeAndAbsoluteURLsAreNotPaths() {
        XCTAssertEqual(PageURL.explicit("//evil.example/x"), .failure(.protocolRelative))
        XCTAssertEqual(PageURL.explicit("https://evil.example/x"), .failure(.absolute))
        XCTAssertEqual(PageURL.explicit("javascript:alert(1)"), .failure(.absolute))
        XCTAssertEqual(PageURL.explicit("/a/../b/"), .failure(.dotSegment))
        XCTAssertEqual(PageURL.explicit("/a/%2e%2E/b/"), .failure(.dotSegment), "an encoded `..` is still `..`")
        XCTAssertEqual(PageURL.explicit("/a\\b/"), .failure(.backslash))
        XCTAssertEqual(PageURL.explicit("/a%5Cb/"), .failure(.backslash))
        XCTAssertEqual(PageURL.explicit("/a\0b/"), .failure(.controlCharacter))
        XCTAssertEqual(PageURL.explicit("/a%00b/"), .failure(.controlCharacter))
        XCTAssertEqual(PageURL.explicit("/a\nb/"), .failure(.controlCharacter))
        XCTAssertEqual(PageURL.explicit("/a%2Fb/"), .failure(.slash))
        XCTAssertEqual(PageURL.explicit("/a?b=1"), .failure(.queryOrFragment("?")))
        XCTAssertEqual(PageURL.explicit("/a#b"), .failure(.queryOrFragment("#")))
        XCTAssertEqual(PageURL.explicit("/a%FF/"), .failure(.invalidPercentEncoding))
    }

    func testExplicitURLsArePercentDecoded() {
        XCTAssertEqual(PageURL.explicit("/old%20page/"), .success("/old page/"))
        XCTAssertEqual(PageURL.explicit("/c%23d/"), .success("/c#d/"))
        XCTAssertEqual(PageURL.explicit("/caf%C3%A9/"), .success("/café/"))
        XCTAssertEqual(PageURL.explicit("/café/"), .success("/café/"))
        XCTAssertEqual(PageURL.explicit("/100%/"), .success("/100%/"), "a lone `%` is kept")
    }

    func testSegmentsLongerThanAFileNameAreRejected() {
        let longest = String(repeating: "x", count: 255)
        XCTAssertEqual(PageURL.explicit("/a/\(longest)/"), .success("/a/\(longest)/"))
        XCTAssertEqual(PageURL.explicit("/a/\(longest)x/"), .failure(.segmentTooLong(bytes: 256)))
        XCTAssertEqual(
            PageURL.explicit("/" + String(repeating: "é", count: 128) + "/"), .failure(.segmentTooLong(bytes: 256)),
            "bytes, not characters")
        XCTAssertEqual(
            PageURL.slugged(longest + "x", replacingLastSegmentOf: "/a/b/"), .failure(.segmentTooLong(bytes: 256)))
        XCTAssertEqual(
            PageURL.slugged(String(repeating: "%41", count: 255), replacingLastSegmentOf: "/a/b/"),
            .success("/a/" + String(repeating: "A", count: 255) + "/"), "measured after decoding")
    }

    func testWholeURLsOf2048EncodedCharactersAreRejected() {
        /// `/x…x/x…x/…/` of exactly `length` characters, in segments of at most 200.
        func url(length: Int) -> String {
            var url = "/"
            while url.count < length {
                let segment = min(200, length - url.count - 1)
                url += String(repeating: "x", count: segment) + "/"
            }
            XCTAssertEqual(url.count, length)
            return url
        }
        XCTAssertEqual(PageURL.explicit(url(length: 2047)), .success(url(length: 2047)))
        XCTAssertEqual(PageURL.explicit(url(length: 2048)), .failure(.urlTooLong(characters: 2048)))
        let accented = "/" + Array(repeating: String(repeating: "é", count: 120), count: 3).joined(separator: "/") + "/"
        XCTAssertEqual(
            PageURL.explicit(accented), .failure(.urlTooLong(characters: 2164)),
            "counted percent-encoded: 720 bytes × 3")
        let longest = url(length: 2047)
        let lastSegment = longest.split(separator: "/").last!.count
        let parent = String(longest.dropLast(lastSegment + 1))
        XCTAssertEqual(
            PageURL.slugged(String(repeating: "y", count: lastSegment), replacingLastSegmentOf: longest),
            .success(parent + String(repeating: "y", count: lastSegment) + "/"), "a slug replaces the last segment")
        XCTAssertEqual(
            PageURL.slugged(String(repeating: "y", count: lastSegment + 1), replacingLastSegmentOf: longest),
            .failure(.urlTooLong(characters: 2048)))
    }

    func testSlugsAreOneDecodedSegment() {
        XCTAssertEqual(PageURL.slugged("a%20b", replacingLastSegmentOf: "/g/x/"), .success("/g/a b/"))
        XCTAssertEqual(PageURL.slugged("a/b", replacingLastSegmentOf: "/g/x/"), .failure(.slash))
        XCTAssertEqual(PageURL.slugged("a%2Fb", replacingLastSegmentOf: "/g/x/"), .failure(.slash))
        XCTAssertEqual(PageURL.slugged("", replacingLastSegmentOf: "/g/x/"), .failure(.empty))
        XCTAssertEqual(PageURL.slugged("c#", replacingLastSegmentOf: "/g/x/"), .failure(.queryOrFragment("#")))
        XCTAssertEqual(PageURL.slugged("c:d", replacingLastSegmentOf: "/g/x/"), .failure(.colon))
        XCTAssertEqual(PageURL.slugged("..", replacingLastSegmentOf: "/g/x/"), .failure(.dotSegment))
    }

    func testReasonsShowControlCharactersAndLongTextSafely() {
        XCTAssertEqual(UnsafeURLReason.shown("/a\0b\n"), "/a\\u{0}b\\u{A}")
        XCTAssertEqual(
            UnsafeURLReason.shown(String(repeating: "x", count: 61)), String(repeating: "x", count: 60) + "…")
    }

    func testSectionAndSlugInASite() throws {
        let site = try FixtureSite([
            "content/index.md": "# Home\n",
            "content/guides/index.md": "# Guides\n",
            "content/guides/getting-started.md": "---\nslug: start\n---\n",
            "content/guides/deep/page.md": "---\nurl: /elsewhere/page\n---\n",
            "content/tokens/a.md": "# A\n",
        ])
        let index = try site.index()
        let urls = Dictionary(
            uniqueKeysWithValues: index.pages.map { ($0.url, $0.file ?? "generated:" + $0.sourcePath) })
        XCTAssertEqual(
            urls,
            [
                "/": "content/index.md",
                "/guides/": "content/guides/index.md",
                "/guides/start/": "content/guides/getting-started.md",
                "/elsewhere/page/": "content/guides/deep/page.md",
                "/guides/deep/": "generated:guides/deep",
                "/tokens/": "generated:tokens",
                "/tokens/a/": "content/tokens/a.md",
            ])
    }
}
