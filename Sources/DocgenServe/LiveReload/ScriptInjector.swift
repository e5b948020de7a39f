/// Puts the live-reload `<script>` into an HTML page: right before its last
/// `</body>` (any letter case), or at the end of a page that has none. The
/// page's own bytes are otherwise untouched, so what the browser gets is what
/// `docgen build` writes plus this one tag.
enum ScriptInjector {
    static func inject(_ tag: [UInt8], into page: [UInt8]) -> [UInt8] {
        let at = lastBodyEnd(in: page) ?? page.count
        var output: [UInt8] = []
        output.reserveCapacity(page.count + tag.count)
        output.append(contentsOf: page[..<at])
        output.append(contentsOf: tag)
        output.append(contentsOf: page[at...])
        return output
    }

    /// The offset of the last `</body` whose next byte ends the tag name.
    static func lastBodyEnd(in page: [UInt8]) -> Int? {
        let pattern = Array("</body".utf8)
        guard page.count >= pattern.count else { return nil }
        var start = page.count - pattern.count
        while start >= 0 {
            if matches(pattern, in: page, at: start) {
                let next = start + pattern.count
                if next == page.count
                    || [UInt8(ascii: ">"), 0x20, 0x09, 0x0A, 0x0C, 0x0D, UInt8(ascii: "/")].contains(page[next])
                {
                    return start
                }
            }
            start -= 1
        }
        return nil
    }

    private static func matches(_ pattern: [UInt8], in page: [UInt8], at start: Int) -> Bool {
        for offset in 0..<pattern.count {
            var byte = page[start + offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != pattern[offset] { return false }
        }
        return true
    }
}
