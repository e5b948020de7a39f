import Foundation

/// Reads the attributes that matter to links out of raw HTML: `href` of `<a>`,
/// `src` of `<img>`, and `id`/`name` that make anchors.
///
/// A small tag scanner, not an HTML parser: enough for what authors put in
/// Markdown, and it reports each attribute's byte offset for positions.
enum RawHTMLAttributes {
    struct Attribute {
        var tag: String
        var name: String
        var value: String
        /// Byte offset of the attribute name in the scanned text.
        var offset: Int
    }

    static func scan(_ html: [UInt8]) -> [Attribute] {
        var found: [Attribute] = []
        var index = 0
        while index < html.count {
            guard html[index] == UInt8(ascii: "<"), index + 1 < html.count, ASCIIByte.isLetter(html[index + 1]) else {
                index += 1
                continue
            }
            var cursor = index + 1
            let tagStart = cursor
            while cursor < html.count, ASCIIByte.isLetter(html[cursor]) || ASCIIByte.isDigit(html[cursor]) {
                cursor += 1
            }
            let tag = String(decoding: html[tagStart..<cursor], as: UTF8.self).lowercased()
            while cursor < html.count, html[cursor] != UInt8(ascii: ">") {
                while cursor < html.count, isSpace(html[cursor]) || html[cursor] == UInt8(ascii: "/") { cursor += 1 }
                let nameStart = cursor
                while cursor < html.count, !isSpace(html[cursor]),
                    ![UInt8(ascii: "="), UInt8(ascii: ">")].contains(html[cursor])
                {
                    cursor += 1
                }
                guard cursor > nameStart else { break }
                let name = String(decoding: html[nameStart..<cursor], as: UTF8.self).lowercased()
                while cursor < html.count, isSpace(html[cursor]) { cursor += 1 }
                guard cursor < html.count, html[cursor] == UInt8(ascii: "=") else { continue }
                cursor += 1
                while cursor < html.count, isSpace(html[cursor]) { cursor += 1 }
                guard cursor < html.count else { break }
                var value: String
                if html[cursor] == UInt8(ascii: "\"") || html[cursor] == UInt8(ascii: "'") {
                    let quote = html[cursor]
                    let valueStart = cursor + 1
                    cursor = valueStart
                    while cursor < html.count, html[cursor] != quote { cursor += 1 }
                    value = String(decoding: html[valueStart..<min(cursor, html.count)], as: UTF8.self)
                    cursor += 1
                } else {
                    let valueStart = cursor
                    while cursor < html.count, !isSpace(html[cursor]), html[cursor] != UInt8(ascii: ">") { cursor += 1 }
                    value = String(decoding: html[valueStart..<cursor], as: UTF8.self)
                }
                found.append(Attribute(tag: tag, name: name, value: decodeEntities(value), offset: nameStart))
            }
            index = cursor
        }
        return found
    }

    /// The few entities that appear in attribute URLs.
    private static func decodeEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
