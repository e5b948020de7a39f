import XCTest

@testable import DocgenCore

/// `basePath` is scanned by hand for speed; these pin the forms `base_url` takes.
final class SiteConfigBasePathTests: XCTestCase {
    func testPathPartOfBaseURLWithoutTrailingSlashes() {
        let cases: [(String?, String)] = [
            (nil, ""), ("", ""), ("https://auth0.com", ""), ("https://auth0.com/", ""),
            ("https://auth0.com/docs", "/docs"), ("https://auth0.com/docs/", "/docs"),
            ("https://example.org:8443/a/b//", "/a/b"), ("http://localhost/über/", "/über"),
            ("auth0.com/docs", ""), ("https:/auth0.com/docs", ""), ("https://", ""),
        ]
        for (baseURL, expected) in cases {
            var config = SiteConfig()
            config.baseURL = baseURL
            XCTAssertEqual(config.basePath, expected, "base_url \(baseURL ?? "nil")")
        }
    }
}
