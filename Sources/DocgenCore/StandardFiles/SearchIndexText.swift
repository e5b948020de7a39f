import DocgenMarkdown
import Foundation

/// Cuts a page body's HTML into the sections of `search-index.json`: the
/// part before the first `<h2>`/`<h3>` with an `id`, then one per such
/// heading. Tags are dropped (with the contents of `<pre>`, `<script>`,
/// `<style>`, `<template>`, `<textarea>` and comments: code and markup, not
/// prose; and footnote reference numbers and back arrows), the basic entities
/// decoded, and each section keeps only its first words, so that the index
/// of a large site stays small. A `<h1>` that
/// repeats the page's title is dropped too: the title is indexed already.
struct SearchIndexText {
    /// The part before the first heading keeps at most this many words and UTF-8 bytes…
    static let introLimits = (words: 20, bytes: 120)
    /// …and a heading's section this many: the heading says most of it, and a
    /// site has ten times more of them (80,000 for 10,000 pages).
    static let sectionLimits = (words: 6, bytes: 40)
    /// A heading's text is cut at this many bytes (when the HTML, not the Markdown, gives it).
    private static let headingLimit = 200

    /// The sections of `html`, a page body as cmark wrote it; `headings` give
    /// the text of each heading by its id.
    static func sections(html: String, headings: [MarkdownHeading], title: String) -> [SearchIndexSection] {
        var html = html
        return html.withUTF8 { bytes in
            var scanner = SearchIndexText(bytes: bytes, headings: headings, title: title)
            scanner.scan()
            return scanner.sections
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let headings: [MarkdownHeading]
    private let title: String
    private var sections: [SearchIndexSection] = []
    /// The section being read.
    private var heading = ""
    private var id = ""
    private var text: [UInt8] = []
    private var words = 0
    private var full = false
    /// The word being read.
    private var word: [UInt8] = []
    /// Inside `<h1>`, `<h2 id>` or `<h3 id>`: its level (0 outside), id and text so far.
    private var headingLevel: UInt8 = 0
    private var headingID = ""
    private var headingText: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, headings: [MarkdownHeading], title: String) {
        self.bytes = bytes
        self.headings = headings
        self.title = title
    }

    private mutating func scan() {
        var index = 0
        while index < bytes.count {
            if full, headingLevel == 0 {
                // The section has its words: only the next heading (or a comment, which may hide one) matters.
                index = nextHeadingOrComment(from: index)
                guard index < bytes.count else { break }
            }
            switch bytes[index] {
            case UInt8(ascii: "<"):
                index = tag(at: index)
            case UInt8(ascii: "&"):
                index = entity(at: index)
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0C:
                endWord()
                index += 1
            default:
                let start = index
                while index < bytes.count, !Self.endsRun(bytes[index]) { index += 1 }
                word += bytes[start..<index]
            }
        }
        endWord()
        if headingLevel != 0 { closeHeading() }
        endSection()
    }

    /// `<`, `&` and white space end a run of word bytes.
    private static func endsRun(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&")
            || byte <= UInt8(ascii: " ")
                && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
                    || byte == UInt8(ascii: "\r") || byte == 0x0C)
    }

