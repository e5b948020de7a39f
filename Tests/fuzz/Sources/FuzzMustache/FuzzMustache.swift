import DocgenMustache

/// A theme template through the Mustache parser, then rendered as a page:
/// the template is also every partial it names (`{{> page}}` and `{{> item}}`
/// are itself), against values of every kind. Asserts that nothing crashes
/// or hangs, and that a syntax error's line and column (bytes, lines ending
/// at `\n`, as the tokenizer counts them) lie inside the template.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: input, as: UTF8.self) else { return -1 }
    let template: MustacheTemplate
    do throws(MustacheSyntaxError) {
        template = try MustacheTemplate(text)
    } catch {
        let lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard error.line >= 1, error.line <= lines.count, error.column >= 1,
            error.column <= lines[error.line - 1].count + 1
        else {
            fatalError("fuzz invariant: error at \(error.line):\(error.column) outside the template: \(error.message)")
        }
        return 0
    }
    for partial in template.partials where partial.line < 1 || partial.line > size + 1 {
        fatalError("fuzz invariant: partial `\(partial.name)` on line \(partial.line)")
    }
    let library = MustacheLibrary(["page": template, "item": template])
    _ = library.render(sampleValue, template: "page")
    return 0
}

/// Values of every kind, nested, under the names templates most often use.
let sampleValue: MustacheValue = {
    let leaf: MustacheValue = .dictionary(["title": "Leaf <b>", "url": "/a/?b=1&c", "children": .list([])])
    let branch: MustacheValue = .dictionary(["title": "Branch", "children": .list([leaf, leaf]), "active": true])
    return .dictionary([
        "title": "Title & \"quotes\"", "content": "<p>body</p>", "weight": 3, "ratio": .double(0.5), "draft": false,
        "items": .list([branch, leaf, "text", 7, .null]), "children": .list([branch]),
        "site": .dictionary(["title": "Site", "base_url": "https://example.com/docs", "pages": .list([leaf])]),
        "page": branch, "empty": .list([]), "nothing": .null,
    ])
}()
