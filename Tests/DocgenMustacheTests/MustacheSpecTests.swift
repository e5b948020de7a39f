import DocgenMustache
import XCTest

/// Every test of the Mustache spec's core modules, read in place from
/// `../shared/mustache/`: templates are written against this engine by site
/// authors, so it must render what the published spec says, byte for byte.
final class MustacheSpecTests: XCTestCase {
    func testComments() throws { try run("comments") }
    func testDelimiters() throws { try run("delimiters") }
    func testInterpolation() throws { try run("interpolation") }
    func testInverted() throws { try run("inverted") }
    func testPartials() throws { try run("partials") }
    func testSections() throws { try run("sections") }
    func testInheritance() throws { try run("~inheritance") }

    /// Renders every test of the file; a failure names the test and shows
    /// its template, expected and actual output.
    func run(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let spec = try MustacheSpecFile.load(name)
        XCTAssertFalse(spec.tests.isEmpty, "\(name).json has no tests", file: file, line: line)
        for test in spec.tests {
            let result = Self.render(test)
            XCTAssertEqual(
                result, .success(test.expected),
                "\(name) / \(test.name): \(test.desc)\ntemplate: \(test.template.debugDescription)",
                file: file, line: line)
        }
    }

    static func render(_ test: MustacheSpecFile.Case) -> Result<String, MustacheSyntaxError> {
        do throws(MustacheSyntaxError) {
            var templates = ["(template)": try MustacheTemplate(test.template)]
            for (name, text) in test.partials ?? [:] { templates[name] = try MustacheTemplate(text) }
            return .success(MustacheLibrary(templates).renderString(test.data.value, template: "(template)"))
        } catch {
            return .failure(error)
        }
    }
}
