import XCTest

@testable import DocgenCore

/// Decoded site paths become URLs a browser reads back as the same path:
/// every byte outside RFC 3986 `pchar` and `/` is `%XX` of its UTF-8.
final class URLPathEncoderTests: XCTestCase {
    func testDelimitersSpacesAndPercentAreEncoded() {
        XCTAssertEqual(URLPathEncoder.encode(path: "/c#d/"), "/c%23d/")
        XCTAssertEqual(URLPathEncoder.encode(path: "/what?/"), "/what%3F/")
        XCTAssertEqual(URLPathEncoder.encode(path: "/100%/"), "/100%25/")
        XCTAssertEqual(URLPathEncoder.encode(path: "/my page/"), "/my%20page/")
        XCTAssertEqual(URLPathEncoder.encode(path: "/a\"b<c>d\\e/"), "/a%22b%3Cc%3Ed%5Ce/")
        XCTAssertEqual(URLPathEncoder.encode(path: "/a\u{0}b\nc\u{7F}/"), "/a%00b%0Ac%7F/")
        XCTAssertEqual(URLPathEncoder.encode(path: "/a[b]{c}|d^e`f/"), "/a%5Bb%5D%7Bc%7D%7Cd%5Ee%60f/")
    }

    func testNonASCIIIsEncodedAsUTF8() {
        XCTAssertEqual(URLPathEncoder.encode(path: "/café/"), "/caf%C3%A9/")
        XCTAssertEqual(URLPathEncoder.encode(path: "/日本/"), "/%E6%97%A5%E6%9C%AC/")
        XCTAssertEqual(URLPathEncoder.encode(path: "/🙂/"), "/%F0%9F%99%82/")
    }

    func testPathCharactersStayAsTheyAre() {
        let path = "/a-b_c.d~e/f!$&'()*+,;=:@/Z9/"
        XCTAssertEqual(URLPathEncoder.encode(path: path), path)
        XCTAssertEqual(URLPathEncoder.encode(path: "/"), "/")
    }

    func testEveryByteRoundTripsThroughDecoding() {
        var scalars = (1...0x7F).compactMap(Unicode.Scalar.init).map(String.init).joined()
        scalars += "é日🙂"
        let path = "/" + scalars + "/"
        let encoded = URLPathEncoder.encode(path: path)
        XCTAssertEqual(LinkTarget(encoded).path, path, "the link checker decodes what the renderer encodes")
        XCTAssertNil(LinkTarget(encoded).fragment)
        XCTAssertNil(LinkTarget(encoded).query)
        XCTAssertTrue(encoded.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }, encoded)
    }

    func testFragmentsKeepQuestionMarksAndEncodeHashes() {
        XCTAssertEqual(URLPathEncoder.encode(fragment: "a?b"), "a?b")
        XCTAssertEqual(URLPathEncoder.encode(fragment: "a#b c"), "a%23b%20c")
        XCTAssertEqual(URLPathEncoder.encode(fragment: "über"), "%C3%BCber")
    }

    func testDisplayFormKeepsOtherScriptsReadable() {
        XCTAssertEqual(URLPathEncoder.encodeForDisplay(path: "/café #1/"), "/café%20%231/")
    }
}
