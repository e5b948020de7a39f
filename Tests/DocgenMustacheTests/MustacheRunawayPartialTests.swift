import DocgenMustache
import XCTest

/// Found by the Mustache fuzz target (Tests/fuzz/crashers/mustache/): a
/// template that includes itself twice expanded 2¹⁰⁰ partials before every
/// branch met the depth bound, a hang. Past the bound no partial is expanded.
final class MustacheRunawayPartialTests: XCTestCase {
    func testFuzzCrasherRendersAtOnce() throws {
        // The committed crasher, byte for byte, as the template `page`.
        let page = try MustacheTemplate("{{>page}}{{>page}}")
        let started = Date()
        let output = MustacheLibrary(["page": page]).renderString(.null, template: "page")
        XCTAssertEqual(output, "")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    func testAParentThatExtendsItselfTwiceRendersAtOnce() throws {
        // As the fuzz target renders its seeds: the template is also `page`.
        let page = try MustacheTemplate("a{{<page}}{{$b}}x{{/b}}{{/page}}{{<page}}{{/page}}{{$b}}y{{/b}}")
        let started = Date()
        let output = MustacheLibrary(["page": page]).renderString(.null, template: "page")
        XCTAssertTrue(output.hasPrefix(String(repeating: "a", count: 101)), output)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    func testTextBeforeTheRunawayIsKeptOncePerLevel() throws {
        let page = try MustacheTemplate("a{{>page}}{{>page}}b")
        let output = MustacheLibrary(["page": page]).renderString(.null, template: "page")
        // 101 levels each write `a` on the way down; on the way back each
        // writes `b` (its second partial is no longer expanded).
        XCTAssertEqual(output, String(repeating: "a", count: 101) + String(repeating: "b", count: 101))
    }

    func testRecursionThatTheDataEndsIsUnchanged() throws {
        let item = try MustacheTemplate("<li>{{title}}{{#children}}<ul>{{>item}}</ul>{{/children}}</li>")
        func node(_ title: String, _ children: [MustacheValue]) -> MustacheValue {
            .dictionary(["title": .text(title), "children": .list(children)])
        }
        let tree = node("a", [node("b", [node("c", [])]), node("d", [])])
        XCTAssertEqual(
            MustacheLibrary(["item": item]).renderString(tree, template: "item"),
            "<li>a<ul><li>b<ul><li>c</li></ul></li></ul><ul><li>d</li></ul></li>")
    }
}