    /// The index of the first `<h`, `<H` or `<!` at or after `index`, or the end.
    private func nextHeadingOrComment(from index: Int) -> Int {
        var index = next(UInt8(ascii: "<"), from: index)
        while index + 1 < bytes.count {
            let byte = bytes[index + 1]
            if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "H") || byte == UInt8(ascii: "!") { return index }
            index = next(UInt8(ascii: "<"), from: index + 1)
        }
        return bytes.count
    }

    /// The index of the first `byte` at or after `index`, or the end.
    private func next(_ byte: UInt8, from index: Int) -> Int {
        guard index < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + index, Int32(byte), bytes.count - index)
        else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    // MARK: Words and sections

    private mutating func endWord() {
        guard !word.isEmpty else { return }
        if headingLevel != 0 {
            if headingText.count + word.count < Self.headingLimit {
                if !headingText.isEmpty { headingText.append(UInt8(ascii: " ")) }
                headingText += word
            }
        } else {
            addWord(word)
        }
        word.removeAll(keepingCapacity: true)
    }

    private mutating func addWord<Bytes: Collection>(_ word: Bytes) where Bytes.Element == UInt8 {
        guard !full else { return }
        let limits = id.isEmpty ? Self.introLimits : Self.sectionLimits
        if words == limits.words || text.count + 1 + word.count > limits.bytes {
            full = true
            return
        }
        if !text.isEmpty { text.append(UInt8(ascii: " ")) }
        text += word
        words += 1
    }

    private mutating func endSection() {
        if !id.isEmpty || !text.isEmpty {
            sections.append(
                SearchIndexSection(heading: heading, id: id, text: String(decoding: text, as: UTF8.self)))
        }
        text.removeAll(keepingCapacity: true)
        words = 0
        full = false
    }

    private mutating func closeHeading() {
        let level = headingLevel
        headingLevel = 0
        defer { headingText.removeAll(keepingCapacity: true) }
        if level == 1 {
            guard String(decoding: headingText, as: UTF8.self) != title else { return }
            for word in headingText.split(separator: UInt8(ascii: " ")) { addWord(word) }
            return
        }
        endSection()
        id = headingID
        heading =
            headings.first { $0.id == headingID && ($0.level == 2 || $0.level == 3) }?.text
            ?? String(decoding: headingText, as: UTF8.self)
    }

    // MARK: Tags

    /// What a tag does to the text.
    private enum TagKind {
        /// Inside a word (`un<em>usual</em>`).
        case inline
        /// Its contents are code or markup, not prose.
        case skipped
        case heading(level: UInt8)
        /// Ends the word.
        case other
    }

    /// The kind of the element named by `bytes[range]`, in any case.
    private func kind(of range: Range<Int>) -> TagKind {
        guard range.count <= 8 else { return .other }
        var name: UInt64 = 0
        for index in range {
            let byte = bytes[index]
            name = name << 8 | UInt64((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        // Names as numbers, one byte a letter: "em" is 0x65_6D.
        switch name {
        case 0x61, 0x62, 0x69, 0x71, 0x73, 0x75:  // a b i q s u
            return .inline
        // em del ins kbd sub sup var
        case 0x656D, 0x64_656C, 0x69_6E73, 0x6B_6264, 0x73_7562, 0x73_7570, 0x76_6172:
            return .inline
        // abbr cite code mark samp span
        case 0x6162_6272, 0x6369_7465, 0x636F_6465, 0x6D61_726B, 0x7361_6D70, 0x7370_616E:
            return .inline
        case 0x73_6D61_6C6C, 0x7374_726F_6E67:  // small strong
            return .inline
        case 0x70_7265, 0x73_7479_6C65, 0x7363_7269_7074, 0x7465_6D70_6C61_7465, 0x7465_7874_6172_6561:
            return .skipped  // pre style script template textarea
        case 0x6831: return .heading(level: 1)
        case 0x6832: return .heading(level: 2)
        case 0x6833: return .heading(level: 3)
        default: return .other
        }
    }

    /// Reads the tag at `start` (a `<`) and returns where the text after it starts.
    private mutating func tag(at start: Int) -> Int {
        if starts(with: Array("<!--".utf8), at: start) {
            endWord()
            return after("-->", from: start + 4)
        }
        var index = start + 1
        let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart || (!closing && index < bytes.count && bytes[index] == UInt8(ascii: "!")) else {
            // Not a tag: a `<` of the text.
            if !full || headingLevel != 0 { word.append(UInt8(ascii: "<")) }
            return start + 1
        }
        let nameEnd = index
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            index += 1
        }
        let end = min(index + 1, bytes.count)
        let kind = kind(of: nameStart..<nameEnd)
        switch kind {
        case .inline:
            if !closing, let closer = footnoteLinkCloser(name: nameStart..<nameEnd, attributes: nameEnd..<index) {
                // A footnote's number or back arrow: not a word, and not to be glued to one.
                return after(closer, from: end)
            }
            return end
        case .skipped:
            endWord()
            guard !closing else { return end }
            let closer = "</" + String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
            return after(closer, from: end, thenTagEnd: true)
        case .other:
            endWord()
            return end
        case .heading(let level):
            endWord()
            if closing {
                if headingLevel == level { closeHeading() }
            } else if headingLevel == 0 {
                let id = attribute("id", in: nameEnd..<index) ?? ""
                if level == 1 || !id.isEmpty {
                    headingLevel = level
                    headingID = id
                }
            }
            return end
        }
    }

    /// The closing tag to skip to when the tag is a footnote reference
    /// (`<sup class="footnote-ref">`) or a footnote's link back to it
    /// (`<a class="footnote-backref">`), whose text (`1`, `↩`) is no prose.
    private func footnoteLinkCloser(name: Range<Int>, attributes: Range<Int>) -> String? {
        let closer: String
        if name.count == 3, starts(with: Array("sup".utf8), at: name.lowerBound) {
            closer = "</sup>"
        } else if name.count == 1, bytes[name.lowerBound] | 0x20 == UInt8(ascii: "a") {
            closer = "</a>"
        } else {
            return nil
        }
        guard attributes.count > 6, let classes = attribute("class", in: attributes) else { return nil }
        let isFootnoteLink = classes.split(separator: " ").contains {
            $0 == "footnote-ref" || $0 == "footnote-backref"
        }
        return isFootnoteLink ? closer : nil
    }

    /// The value of attribute `name` in `range` of a tag, entities decoded.
    private func attribute(_ name: String, in range: Range<Int>) -> String? {
        let key = Array(name.utf8)
        var index = range.lowerBound
        while index < range.upperBound {
            // An attribute name starts after white space.
            guard isSpace(bytes[index]) else {
                index += 1
                continue
            }
            index += 1
            let nameStart = index
            while index < range.upperBound, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
            let matches =
                index - nameStart == key.count
                && zip(bytes[nameStart..<index], key).allSatisfy { ($0 | 0x20) == $1 }
            guard index < range.upperBound, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            var valueEnd = index
            var valueStart = index
            if index < range.upperBound, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                let quote = bytes[index]
                valueStart = index + 1
                valueEnd = valueStart
                while valueEnd < range.upperBound, bytes[valueEnd] != quote { valueEnd += 1 }
                index = valueEnd + 1
            } else {
                while valueEnd < range.upperBound, !isSpace(bytes[valueEnd]) { valueEnd += 1 }
                index = valueEnd
            }
            if matches { return Self.decoded(bytes[valueStart..<min(valueEnd, range.upperBound)]) }
        }
        return nil
    }

    // MARK: Entities

    /// Decodes the entity at `start` (an `&`) into the word; returns where the text after it starts.
    private mutating func entity(at start: Int) -> Int {
        var end = start + 1
        while end < bytes.count, end - start <= 10, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"),
            let scalar = Self.scalar(ofEntity: bytes[(start + 1)..<end])
        else {
            if !full || headingLevel != 0 { word.append(UInt8(ascii: "&")) }
            return start + 1
        }
        if scalar == " " || scalar == "\u{A0}" || scalar == "\n" || scalar == "\t" {
            endWord()
        } else if !full || headingLevel != 0 {
            word += Array(String(Character(scalar)).utf8)
        }
        return end + 1
    }

    /// `amp`, `lt`, `gt`, `quot`, `apos`, `nbsp` and numeric references; nil for any other name.
    private static func scalar(ofEntity name: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        case let text where text.hasPrefix("#x") || text.hasPrefix("#X"):
            return UInt32(text.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let text where text.hasPrefix("#"):
            return UInt32(text.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        default: return nil
        }
    }

    /// `text` with its entities decoded (for attribute values).
    private static func decoded(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var output: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == UInt8(ascii: "&"), let semicolon = text[index...].firstIndex(of: UInt8(ascii: ";")),
                let scalar = scalar(ofEntity: text[(index + 1)..<semicolon])
            {
                output += Array(String(Character(scalar)).utf8)
                index = semicolon + 1
            } else {
                output.append(text[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: Bytes

    private func isNameByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r") || byte == 0x0C
    }

    /// Whether `prefix` (lowercase) is at `index`, in any case.
    private func starts(with prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in prefix.indices {
            let byte = bytes[index + offset]
            if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != prefix[offset] { return false }
        }
        return true
    }

    /// Where the text after the first `marker` (lowercase ASCII) at or after
    /// `index` starts, in any case (the end of the HTML if there is none);
    /// past the tag's `>` when `thenTagEnd`.
    private func after(_ marker: String, from index: Int, thenTagEnd: Bool = false) -> Int {
        let marker = Array(marker.utf8)
        var index = next(marker[0], from: index)
        while index < bytes.count {
            if starts(with: marker, at: index) {
                var end = index + marker.count
                if thenTagEnd { end = min(next(UInt8(ascii: ">"), from: end) + 1, bytes.count) }
                return end
            }
            index = next(marker[0], from: index + 1)
        }
        return bytes.count
    }
}
