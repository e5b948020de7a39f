/// GFM's autolink literals in a run of plain text: `www.` at the start of a
/// line, after whitespace or after `*`, `_`, `~`, `(`; `http://`, `https://`
/// and `ftp://` URLs (anywhere, as cmark-gfm finds them, although the spec
/// asks for the same boundary); and e-mail addresses. Each is trimmed by
/// GFM's path validation (trailing punctuation, unbalanced `)`, an
/// entity-like `&x;`).
///
/// A literal ends where the run of text ends: text that cmark already read
/// as another inline (code, emphasis, a link) is not part of it.
struct AutolinkLiteral: Equatable {
    /// Where the literal is, in the text the run is part of.
    var range: Range<Int>
    /// The link's destination: the text, with `http://` or `mailto:` added.
    var url: String
    /// E-mail addresses may hold decoded escapes and entities; URLs may not.
    var isEmail = false

    /// Every literal in `text[run]`; bytes before the run are only read to
    /// see what a literal follows. A URL also ends before the first byte
    /// `isVerbatim` rejects (an escape or entity, which cmark decoded). As in
    /// cmark-gfm, `www.` and scheme URLs are found first, and e-mail addresses
    /// in the text between them.
    static func find(in text: [UInt8], run: Range<Int>, isVerbatim: ((Int) -> Bool)? = nil) -> [AutolinkLiteral] {
        // Each step looks at a bounded stretch of text or moves past what it
        // read, so a run of any length is read in linear time.
        var urls: [AutolinkLiteral] = []
        var segmentStart = run.lowerBound
        while segmentStart < run.upperBound {
            var segmentEnd = run.upperBound
            if let isVerbatim {
                guard isVerbatim(segmentStart) else {
                    segmentStart += 1
                    continue
                }
                segmentEnd = segmentStart
                while segmentEnd < run.upperBound, isVerbatim(segmentEnd) { segmentEnd += 1 }
            }
            let segment = segmentStart..<segmentEnd
            var index = segment.lowerBound
            var covered = segment.lowerBound
            while index < segment.upperBound {
                var literal: AutolinkLiteral?
                if text[index] == UInt8(ascii: "w"), startsWWW(text, index, segment), isBoundary(text, index, segment) {
                    literal = www(text, index, segment)
                } else if text[index] == UInt8(ascii: ":") {
                    literal = url(text, colon: index, segment, notBefore: covered)
                }
                if let literal {
                    urls.append(literal)
                    index = literal.range.upperBound
                    covered = index
                } else {
                    index += 1
                }
            }
            segmentStart = segmentEnd
        }
        var found: [AutolinkLiteral] = []
        var gapStart = run.lowerBound
        for url in urls + [AutolinkLiteral(range: run.upperBound..<run.upperBound, url: "")] {
            let gap = gapStart..<url.range.lowerBound
            var at = gap.lowerBound
            var localStart = gap.lowerBound
            while at < gap.upperBound {
                if text[at] == UInt8(ascii: "@"), let email = email(text, at: at, localStart: localStart, gap) {
                    found.append(email)
                    at = email.range.upperBound
                    localStart = at
                } else {
                    if !isLocalPart(text[at]) { localStart = at + 1 }
                    at += 1
                }
            }
            if !url.url.isEmpty { found.append(url) }
            gapStart = url.range.upperBound
        }
        return found
    }

    // MARK: - The three kinds

    private static func www(_ text: [UInt8], _ start: Int, _ run: Range<Int>) -> AutolinkLiteral? {
        guard let domainEnd = domainEnd(text, from: start, run, allowsShort: false) else { return nil }
        let end = trimmedEnd(text, start: start, end: pathEnd(text, from: domainEnd, run))
        guard end > start + 4 else { return nil }
        return AutolinkLiteral(range: start..<end, url: "http://" + String(decoding: text[start..<end], as: UTF8.self))
    }

    private static let schemes = ["http", "https", "ftp"]

    private static func url(_ text: [UInt8], colon: Int, _ run: Range<Int>, notBefore: Int) -> AutolinkLiteral? {
        guard colon + 2 < run.upperBound, text[colon + 1] == UInt8(ascii: "/"), text[colon + 2] == UInt8(ascii: "/")
        else { return nil }
        // The letters before `:`; a word longer than `https` is no scheme.
        var start = colon
        while start > max(run.lowerBound, notBefore), colon - start <= 5, ASCIIByte.isLetter(text[start - 1]) {
            start -= 1
        }
        let scheme = String(decoding: text[start..<colon], as: UTF8.self).lowercased()
        guard schemes.contains(scheme),
            let domainEnd = domainEnd(text, from: colon + 3, run, allowsShort: true)
        else { return nil }
        let end = trimmedEnd(text, start: start, end: pathEnd(text, from: domainEnd, run))
        guard end > colon + 3 else { return nil }
        return AutolinkLiteral(range: start..<end, url: String(decoding: text[start..<end], as: UTF8.self))
    }

