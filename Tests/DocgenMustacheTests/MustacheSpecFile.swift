import DocgenMustache
import Foundation
import XCTest

/// One file of the official Mustache spec (`specs/*.json`), read in place
/// from `../shared/mustache/` beside the repository.
struct MustacheSpecFile: Decodable {
    struct Case: Decodable {
        var name: String
        var desc: String
        var data: SpecData
        var template: String
        var partials: [String: String]?
        var expected: String
    }

    var tests: [Case]

    /// `../shared/mustache/`, beside the repository folder.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // DocgenMustacheTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()  // its parent
        .appendingPathComponent("shared/mustache")

    /// The spec file `name` (`sections`, `~inheritance`); skips the test
    /// when the spec is not there.
    static func load(_ name: String) throws -> MustacheSpecFile {
        let url = folder.appendingPathComponent(name + ".json")
        guard let data = try? Data(contentsOf: url) else {
            throw XCTSkip("Mustache spec not found at \(url.path); these tests need ../shared/mustache/\(name).json")
        }
        return try JSONDecoder().decode(MustacheSpecFile.self, from: data)
    }
}

/// A spec test's `data`: JSON as a `MustacheValue`. Booleans stay booleans
/// and whole numbers integers, so that `1` prints "1" and `1.5` "1.5".
struct SpecData: Decodable {
    var value: MustacheValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let bool = try? container.decode(Bool.self) {
            value = .bool(bool)
        } else if let int = try? container.decode(Int.self) {
            value = .int(int)
        } else if let double = try? container.decode(Double.self) {
            value = .double(double)
        } else if let text = try? container.decode(String.self) {
            value = .text(text)
        } else if let list = try? container.decode([SpecData].self) {
            value = .list(list.map(\.value))
        } else {
            value = .dictionary(try container.decode([String: SpecData].self).mapValues(\.value))
        }
    }
}
