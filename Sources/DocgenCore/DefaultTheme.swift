// Generated from templates/ by DefaultThemeTests; do not edit by hand.
// Re-record: DOCGEN_RECORD_THEME=1 swift test --filter DefaultThemeTests

/// The built-in theme: the repository's `templates/` folder, embedded so an
/// installed `docgen` builds a site that has no `templates/` of its own.
enum DefaultTheme {
    static let files: [String: String] = [
        "layout.mustache": ####"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{page.title}} · {{site.title}}</title>
  <meta name="description" content="{{page.meta_description}}">
  {{#page.canonical_url}}
  <link rel="canonical" href="{{.}}">
  {{/page.canonical_url}}
  <meta name="generator" content="docgen">
  <link rel="stylesheet" href="{{site.base_path}}/docgen.css">
</head>
<body>
  <a class="skip-link" href="#docgen-main">Skip to content</a>
  <header class="site-header">
    <a class="site-title" href="{{site.root_url}}">{{site.title}}</a>
  </header>
  <div class="layout{{#page.has_toc}} has-toc{{/page.has_toc}}">
    <div class="sidebar">
      <input type="checkbox" id="docgen-nav-toggle" class="nav-toggle">
      <label for="docgen-nav-toggle" class="nav-toggle-label">Menu</label>
{{{site.nav_html}}}
    </div>
    <main id="docgen-main" tabindex="-1">
      {{> partials/breadcrumbs}}
{{{content}}}
      {{> partials/prevnext}}
    </main>
    {{#page.has_toc}}
    <aside class="toc-aside">
      {{> partials/toc}}
    </aside>
    {{/page.has_toc}}
  </div>
  <footer class="site-footer">
    <p>{{site.title}} · Built with docgen</p>
  </footer>
</body>
</html>

"""####,
        "page.mustache": ####"""
<article class="page">
{{^page.has_h1}}
  <h1>{{page.title}}</h1>
{{/page.has_h1}}
{{{page.content}}}
</article>

"""####,
        "partials/breadcrumbs.mustache": ####"""
<nav class="breadcrumbs" aria-label="Breadcrumbs">
  <ol>
    {{#page.breadcrumbs}}
    <li><a href="{{url}}">{{title}}</a></li>
    {{/page.breadcrumbs}}
    <li><span aria-current="page">{{page.title}}</span></li>
  </ol>
</nav>

"""####,
        "partials/nav.mustache": ####"""
{{! The sidebar. docgen renders it once per section and the layout inserts it
    as {{{site.nav_html}}}; it sees `site` only, not `page`. Tags stand at
    column 0 so that Mustache does not indent every nested item. }}
<nav class="site-nav" aria-label="Site">
<ul class="nav-list">
{{#site.nav}}
{{> partials/nav_items}}
{{/site.nav}}
</ul>
</nav>

"""####,
        "partials/nav_items.mustache": ####"""
{{! One navigation item; recurses into its children. Context: a nav item. }}
<li class="nav-item{{#is_section}} nav-section{{/is_section}}{{#is_ancestor}} is-ancestor{{/is_ancestor}}{{#is_current}} is-current{{/is_current}}"><a href="{{url}}"{{#is_current}} class="current" aria-current="page"{{/is_current}}>{{title}}</a>
{{#has_children}}
<ul>
{{#children}}
{{> partials/nav_items}}
{{/children}}
</ul>
{{/has_children}}
</li>

"""####,
        "partials/prevnext.mustache": ####"""
{{! Rendered only when there is a previous and/or next page. }}
{{#page.prev}}
<nav class="prevnext" aria-label="Previous and next pages">
  <a class="prevnext-link prev" href="{{url}}" rel="prev"><span class="prevnext-label"><span aria-hidden="true">←</span> Previous</span> {{title}}</a>
  {{#page.next}}
  <a class="prevnext-link next" href="{{url}}" rel="next"><span class="prevnext-label">Next <span aria-hidden="true">→</span></span> {{title}}</a>
  {{/page.next}}
</nav>
{{/page.prev}}
{{^page.prev}}
{{#page.next}}
<nav class="prevnext" aria-label="Previous and next pages">
  <a class="prevnext-link next" href="{{url}}" rel="next"><span class="prevnext-label">Next <span aria-hidden="true">→</span></span> {{title}}</a>
</nav>
{{/page.next}}
{{/page.prev}}

"""####,
        "partials/toc.mustache": ####"""
<nav class="toc" aria-label="On this page">
  <p class="toc-title">On this page</p>
  <ul>
    {{#page.toc}}
    <li class="toc-level-{{level}} toc-indent-{{indent}}"><a href="#{{id}}">{{title}}</a></li>
    {{/page.toc}}
  </ul>
</nav>

"""####,
        "section.mustache": ####"""
<article class="page section">
{{^page.has_h1}}
  <h1>{{page.title}}</h1>
{{/page.has_h1}}
{{{page.content}}}
  <ul class="section-pages">{{#page.pages}}
    <li>
      <a href="{{url}}">{{title}}</a>
      {{#description}}
      <p>{{.}}</p>
      {{/description}}
    </li>{{/page.pages}}</ul>
</article>

"""####,
        "static/docgen.css": ####"""
/* docgen default theme */
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #59636e;
  --border: #d1d9e0;
  --accent: #0969da;
  --surface: #f6f8fa;
  --current-bg: #e8f3ff;
  --code-bg: #eff1f3;
  --font-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji";
  --font-mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  --sidebar-width: 16rem;
  --toc-width: 14rem;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117;
    --fg: #e6edf3;
    --muted: #9198a1;
    --border: #30363d;
    --accent: #4493f8;
    --surface: #151b23;
    --current-bg: #162a40;
    --code-bg: #1f252d;
  }
}

*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font-family: var(--font-sans);
  font-size: 1rem;
  line-height: 1.6;
}
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
#docgen-main:focus { outline: none; }
img, video, svg { max-width: 100%; height: auto; }

/* Skip link */
.skip-link {
  position: absolute; left: 0.5rem; top: -3rem; z-index: 10;
  padding: 0.5rem 1rem; background: var(--bg); border: 2px solid var(--accent); border-radius: 4px;
}
.skip-link:focus { top: 0.5rem; }

/* Header and footer */
.site-header {
  display: flex; align-items: center; gap: 1rem;
  padding: 0.75rem 1.25rem; border-bottom: 1px solid var(--border); background: var(--surface);
}
.site-title { color: var(--fg); font-weight: 700; font-size: 1.125rem; text-decoration: none; }
.site-title:hover { color: var(--accent); }
.site-footer {
  border-top: 1px solid var(--border); padding: 1rem 1.25rem;
  color: var(--muted); font-size: 0.875rem; text-align: center;
}
.site-footer p { margin: 0; }

/* Layout: stacked on narrow screens, columns on wider ones */
.layout {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  grid-template-areas: "nav" "toc" "main";
  align-items: start;
  max-width: 92rem;
  margin: 0 auto;
}
.sidebar { grid-area: nav; border-bottom: 1px solid var(--border); }
.toc-aside { grid-area: toc; padding: 1rem 1.25rem 0; }
main { grid-area: main; min-width: 0; max-width: calc(75ch + 2.5rem); padding: 1.5rem 1.25rem 3rem; }

/* Mobile menu: CSS-only checkbox toggle */
.nav-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.nav-toggle-label {
  display: block; padding: 0.6rem 1.25rem; cursor: pointer; font-weight: 600; user-select: none;
}
.nav-toggle-label::before { content: "☰"; content: "☰" / ""; margin-right: 0.5rem; }
.nav-toggle:focus-visible + .nav-toggle-label { outline: 2px solid var(--accent); outline-offset: -2px; }
.nav-toggle:not(:checked) ~ .site-nav { display: none; }

@media (min-width: 48rem) {
  .layout {
    grid-template-columns: var(--sidebar-width) minmax(0, 1fr);
    grid-template-areas: "nav toc" "nav main";
  }
  .sidebar {
    position: sticky; top: 0; max-height: 100vh; overflow-y: auto;
    border-bottom: 0; border-right: 1px solid var(--border);
  }
  .nav-toggle, .nav-toggle-label { display: none; }
  .nav-toggle:not(:checked) ~ .site-nav { display: block; }
  main { padding: 2rem 2.5rem 4rem; max-width: calc(75ch + 5rem); }
  .toc-aside { padding: 1.5rem 2.5rem 0; }
}
@media (min-width: 75rem) {
  .layout.has-toc {
    grid-template-columns: var(--sidebar-width) minmax(0, 1fr) var(--toc-width);
    grid-template-areas: "nav main toc";
  }
  .toc-aside { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding: 2rem 1rem; }
}

/* Site navigation */
.site-nav { padding: 0.5rem 0.75rem 1rem; font-size: 0.9375rem; }
.site-nav ul { list-style: none; margin: 0; padding: 0; }
.site-nav ul ul { margin-left: 0.75rem; padding-left: 0.5rem; border-left: 1px solid var(--border); }
.site-nav a {
  display: block; padding: 0.25rem 0.5rem; border-radius: 4px;
  color: var(--fg); text-decoration: none; line-height: 1.4;
}
.site-nav a:hover { background: var(--surface); color: var(--accent); }
.site-nav .nav-section > a { font-weight: 600; }
.site-nav .is-ancestor > a { color: var(--accent); }
.site-nav a.current { background: var(--current-bg); color: var(--accent); font-weight: 600; }

/* Table of contents */
.toc { font-size: 0.875rem; }
.toc-title { margin: 0 0 0.5rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.75rem; }
.toc ul { list-style: none; margin: 0; padding: 0; border-left: 1px solid var(--border); }
.toc li { margin: 0; }
.toc a { display: block; padding: 0.2rem 0.75rem; color: var(--muted); text-decoration: none; line-height: 1.4; }
.toc a:hover { color: var(--accent); }
.toc .toc-indent-1 a { padding-left: 1.5rem; }

/* Breadcrumbs */
.breadcrumbs { font-size: 0.875rem; color: var(--muted); margin-bottom: 1rem; }
.breadcrumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
.breadcrumbs li + li::before { content: "/"; content: "/" / ""; padding: 0 0.5em; color: var(--muted); }
.breadcrumbs a { color: var(--muted); }
.breadcrumbs:has(li:only-child) { display: none; }

/* Previous / next */
.prevnext { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 3rem; padding-top: 1.5rem; border-top: 1px solid var(--border); }
.prevnext-link {
  flex: 1 1 14rem; max-width: 50%; min-width: 0; padding: 0.75rem 1rem;
  border: 1px solid var(--border); border-radius: 6px; text-decoration: none; font-weight: 600;
}
.prevnext-link:hover { border-color: var(--accent); }
.prevnext-link.next { margin-left: auto; text-align: right; }
.prevnext-label { display: block; font-size: 0.8125rem; font-weight: 400; color: var(--muted); }
@media (max-width: 36rem) { .prevnext-link { max-width: none; } }

/* Content typography */
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 2rem 0 0.75rem; scroll-margin-top: 1rem; }
h1 { font-size: 2rem; margin-top: 0; }
h2 { font-size: 1.5rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.25rem; }
h4 { font-size: 1rem; }
h5, h6 { font-size: 0.875rem; }
h6 { color: var(--muted); }
p, ul, ol, dl, pre, table, blockquote, figure { margin: 0 0 1rem; }
article ul, article ol { padding-left: 1.75rem; }
article li + li { margin-top: 0.25rem; }
dt { font-weight: 600; }
dd { margin: 0 0 0.5rem 1.5rem; }
hr { border: 0; border-top: 1px solid var(--border); margin: 2rem 0; }

code, kbd, samp, pre { font-family: var(--font-mono); font-size: 0.875em; }
:not(pre) > code { padding: 0.1em 0.35em; background: var(--code-bg); border-radius: 4px; overflow-wrap: break-word; }
pre {
  overflow-x: auto; padding: 1rem; line-height: 1.45;
  background: var(--surface); border: 1px solid var(--border); border-radius: 6px;
  tab-size: 4;
}
pre code { font-size: inherit; background: none; padding: 0; }
kbd { padding: 0.1em 0.4em; border: 1px solid var(--border); border-bottom-width: 2px; border-radius: 4px; }

blockquote { margin-left: 0; padding: 0.25rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
blockquote > :last-child { margin-bottom: 0; }

table { display: block; width: max-content; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
th, td { padding: 0.4rem 0.75rem; border: 1px solid var(--border); text-align: left; vertical-align: top; }
th { background: var(--surface); font-weight: 600; }
tr:nth-child(2n) td { background: var(--surface); }

/* Section index */
.section-pages { list-style: none; padding: 0; margin-top: 2rem; }
.section-pages:empty { display: none; }
.section-pages li { padding: 0.75rem 0; border-top: 1px solid var(--border); margin: 0; }
.section-pages a { font-weight: 600; }
.section-pages p { margin: 0.25rem 0 0; color: var(--muted); }
.section-pages p:empty { display: none; }

@media print {
  .sidebar, .toc-aside, .prevnext, .skip-link, .breadcrumbs { display: none; }
  .layout { display: block; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  pre { white-space: pre-wrap; }
}

"""####,
    ]
}