    /// The address around the `@` at `at`, whose local part (the run of
    /// its characters before `@`) starts at `localStart`.
    private static func email(_ text: [UInt8], at: Int, localStart start: Int, _ run: Range<Int>) -> AutolinkLiteral? {
        guard start < at else { return nil }
        var end = at + 1
        var periods = 0
        while end < run.upperBound,
            ASCIIByte.isAlphanumeric(text[end]) || text[end] == 0x2D || text[end] == 0x5F
                || text[end] == 0x2E
        {
            if text[end] == 0x2E { periods += 1 }
            end += 1
        }
        if end > at + 1, text[end - 1] == 0x2E {
            end -= 1
            periods -= 1
        }
        // `a@b.c@d.e`: cmark-gfm takes the address at the last `@`; and it
        // wants the address to end with a letter (not `-`, `_` or a digit).
        guard end > at + 1, periods > 0, ASCIIByte.isLetter(text[end - 1]),
            end >= run.upperBound || text[end] != UInt8(ascii: "@")
        else { return nil }
        return AutolinkLiteral(
            range: start..<end, url: "mailto:" + String(decoding: text[start..<end], as: UTF8.self), isEmail: true)
    }

    // MARK: - Parts

    private static func startsWWW(_ text: [UInt8], _ index: Int, _ run: Range<Int>) -> Bool {
        index + 4 <= run.upperBound && text[index + 1] == UInt8(ascii: "w") && text[index + 2] == UInt8(ascii: "w")
            && text[index + 3] == UInt8(ascii: ".")
    }

    /// The start of a line, whitespace, or `*`, `_`, `~`, `(` before `index`.
    private static func isBoundary(_ text: [UInt8], _ index: Int, _ run: Range<Int>) -> Bool {
        guard index > 0 else { return true }
        switch text[index - 1] {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "("):
            return true
        default:
            return false
        }
    }

    /// The end of a valid domain at `start`: segments of letters, digits, `_`
    /// and `-` separated by `.`, with at least one `.` (unless `allowsShort`),
    /// and no `_` in the last two segments.
    private static func domainEnd(_ text: [UInt8], from start: Int, _ run: Range<Int>, allowsShort: Bool) -> Int? {
        var end = start
        var periods = 0
        var underscoreSegments: [Bool] = [false]
        while end < run.upperBound {
            let byte = text[end]
            if byte == 0x2E {
                guard end + 1 < run.upperBound, isDomainByte(text[end + 1]) else { break }
                periods += 1
                underscoreSegments.append(false)
            } else if isDomainByte(byte) {
                if byte == 0x5F { underscoreSegments[underscoreSegments.count - 1] = true }
            } else {
                break
            }
            end += 1
        }
        guard end > start, periods > 0 || allowsShort else { return nil }
        guard !underscoreSegments.suffix(2).contains(true) else { return nil }
        return end
    }

    /// Past the path after a domain: up to whitespace, `<` or the run's end.
    private static func pathEnd(_ text: [UInt8], from start: Int, _ run: Range<Int>) -> Int {
        var end = start
        while end < run.upperBound, text[end] != 0x20, text[end] != 0x09, text[end] != 0x0A,
            text[end] != UInt8(ascii: "<")
        {
            end += 1
        }
        return end
    }

    /// GFM's extended autolink path validation; cmark-gfm also leaves out a
    /// closing quote (its own tests say so).
    private static func trimmedEnd(_ text: [UInt8], start: Int, end initialEnd: Int) -> Int {
        var end = initialEnd
        // Parentheses counted once; trimming a `)` takes one off.
        let opening = text[start..<end].reduce(0) { $1 == UInt8(ascii: "(") ? $0 + 1 : $0 }
        var closing = text[start..<end].reduce(0) { $1 == UInt8(ascii: ")") ? $0 + 1 : $0 }
        while end > start {
            let last = text[end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ")") {
                guard closing > opening else { break }
                closing -= 1
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var ampersand = end - 2
                while ampersand > start, ASCIIByte.isAlphanumeric(text[ampersand]) { ampersand -= 1 }
                guard ampersand >= start, ampersand < end - 2, text[ampersand] == UInt8(ascii: "&") else { break }
                end = ampersand
            } else {
                break
            }
        }
        return end
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        ASCIIByte.isAlphanumeric(byte) || byte == 0x2D || byte == 0x5F || byte >= 0x80
    }
    private static func isLocalPart(_ byte: UInt8) -> Bool {
        ASCIIByte.isAlphanumeric(byte) || byte == 0x2E || byte == 0x2D || byte == 0x5F || byte == 0x2B
    }
}
