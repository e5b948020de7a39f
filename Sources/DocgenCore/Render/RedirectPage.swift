import DocgenMarkdown

/// The page written at an alias URL: sends browsers and crawlers to the page.
enum RedirectPage {
    static func html(to url: String, title: String) -> String {
        let href = HTMLEscaping.attribute(url)
        return """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>\(HTMLEscaping.text(title))</title>
              <link rel="canonical" href="\(href)">
              <meta http-equiv="refresh" content="0; url=\(href)">
            </head>
            <body>
              <p>This page has moved to <a href="\(href)">\(HTMLEscaping.text(title))</a>.</p>
            </body>
            </html>

            """
    }
}
