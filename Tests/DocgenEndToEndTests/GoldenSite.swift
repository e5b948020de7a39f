/// The golden fixture: a small site with its own `templates/` (so changes to
/// the repository's theme do not change it), built by `GoldenSiteTests`.
///
/// Five Markdown files: a home page, a `guides/` section without `index.md`
/// (so docgen generates its page), a page with an alias, a draft, an API page
/// with anchors, and one asset.
enum GoldenSite {
    static let files: [String: String] = [
        "docgen.yml": """
        title: Golden Docs
        base_url: https://docs.example.com/golden
        """,
        "content/index.md": """
        ---
        title: Home
        description: The golden fixture's home page.
        ---
        # Welcome

        Start with the [guide](guides/start.md) or read the [API](/api/#endpoints).

        ![Logo](img/logo.svg)
        """,
        "content/api.md": """
        # API

        ## Endpoints

        `GET /things` lists things; see the [guide](guides/start.md#install).

        ## Errors

        Errors are JSON.
        """,
        "content/guides/start.md": """
        ---
        title: Getting started
        weight: 1
        aliases: [/getting-started/]
        author: Ann & Bob
        ---
        ## Install

        Read the [reference](../api.md#endpoints), then the [next step](next.md).
        """,
        "content/guides/next.md": """
        ---
        weight: 2
        ---
        # Next steps

        Go [back](start.md#install) or [home](/).
        """,
        "content/guides/draft.md": """
        ---
        title: Unfinished
        draft: true
        ---
        Not published.
        """,
        "content/img/logo.svg": #"<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>"# + "\n",
        "templates/layout.mustache": #"""
        <!doctype html>
        <title>{{page.title}} · {{site.title}}</title>
        <link rel="stylesheet" href="{{site.base_path}}/style.css">
        <nav>{{#site.nav}}{{> item}}{{/site.nav}}</nav>
        <ol class="crumbs">{{#page.breadcrumbs}}<li><a href="{{url}}">{{title}}</a></li>{{/page.breadcrumbs}}</ol>
        <main>
        {{{content}}}
        </main>
        {{#page.prev}}<a rel="prev" href="{{url}}">{{title}}</a>{{/page.prev}}
        {{#page.next}}<a rel="next" href="{{url}}">{{title}}</a>{{/page.next}}

        """#,
        "templates/item.mustache": #"""
        <a href="{{url}}"{{#is_current}} aria-current="page"{{/is_current}}>{{title}}</a>{{#has_children}}<ul>{{#children}}<li>{{> item}}</li>{{/children}}</ul>{{/has_children}}
        """#,
        "templates/page.mustache": #"""
        <article>
        {{#page.description}}<p class="description">{{.}}</p>{{/page.description}}
        {{#page.params.author}}<p class="author">By {{.}}</p>{{/page.params.author}}
        {{#page.has_toc}}<ul class="toc">{{#page.toc}}<li><a href="#{{id}}">{{title}}</a></li>{{/page.toc}}</ul>{{/page.has_toc}}
        {{{page.content}}}
        </article>
        """#,
        "templates/section.mustache": #"""
        <section>
        {{^page.has_h1}}<h1>{{page.title}}</h1>{{/page.has_h1}}
        {{#page.description}}<p class="description">{{.}}</p>{{/page.description}}
        {{{page.content}}}
        <ul>{{#page.pages}}<li><a href="{{url}}">{{title}}</a></li>{{/page.pages}}</ul>
        </section>
        """#,
        "templates/static/style.css": "main { max-width: 40em; }\n",
    ]
}
