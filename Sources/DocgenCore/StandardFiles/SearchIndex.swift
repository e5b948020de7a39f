import DocgenMarkdown

/// `search-index.json`, which the theme's `search.js` loads on first use: for
/// every published page that is not a draft, its title (`t`), its URL with
/// `base_path` (`u`) and its sections (`s`), three strings each: heading,
/// anchor and the first words of the text. The first section, the part before
/// the first `##`/`###` heading, has an empty heading and anchor; an anchor is
/// also left empty when it is the ASCII heading's own slug (`search.js`
/// derives it), which saves a sixth of the index. Pages are in URL order and
/// the JSON is written by hand, so the bytes do not depend on the number of
/// workers.
///
/// ```
/// {"version":1,"pages":[
/// {"t":"Tokens","u":"/docs/tokens/","s":["","","Tokens prove who…","Access tokens","","An access token is…"]}
/// ]}
/// ```
enum SearchIndex {
    static let path = "search-index.json"
    static let version = 1

    /// The index of `site`'s pages, whose bodies are read back from `spool`
    /// when they were spooled; nil if one cannot be.
    static func json(site: SiteIndex, renderer: PageRenderer, spool: HTMLSpool?) -> [UInt8]? {
        let pages = listed(site: site, renderer: renderer)
        return assemble(Parallel.map(pages) { line(of: site.pages[$0.index], url: $0.url, spool: spool) })
    }

    /// The pages the index lists, with their URLs, in the index's order.
    static func listed(site: SiteIndex, renderer: PageRenderer) -> [(index: Int, url: String)] {
        site.pages.indices.filter { site.isPublished($0) && !site.pages[$0].isDraft }
            .map { (index: $0, url: renderer.link(to: $0)) }.sorted { $0.url < $1.url }
    }

    /// The index's line for `page` at `url`; nil if its spooled body cannot be read back.
    static func line(of page: Page, url: String, spool: HTMLSpool?) -> [UInt8]? {
        var html = ""
        if let markdown = page.markdown {
            var body = markdown.html
            if let spooled = page.spooledHTML {
                guard let stored = spool?.load(spooled) else { return nil }
                body = stored
            }
            // Without the link URLs, which are no text: `<a href="">`.
            html = body.pieces.joined()
        }
        let sections = SearchIndexText.sections(html: html, headings: page.markdown?.headings ?? [], title: page.title)
        return line(title: page.title, url: url, sections: sections)
    }

    /// The whole file from the pages' lines in order; nil if one is missing.
    static func assemble(_ lines: [[UInt8]?]) -> [UInt8]? {
        var json = Array("{\"version\":\(version),\"pages\":[".utf8)
        json.reserveCapacity(lines.reduce(json.count + 4) { $0 + ($1?.count ?? 0) + 2 })
        for (number, line) in lines.enumerated() {
            guard let line else { return nil }
            json += (number == 0 ? "\n" : ",\n").utf8
            json += line
        }
        json += "\n]}\n".utf8
        return json
    }

    /// One page: `{"t":title,"u":url,"s":[heading,anchor,text,…]}`.
    static func line(title: String, url: String, sections: [SearchIndexSection]) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(64 + sections.count * 96)
        line += "{\"t\":".utf8
        appendString(title, to: &line)
        line += ",\"u\":".utf8
        appendString(url, to: &line)
        line += ",\"s\":[".utf8
        for (number, section) in sections.enumerated() {
            if number > 0 { line.append(UInt8(ascii: ",")) }
            appendString(section.heading, to: &line)
            line.append(UInt8(ascii: ","))
            appendString(impliedID(of: section.heading) == section.id ? "" : section.id, to: &line)
            line.append(UInt8(ascii: ","))
            appendString(section.text, to: &line)
        }
        line += "]}".utf8
        return line
    }

    /// `value` as a JSON string, as `JSONText.string` writes it, but into bytes:
    /// the index has a few hundred thousand strings.
    static func appendString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += "\\\"".utf8
            case UInt8(ascii: "\\"): output += "\\\\".utf8
            case UInt8(ascii: "\n"): output += "\\n".utf8
            case UInt8(ascii: "\r"): output += "\\r".utf8
            case UInt8(ascii: "\t"): output += "\\t".utf8
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += "\\u00".utf8
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The id `search.js` gives a heading whose anchor is left empty: the
    /// heading's slug, for an all-ASCII heading (whose slug is simple to
    /// repeat in JavaScript); nil for any other.
    static func impliedID(of heading: String) -> String? {
        guard !heading.isEmpty, heading.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return HeadingSlugger.slug(heading)
    }
}
