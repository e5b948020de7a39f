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
  <meta name="color-scheme" content="light dark">
  {{! Before the stylesheet, so the page paints in the reader's saved theme at once. }}
  <script>(function(d){d.classList.add("js");try{var t=localStorage.getItem("docgen-theme");if(t==="dark"||t==="light")d.setAttribute("data-theme",t)}catch(e){}})(document.documentElement);</script>
  <link rel="stylesheet" href="{{site.base_path}}/docgen.css">
  <script src="{{site.base_path}}/docgen.js" defer></script>
  {{! head, footer and body_end are blocks: a site's layout that extends
      builtin/layout replaces them (see README, Overriding the theme). }}
  {{$head}}
  {{/head}}
</head>
<body>
  <a class="skip-link" href="#docgen-main">Skip to content</a>
  <header class="site-header">
    <a class="site-title" href="{{site.root_url}}">{{site.title}}</a>
    {{> partials/search}}
    {{> partials/theme_toggle}}
  </header>
  <div class="layout{{#page.has_toc}} has-toc{{/page.has_toc}}">
    <div class="sidebar">
      <input type="checkbox" id="docgen-nav-toggle" class="nav-toggle" aria-controls="docgen-site-nav">
      <label for="docgen-nav-toggle" class="nav-toggle-label">Menu</label>
{{{site.nav_html}}}
    </div>
    <main id="docgen-main" tabindex="-1">
      {{> partials/breadcrumbs}}
{{{content}}}
      {{> partials/edit_link}}
      {{> partials/prevnext}}
    </main>
    {{#page.has_toc}}
    <aside class="toc-aside" aria-label="Table of contents">
      {{> partials/toc}}
    </aside>
    {{/page.has_toc}}
  </div>
  {{$footer}}
  {{> partials/footer}}
  {{/footer}}
  <script src="{{site.base_path}}/search.js" defer></script>
  {{$body_end}}
  {{/body_end}}
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
        "partials/edit_link.mustache": ####"""
{{! "Edit this page": only pages with a source file, and only with `edit_url` in docgen.yml. }}
{{#page.edit_url}}
<p class="edit-link"><a href="{{.}}"><svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3 17.25V21h3.75L17.8 9.94l-3.75-3.75L3 17.25zm17.7-10.2a1 1 0 0 0 0-1.42l-2.33-2.33a1 1 0 0 0-1.42 0l-1.83 1.83 3.75 3.75 1.83-1.83z"/></svg> Edit this page</a></p>
{{/page.edit_url}}

"""####,
        "partials/footer.mustache": ####"""
<footer class="site-footer">
  <p>{{site.title}} · Built with docgen</p>
</footer>

"""####,
        "partials/nav.mustache": ####"""
{{! The sidebar. docgen renders it once per section and the layout inserts it
    as site.nav_html; it sees `site` only, not `page`. Tags stand at
    column 0 so that Mustache does not indent every nested item. }}
<nav class="site-nav" id="docgen-site-nav" aria-label="Site">
<ul class="nav-list">
{{#site.nav}}
{{> partials/nav_items}}
{{/site.nav}}
</ul>
</nav>

"""####,
        "partials/nav_items.mustache": ####"""
{{! One navigation item; recurses into its children. Context: a nav item.
    docgen splices each page's sidebar from a few renders per section, so an
    item's state (is_current, is_ancestor) only shows inside its own markup,
    and every item prints its url. Sections leading to the current page
    come with their children: docgen.js shows their .nav-expander button
    (hidden without JavaScript) to fold them. }}
<li class="nav-item{{#is_section}} nav-section{{/is_section}}{{#has_children}} has-children{{/has_children}}{{#is_ancestor}} is-ancestor{{/is_ancestor}}{{#is_current}} is-current{{/is_current}}"><a href="{{url}}"{{#is_current}} class="current" aria-current="page"{{/is_current}}>{{title}}</a>
{{#has_children}}
<button type="button" class="nav-expander" aria-expanded="true" aria-label="{{title}}: show or hide pages"></button>
<ul class="nav-children">
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
        "partials/search.mustache": ####"""
<div class="search" role="search" data-index="{{site.base_path}}/search-index.json">
  <label class="visually-hidden" for="docgen-search">Search the docs</label>
  <input type="text" id="docgen-search" placeholder="Search (press /)" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="docgen-search-results">
  <ul id="docgen-search-results" class="search-results" role="listbox" aria-label="Search results" hidden></ul>
</div>

"""####,
        "partials/theme_toggle.mustache": ####"""
{{! Dark mode switch: docgen.js makes it work and keeps aria-pressed true while
    the page is dark; without JavaScript it stays hidden (see `.js` in docgen.css)
    and the page follows the system's setting. }}
<button type="button" id="docgen-theme-toggle" class="theme-toggle" aria-label="Dark mode" aria-pressed="false" title="Toggle dark mode">
  <svg class="icon icon-moon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M21 14.3A9 9 0 0 1 9.7 3a.75.75 0 0 0-1-.9A10.5 10.5 0 1 0 21.9 15.3a.75.75 0 0 0-.9-1z"/></svg>
  <svg class="icon icon-sun" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="4.5" fill="currentColor"/><path stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M12 1.5v2.5M12 20v2.5M1.5 12H4M20 12h2.5M4.6 4.6l1.8 1.8M17.6 17.6l1.8 1.8M4.6 19.4l1.8-1.8M17.6 6.4l1.8-1.8"/></svg>
</button>

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
/* Colours: light by default, dark when the system asks for it, and either
   one when the reader chose it with the header's toggle (data-theme on <html>,
   set before the page paints). Text pairs meet WCAG AA (4.5:1) in both. */
:root {
  color-scheme: light;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #59636e;
  --border: #d1d9e0;
  --accent: #0969da;
  --surface: #f6f8fa;
  --current-bg: #ddf4ff;
  --code-bg: #eff1f3;
  --mark-bg: #fff8c5;
  --mark-fg: #1f2328;
  --table-head-bg: #eff2f5;
  --table-stripe-bg: #f6f8fa;
  --callout-fg: #59636e;
  --callout-bg: #f6f8fa;
  --callout-note-fg: #0757ba;
  --callout-note-bg: #eef6ff;
  --callout-tip-fg: #17692f;
  --callout-tip-bg: #edfaf0;
  --callout-important-fg: #7339c9;
  --callout-important-bg: #f7f2ff;
  --callout-warning-fg: #855800;
  --callout-warning-bg: #fff7dc;
  --callout-caution-fg: #b8202a;
  --callout-caution-bg: #fff1f0;
  --shadow: 0 8px 24px rgba(31, 35, 40, 0.15);
  --font-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji";
  --font-mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  --sidebar-width: 16rem;
  --toc-width: 14rem;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) {
    color-scheme: dark;
    --bg: #0d1117;
    --fg: #e6edf3;
    --muted: #9198a1;
    --border: #3d444d;
    --accent: #4493f8;
    --surface: #151b23;
    --current-bg: #162a40;
    --code-bg: #1f252d;
    --mark-bg: #5c4a00;
    --mark-fg: #f0f6fc;
    --table-head-bg: #212830;
    --table-stripe-bg: #151b23;
    --callout-fg: #9198a1;
    --callout-bg: #151b23;
    --callout-note-fg: #4493f8;
    --callout-note-bg: #121d2f;
    --callout-tip-fg: #3fb950;
    --callout-tip-bg: #122117;
    --callout-important-fg: #ab7df8;
    --callout-important-bg: #1c1730;
    --callout-warning-fg: #d29922;
    --callout-warning-bg: #231e12;
    --callout-caution-fg: #f85149;
    --callout-caution-bg: #2a1417;
    --shadow: 0 8px 24px rgba(1, 4, 9, 0.8);
  }
}
:root[data-theme="dark"] {
  color-scheme: dark;
  --bg: #0d1117;
  --fg: #e6edf3;
  --muted: #9198a1;
  --border: #3d444d;
  --accent: #4493f8;
  --surface: #151b23;
  --current-bg: #162a40;
  --code-bg: #1f252d;
  --mark-bg: #5c4a00;
  --mark-fg: #f0f6fc;
  --table-head-bg: #212830;
  --table-stripe-bg: #151b23;
  --callout-fg: #9198a1;
  --callout-bg: #151b23;
  --callout-note-fg: #4493f8;
  --callout-note-bg: #121d2f;
  --callout-tip-fg: #3fb950;
  --callout-tip-bg: #122117;
  --callout-important-fg: #ab7df8;
  --callout-important-bg: #1c1730;
  --callout-warning-fg: #d29922;
  --callout-warning-bg: #231e12;
  --callout-caution-fg: #f85149;
  --callout-caution-bg: #2a1417;
  --shadow: 0 8px 24px rgba(1, 4, 9, 0.8);
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
.icon { display: inline-block; flex: none; vertical-align: -0.125em; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
button { font: inherit; color: inherit; }
/* Controls that need JavaScript stay hidden without it (layout.mustache adds
   .js to <html> before the page paints, so nothing moves when they appear). */
html:not(.js) .theme-toggle, html:not(.js) .nav-expander { display: none; }

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
.site-title { color: var(--fg); font-weight: 700; font-size: 1.125rem; text-decoration: none; margin-right: auto; white-space: nowrap; }
.site-title:hover { color: var(--accent); }

/* Dark mode toggle: the moon in light mode, the sun in dark mode */
.theme-toggle {
  display: inline-flex; align-items: center; justify-content: center; flex: none;
  width: 2.25rem; height: 2.25rem; padding: 0; cursor: pointer;
  background: transparent; border: 1px solid var(--border); border-radius: 6px;
}
.theme-toggle:hover { color: var(--accent); border-color: var(--accent); }
.theme-toggle .icon-sun { display: none; }
:root[data-theme="dark"] .theme-toggle .icon-sun { display: inline-block; }
:root[data-theme="dark"] .theme-toggle .icon-moon { display: none; }
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) .theme-toggle .icon-sun { display: inline-block; }
  :root:not([data-theme="light"]) .theme-toggle .icon-moon { display: none; }
}

/* Search: the box keeps its width, results drop down over the page
   (absolutely positioned, so showing them moves nothing) */
.search { position: relative; flex: 0 1 20rem; min-width: 0; }
.search input#docgen-search {
  display: block; width: 100%; height: 2.25rem; padding: 0.375rem 0.75rem;
  font: inherit; font-size: 0.9375rem; color: var(--fg); background: var(--bg);
  border: 1px solid var(--border); border-radius: 6px;
}
.search input#docgen-search::placeholder { color: var(--muted); opacity: 1; }
.search input#docgen-search:focus-visible { outline: 2px solid var(--accent); outline-offset: 0; border-color: var(--accent); }
.search-results {
  position: absolute; top: calc(100% + 0.25rem); right: 0; z-index: 20;
  width: min(32rem, calc(100vw - 2.5rem)); max-height: min(70vh, 32rem); overflow-y: auto;
  margin: 0; padding: 0.25rem; list-style: none;
  background: var(--bg); border: 1px solid var(--border); border-radius: 6px; box-shadow: var(--shadow);
}
.search-results[hidden], .search-results:empty { display: none; }
.search-result { margin: 0; border-radius: 4px; }
.search-result a { display: block; padding: 0.5rem 0.75rem; color: var(--fg); text-decoration: none; border-radius: 4px; }
.search-result:hover, .search-result a:hover { background: var(--surface); }
.search-result.is-selected, .search-result[aria-selected="true"] { background: var(--current-bg); box-shadow: inset 3px 0 0 var(--accent); }
.search-result p, .search-result small, .search-result-text { display: block; margin: 0.125rem 0 0; color: var(--muted); font-size: 0.875rem; }
.search-result-title, .search-result-heading { font-weight: 600; }
@media (max-width: 49.99rem) {
  /* Narrow screens: the results span the header's width, under it. */
  .site-header { position: relative; gap: 0.75rem; }
  .search { position: static; flex: 1 1 auto; }
  .search-results { top: calc(100% - 0.25rem); left: 0.75rem; right: 0.75rem; width: auto; }
}
mark { background: var(--mark-bg); color: var(--mark-fg); border-radius: 2px; padding: 0 0.1em; }
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

@media (min-width: 50rem) {
  .layout {
    grid-template-columns: var(--sidebar-width) minmax(0, 1fr);
    grid-template-areas: "nav toc" "nav main";
  }
  .sidebar {
    position: sticky; top: 0; max-height: 100vh; overflow-y: auto;
    border-bottom: 0; border-right: 1px solid var(--border);
  }
  .nav-toggle, .nav-toggle-label { display: none; }
  .site-nav { padding-top: 1rem; }
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
.site-nav li { position: relative; }
.site-nav a {
  display: block; padding: 0.25rem 0.5rem; border-radius: 4px;
  color: var(--fg); text-decoration: none; line-height: 1.4;
}
.site-nav a:hover { background: var(--surface); color: var(--accent); }
.site-nav .nav-section > a { font-weight: 600; }
.site-nav .is-ancestor > a { color: var(--accent); }
.site-nav a.current { background: var(--current-bg); color: var(--accent); font-weight: 600; box-shadow: inset 3px 0 0 var(--accent); }
/* Fold a section open towards the current page (docgen.js) */
html.js .site-nav .has-children > a { padding-right: 2rem; }
.nav-expander {
  position: absolute; top: 0; right: 0; width: 1.875rem; height: 1.875rem; padding: 0;
  display: flex; align-items: center; justify-content: center;
  background: transparent; border: 0; border-radius: 4px; cursor: pointer; color: var(--muted);
}
.nav-expander::before {
  content: ""; width: 0.45rem; height: 0.45rem; margin-top: -0.2rem;
  border-right: 2px solid currentColor; border-bottom: 2px solid currentColor; transform: rotate(45deg);
}
.nav-expander[aria-expanded="false"]::before { margin-top: 0; margin-left: -0.2rem; transform: rotate(-45deg); }
.nav-expander:hover { background: var(--surface); color: var(--accent); }

/* Table of contents */
.toc { font-size: 0.875rem; }
.toc-title { margin: 0 0 0.5rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.75rem; }
.toc ul { list-style: none; margin: 0; padding: 0; border-left: 1px solid var(--border); }
.toc li { margin: 0; }
.toc a { display: block; padding: 0.2rem 0.75rem; color: var(--muted); text-decoration: none; line-height: 1.4; }
.toc a:hover { color: var(--accent); }
.toc .toc-indent-1 a { padding-left: 1.5rem; }
.toc a.is-active { color: var(--accent); box-shadow: inset 2px 0 0 var(--accent); font-weight: 600; }

/* Edit this page */
.edit-link { margin: 2.5rem 0 0; font-size: 0.875rem; }
.edit-link a { display: inline-flex; align-items: center; gap: 0.375rem; color: var(--muted); }
.edit-link a:hover { color: var(--accent); }

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
/* Heading anchors (docgen.js): shown on hover and focus */
.heading-anchor {
  margin-left: 0.375rem; padding: 0 0.25rem; color: var(--muted); text-decoration: none; font-weight: 400;
  opacity: 0;
}
.heading-anchor:hover { color: var(--accent); }
:is(h2, h3, h4):hover .heading-anchor, .heading-anchor:focus-visible { opacity: 1; }
@media (hover: none) { .heading-anchor { opacity: 0.6; } }
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
/* Copy button of code blocks (docgen.js wraps each <pre> in .code-block) */
.code-block { position: relative; }
.code-block > pre { margin: 0 0 1rem; }
.code-copy {
  position: absolute; top: 0.5rem; right: 0.5rem; padding: 0.125rem 0.625rem;
  font-size: 0.8125rem; line-height: 1.6; cursor: pointer; color: var(--muted);
  background: var(--bg); border: 1px solid var(--border); border-radius: 4px;
  opacity: 0; transition: opacity 0.15s;
}
.code-block:hover .code-copy, .code-copy:focus-visible, .code-copy.is-copied { opacity: 1; }
.code-copy:hover { color: var(--accent); border-color: var(--accent); }
@media (hover: none) { .code-copy { opacity: 1; } }
kbd { padding: 0.1em 0.4em; border: 1px solid var(--border); border-bottom-width: 2px; border-radius: 4px; }

blockquote { margin-left: 0; padding: 0.25rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
blockquote > :last-child { margin-bottom: 0; }

/* Tables: a wide one scrolls inside the content column (the table is a
   scrolling block around its rows), cells keep the Markdown's alignment. */
table { display: block; width: max-content; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
th, td { padding: 0.4rem 0.75rem; border: 1px solid var(--border); text-align: left; vertical-align: top; }
/* A table too wide for the column is laid out at its cells' narrowest: a
   floor keeps a column of long text from becoming a word a line. */
th, td { min-width: 5rem; }
/* A table of five columns or more is the kind that overflows (API
   parameters): its cells get more room, and its last column, which in such
   tables holds the description, enough for a few words a line. */
table:has(th:nth-child(5)) td { min-width: 7rem; }
table:has(th:nth-child(5)) td:last-child { min-width: min(24rem, 75vw); }
th { background: var(--table-head-bg); font-weight: 600; }
tr:nth-child(2n) td { background: var(--table-stripe-bg); }
th[align="center"], td[align="center"] { text-align: center; }
th[align="right"], td[align="right"] { text-align: right; }

/* Strikethrough */
del { color: var(--muted); text-decoration-thickness: 1px; }

/* Task lists: the checkbox hangs where the bullet was */
article li:has(> input[type="checkbox"]:first-child),
article li:has(> p:first-child > input[type="checkbox"]:first-child) { list-style: none; }
article li > input[type="checkbox"]:first-child,
article li > p:first-child > input[type="checkbox"]:first-child {
  width: 1em; height: 1em; margin: 0 0.2em 0 -1.5em; vertical-align: -0.125em; accent-color: var(--accent);
}

/* Footnotes: references as small superscripts, the notes under a rule at the end */
sup, sub { line-height: 0; }
.footnote-ref a { padding: 0 0.1em; text-decoration: none; }
.footnote-ref a::before { content: "["; content: "[" / ""; }
.footnote-ref a::after { content: "]"; content: "]" / ""; }
[id^="fnref"], .footnotes li { scroll-margin-top: 1rem; }
.footnotes { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); color: var(--muted); font-size: 0.875rem; }
.footnotes ol { padding-left: 1.5rem; }
.footnotes li > p { margin-bottom: 0.5rem; }
.footnotes li:target { color: var(--fg); }
.footnotes li:target > p:first-child { box-shadow: inset 0 -2px 0 var(--accent); }
.footnote-backref { margin-left: 0.25em; text-decoration: none; font-family: var(--font-sans); }

/* Callouts (GitHub alerts and ::: containers): a title line with an icon and
   the colour of their style; an unknown type is neutral. */
.callout {
  --callout-color: var(--callout-fg); --callout-background: var(--callout-bg);
  --callout-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect x='2' y='2.25' width='12' height='11.5' rx='1.5' fill='none' stroke='black' stroke-width='1.5' stroke-linejoin='round'/%3E%3Crect x='4.5' y='5.5' width='7' height='1.5' rx='.75'/%3E%3Crect x='4.5' y='9' width='4.5' height='1.5' rx='.75'/%3E%3C/svg%3E");
  margin: 0 0 1rem; padding: 0.75rem 1rem;
  color: var(--fg); background: var(--callout-background);
  border: 1px solid var(--border); border-left: 4px solid var(--callout-color); border-radius: 6px;
  overflow-wrap: break-word;
}
.callout > :last-child { margin-bottom: 0; }
.callout-title { margin: 0 0 0.5rem; font-weight: 600; line-height: 1.4; color: var(--callout-color); }
.callout-title::before {
  content: ""; display: inline-block; width: 1.125em; height: 1.125em; margin-right: 0.5rem; vertical-align: -0.2em;
  background-color: currentColor; -webkit-mask: var(--callout-icon) center / contain no-repeat;
  mask: var(--callout-icon) center / contain no-repeat; print-color-adjust: exact; -webkit-print-color-adjust: exact;
}
.callout-note { --callout-color: var(--callout-note-fg); --callout-background: var(--callout-note-bg); --callout-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='6.25' fill='none' stroke='black' stroke-width='1.5' stroke-linejoin='round'/%3E%3Crect x='7.25' y='7' width='1.5' height='4.5' rx='.75'/%3E%3Ccircle cx='8' cy='4.9' r='.95'/%3E%3C/svg%3E"); }
.callout-tip { --callout-color: var(--callout-tip-fg); --callout-background: var(--callout-tip-bg); --callout-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M8 1.5a4.25 4.25 0 0 0-2.5 7.7c.5.4.75.9.75 1.5v.55h3.5V10.7c0-.6.25-1.1.75-1.5A4.25 4.25 0 0 0 8 1.5z' fill='none' stroke='black' stroke-width='1.5' stroke-linejoin='round'/%3E%3Crect x='5.75' y='13' width='4.5' height='1.5' rx='.75'/%3E%3C/svg%3E"); }
.callout-important { --callout-color: var(--callout-important-fg); --callout-background: var(--callout-important-bg); --callout-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M2.5 2.25h11c.4 0 .75.35.75.75v7.5c0 .4-.35.75-.75.75H8.25l-3.5 2.75v-2.75H2.5a.75.75 0 0 1-.75-.75V3c0-.4.35-.75.75-.75z' fill='none' stroke='black' stroke-width='1.5' stroke-linejoin='round'/%3E%3Crect x='7.25' y='3.9' width='1.5' height='3.6' rx='.75'/%3E%3Ccircle cx='8' cy='9.1' r='.9'/%3E%3C/svg%3E"); }
.callout-warning { --callout-color: var(--callout-warning-fg); --callout-background: var(--callout-warning-bg); --callout-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M8 1.9 14.6 13.75H1.4z' fill='none' stroke='black' stroke-width='1.5' stroke-linejoin='round'/%3E%3Crect x='7.25' y='6' width='1.5' height='4' rx='.75'/%3E%3Ccircle cx='8' cy='11.75' r='.9'/%3E%3C/svg%3E"); }
.callout-caution { --callout-color: var(--callout-caution-fg); --callout-background: var(--callout-caution-bg); --callout-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M5.3 1.75h5.4l3.55 3.55v5.4l-3.55 3.55H5.3L1.75 10.7V5.3z' fill='none' stroke='black' stroke-width='1.5' stroke-linejoin='round'/%3E%3Crect x='7.25' y='4.4' width='1.5' height='4.5' rx='.75'/%3E%3Ccircle cx='8' cy='11' r='.9'/%3E%3C/svg%3E"); }
.callout pre { background: var(--bg); }
@media (forced-colors: active) {
  .callout-title::before { forced-color-adjust: none; background-color: CanvasText; }
}

/* Section index */
.section-pages { list-style: none; padding: 0; margin-top: 2rem; }
.section-pages:empty { display: none; }
.section-pages li { padding: 0.75rem 0; border-top: 1px solid var(--border); margin: 0; }
.section-pages a { font-weight: 600; }
.section-pages p { margin: 0.25rem 0 0; color: var(--muted); }
.section-pages p:empty { display: none; }

@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; scroll-behavior: auto !important; }
}

@media print {
  /* Paper is light whatever the screen was (the dark palettes' selectors
     are as specific as these, and come earlier). */
  :root, :root:not([data-theme="light"]), :root[data-theme="dark"] {
    color-scheme: light; --bg: #fff; --fg: #000; --muted: #444; --border: #bbb; --surface: #f6f8fa; --code-bg: #f3f3f3;
    --accent: #0969da; --current-bg: #ddf4ff; --mark-bg: #fff8c5; --mark-fg: #000;
    --table-head-bg: #eff2f5; --table-stripe-bg: #f6f8fa; --callout-fg: #444; --callout-bg: #f6f8fa;
    --callout-note-fg: #0757ba; --callout-note-bg: #eef6ff; --callout-tip-fg: #17692f; --callout-tip-bg: #edfaf0;
    --callout-important-fg: #7339c9; --callout-important-bg: #f7f2ff; --callout-warning-fg: #855800;
    --callout-warning-bg: #fff7dc; --callout-caution-fg: #b8202a; --callout-caution-bg: #fff1f0;
  }
  .site-header, .sidebar, .toc-aside, .prevnext, .skip-link, .breadcrumbs, .edit-link, .search,
  .heading-anchor, button { display: none !important; }
  .layout { display: block; max-width: none; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; overflow-wrap: anywhere; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; }
  h1, h2, h3, h4 { break-after: avoid; }
  pre, blockquote, table, img, .callout { break-inside: avoid; }
  /* Paper does not scroll: a wide table wraps its cells instead. */
  table { display: table; width: auto; max-width: 100%; overflow: visible; }
  th, td { overflow-wrap: break-word; }
  th code, td code { overflow-wrap: anywhere; }
  .footnote-backref { display: none; }
}

"""####,
        "static/docgen.js": ####"""
/* docgen default theme: progressive enhancements. The site works without
   this file; it adds the dark mode toggle, foldable sidebar sections, the
   current page scrolled into view, heading anchors, copy buttons on code
   blocks and the table of contents that follows the scroll. No network. */
(function () {
  "use strict";
  var root = document.documentElement;
  var storageKey = "docgen-theme";

  /* Dark mode: layout.mustache's inline script applied the saved choice before
     the first paint; this keeps the toggle's state in step and saves clicks. */
  function setupThemeToggle() {
    var button = document.getElementById("docgen-theme-toggle");
    if (!button) return;
    var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
    function isDark() {
      var chosen = root.getAttribute("data-theme");
      if (chosen === "dark" || chosen === "light") return chosen === "dark";
      return !!(media && media.matches);
    }
    function sync() { button.setAttribute("aria-pressed", isDark() ? "true" : "false"); }
    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(storageKey, next); } catch (e) { /* private mode: this page only */ }
      sync();
    });
    if (media) {
      if (media.addEventListener) media.addEventListener("change", sync);
      else if (media.addListener) media.addListener(sync);
    }
    window.addEventListener("storage", function (event) {
      if (event.key !== storageKey) return;
      if (event.newValue === "dark" || event.newValue === "light") root.setAttribute("data-theme", event.newValue);
      else root.removeAttribute("data-theme");
      sync();
    });
    sync();
  }

  /* Sidebar: each open section gets a button that folds its pages. */
  function setupNav() {
    var nav = document.getElementById("docgen-site-nav");
    if (!nav) return;
    var buttons = nav.querySelectorAll(".nav-expander");
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      var list = button.nextElementSibling;
      if (!list || list.tagName !== "UL") continue;
      if (!list.id) list.id = "docgen-nav-children-" + i;
      button.setAttribute("aria-controls", list.id);
      button.addEventListener("click", function (event) {
        var self = event.currentTarget;
        var children = document.getElementById(self.getAttribute("aria-controls"));
        var open = self.getAttribute("aria-expanded") !== "true";
        self.setAttribute("aria-expanded", open ? "true" : "false");
        children.hidden = !open;
      });
    }
    scrollCurrentIntoView(nav);
  }

  /* Scrolls the sidebar (not the page) so that the current page's item shows. */
  function scrollCurrentIntoView(nav) {
    var current = nav.querySelector('[aria-current="page"]');
    var box = nav.closest(".sidebar");
    if (!current || !box || box.scrollHeight <= box.clientHeight) return;
    var boxRect = box.getBoundingClientRect();
    var itemRect = current.getBoundingClientRect();
    if (itemRect.top >= boxRect.top && itemRect.bottom <= boxRect.bottom) return;
    box.scrollTop += itemRect.top - boxRect.top - (box.clientHeight - itemRect.height) / 2;
  }

  /* A "#" link beside every h2-h4 that has an id. */
  function setupHeadingAnchors(main) {
    var headings = main.querySelectorAll("h2[id], h3[id], h4[id]");
    for (var i = 0; i < headings.length; i++) {
      var heading = headings[i];
      if (heading.querySelector(".heading-anchor")) continue;
      var anchor = document.createElement("a");
      anchor.className = "heading-anchor";
      anchor.href = "#" + heading.id;
      anchor.setAttribute("aria-label", "Link to this section");
      anchor.textContent = "#";
      heading.appendChild(anchor);
    }
  }

  /* "Copy" on every code block; says "Copied" for a moment. */
  function setupCopyButtons(main) {
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    var blocks = main.querySelectorAll("pre > code");
    if (!blocks.length) return;
    document.body.appendChild(status);
    for (var i = 0; i < blocks.length; i++) {
      var pre = blocks[i].parentNode;
      if (pre.parentNode.classList && pre.parentNode.classList.contains("code-block")) continue;
      var wrapper = document.createElement("div");
      wrapper.className = "code-block";
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(pre);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "code-copy";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy code to clipboard");
      wrapper.appendChild(button);
    }
    main.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest(".code-copy") : null;
      if (!button) return;
      var code = button.parentNode.querySelector("pre > code");
      copyText(code ? code.textContent.replace(/\n$/, "") : "").then(
        function () { flash(button, "Copied", "Copied to clipboard"); },
        function () { flash(button, "Copy failed", "Could not copy: select the code and copy it"); }
      );
    });
    function flash(button, text, message) {
      button.textContent = text;
      button.classList.add("is-copied");
      status.textContent = message;
      clearTimeout(button.docgenTimer);
      button.docgenTimer = setTimeout(function () {
        button.textContent = "Copy";
        button.classList.remove("is-copied");
        status.textContent = "";
      }, 2000);
    }
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return legacyCopy(text);
  }

  /* For file:// and plain-http sites, where navigator.clipboard is missing. */
  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.top = "0";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      document.body.removeChild(area);
      if (done) resolve(); else reject(new Error("copy failed"));
    });
  }

  /* The table of contents marks the section being read. */
  function setupTocSpy(main) {
    var toc = document.querySelector(".toc");
    if (!toc || !("IntersectionObserver" in window)) return;
    var links = toc.querySelectorAll('a[href^="#"]');
    var entries = [];
    for (var i = 0; i < links.length; i++) {
      var id = links[i].getAttribute("href").slice(1);
      var heading = document.getElementById(id);
      if (!heading) {
        try { heading = document.getElementById(decodeURIComponent(id)); } catch (e) { heading = null; }
      }
      if (heading) entries.push({ link: links[i], heading: heading });
    }
    if (!entries.length) return;
    var active = null;
    function update() {
      var line = window.innerHeight * 0.25;
      var current = entries[0];
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].heading.getBoundingClientRect().top <= line) current = entries[i];
        else break;
      }
      // At the very bottom the last headings may never reach the line.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
        current = entries[entries.length - 1];
      }
      if (current === active) return;
      if (active) {
        active.link.classList.remove("is-active");
        active.link.removeAttribute("aria-current");
      }
      active = current;
      active.link.classList.add("is-active");
      active.link.setAttribute("aria-current", "location");
    }
    var observer = new IntersectionObserver(update, { rootMargin: "0px 0px -70% 0px", threshold: [0, 1] });
    for (var j = 0; j < entries.length; j++) observer.observe(entries[j].heading);
    window.addEventListener("scroll", function () {
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) update();
    }, { passive: true });
    update();
  }

  function start() {
    setupThemeToggle();
    setupNav();
    var main = document.getElementById("docgen-main");
    if (main) {
      setupHeadingAnchors(main);
      setupCopyButtons(main);
      setupTocSpy(main);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

"""####,
        "static/search.js": ####"""
/* docgen search: loads search-index.json on first use and searches it in the
   browser. No dependencies, no external service: it works from any static host.
   Index: {"version":1,"pages":[{"t":title,"u":url,"s":[heading,anchor,text,...]}]};
   the first section (empty heading) is the top of the page, an empty anchor
   of a heading is the heading's own slug. */
(function () {
  "use strict";

  var box = document.querySelector(".search[data-index]");
  var input = document.getElementById("docgen-search");
  var list = document.getElementById("docgen-search-results");
  if (!box || !input || !list) return;

  var MAX_RESULTS = 10;
  var PER_PAGE = 3;
  var entries = null; // one per section: {page, title, url, heading, anchor, text, and lowercase copies}
  var loading = null;
  var results = [];
  var selected = -1;
  var timer = 0;
  var lastQuery = null;

  // Results float over the page (no layout shift), unless the stylesheet already placed them.
  if (window.getComputedStyle) {
    if (getComputedStyle(box).position === "static") box.style.position = "relative";
    if (getComputedStyle(list).position === "static") {
      list.style.position = "absolute";
      list.style.zIndex = "10";
    }
  }

  /* The slug search-index.json leaves out: GitHub style, for ASCII headings. */
  function slug(text) {
    return text.toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-");
  }

  function load() {
    if (loading) return loading;
    loading = fetch(box.getAttribute("data-index"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (index) {
        entries = [];
        (index.pages || []).forEach(function (page, pageNumber) {
          var sections = page.s || [];
          if (sections.length === 0 || sections[0] !== "") sections = ["", "", ""].concat(sections);
          for (var i = 0; i + 2 < sections.length; i += 3) {
            var heading = sections[i];
            var anchor = sections[i + 1] || (heading ? slug(heading) : "");
            entries.push({
              page: pageNumber,
              title: page.t,
              url: page.u,
              heading: heading,
              anchor: anchor,
              text: sections[i + 2],
              lowTitle: page.t.toLowerCase(),
              lowHeading: heading.toLowerCase(),
              lowText: sections[i + 2].toLowerCase(),
            });
          }
        });
      })
      .catch(function () {
        entries = null;
        loading = null;
        showMessage("Search is not available.");
      });
    return loading;
  }

  function isWordChar(character) {
    return /[0-9A-Za-z\u00C0-\uFFFF_]/.test(character);
  }

  /* How well `term` matches `text` (lowercase): 3 a whole word, 2 a word's
     start, 1 inside a word, 0 not at all. */
  function matchKind(text, term) {
    var best = 0;
    var at = text.indexOf(term);
    while (at !== -1) {
      var starts = at === 0 || !isWordChar(text.charAt(at - 1));
      if (starts) {
        var end = at + term.length;
        if (end === text.length || !isWordChar(text.charAt(end))) return 3;
        best = 2;
      } else if (best === 0) {
        best = 1;
      }
      at = text.indexOf(term, at + 1);
    }
    return best;
  }

  // Title before heading before text; whole words and word starts before the middle of words.
  var WEIGHTS = { title: [0, 30, 90, 100], heading: [0, 12, 40, 45], text: [0, 2, 8, 10] };

  function search(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0 || !entries) return [];
    var scored = [];
    var titleScores = [];
    var scoredPage = -1;
    for (var e = 0; e < entries.length; e++) {
      var entry = entries[e];
      if (entry.page !== scoredPage) {
        scoredPage = entry.page;
        for (var s = 0; s < terms.length; s++) titleScores[s] = WEIGHTS.title[matchKind(entry.lowTitle, terms[s])];
      }
      var total = 0;
      var inSection = false;
      for (var t = 0; t < terms.length; t++) {
        var inTitle = titleScores[t];
        var inHeading = entry.heading ? WEIGHTS.heading[matchKind(entry.lowHeading, terms[t])] : 0;
        var inText = WEIGHTS.text[matchKind(entry.lowText, terms[t])];
        var best = Math.max(inTitle, inHeading, inText);
        if (best === 0) {
          total = 0;
          break;
        }
        if (inHeading > 0 || inText > 0) inSection = true;
        total += best + (inHeading > 0 && inTitle > 0 ? inHeading / 4 : 0);
      }
      if (total === 0) continue;
      // A page whose title matches is found once, at its top, unless a section matches too.
      var top = entry.heading === "";
      if (!inSection && !top) continue;
      scored.push({ entry: entry, score: total + (top ? 1 : 0), order: e });
    }
    scored.sort(function (a, b) {
      return b.score - a.score || a.order - b.order;
    });
    var picked = [];
    var perPage = {};
    for (var i = 0; i < scored.length && picked.length < MAX_RESULTS; i++) {
      var page = scored[i].entry.page;
      perPage[page] = (perPage[page] || 0) + 1;
      if (perPage[page] <= PER_PAGE) picked.push(scored[i].entry);
    }
    picked.terms = terms;
    return picked;
  }

  /* Appends `text` to `parent`, each match of a term wrapped in <mark>: text nodes only. */
  function appendMarked(parent, text, terms) {
    var low = text.toLowerCase();
    if (low.length !== text.length) {
      parent.appendChild(document.createTextNode(text));
      return;
    }
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var length = 0;
      for (var t = 0; t < terms.length; t++) {
        var found = low.indexOf(terms[t], at);
        if (found !== -1 && (next === -1 || found < next || (found === next && terms[t].length > length))) {
          next = found;
          length = terms[t].length;
        }
      }
      if (next === -1) {
        parent.appendChild(document.createTextNode(text.slice(at)));
        break;
      }
      if (next > at) parent.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      parent.appendChild(mark);
      at = next + length;
    }
  }

  function href(entry) {
    return entry.url + (entry.anchor ? "#" + encodeURIComponent(entry.anchor) : "");
  }

  function open() {
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
  }

  function showMessage(text) {
    clear();
    results = [];
    selected = -1;
    input.removeAttribute("aria-activedescendant");
    var item = document.createElement("li");
    item.className = "search-message";
    item.setAttribute("role", "presentation");
    item.textContent = text;
    list.appendChild(item);
    open();
  }

  function render(found) {
    clear();
    results = found;
    selected = found.length ? 0 : -1;
    found.forEach(function (entry, number) {
      var item = document.createElement("li");
      item.className = "search-result";
      item.id = "docgen-search-result-" + number;
      item.setAttribute("role", "option");
      var link = document.createElement("a");
      link.href = href(entry);
      link.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "search-result-title";
      appendMarked(title, entry.title, found.terms);
      link.appendChild(title);
      if (entry.heading) {
        var heading = document.createElement("span");
        heading.className = "search-result-heading";
        appendMarked(heading, entry.heading, found.terms);
        link.appendChild(document.createTextNode(" \u203A "));
        link.appendChild(heading);
      }
      if (entry.text) {
        var snippet = document.createElement("span");
        snippet.className = "search-result-text";
        appendMarked(snippet, entry.text + "\u2026", found.terms);
        link.appendChild(snippet);
      }
      item.appendChild(link);
      item.addEventListener("mousemove", function () {
        if (selected !== number) select(number);
      });
      list.appendChild(item);
    });
    select(selected);
    open();
  }

  function select(number) {
    selected = number;
    var items = list.querySelectorAll(".search-result");
    for (var i = 0; i < items.length; i++) {
      var on = i === number;
      items[i].setAttribute("aria-selected", on ? "true" : "false");
      items[i].classList.toggle("is-selected", on);
    }
    if (number >= 0 && items[number]) {
      input.setAttribute("aria-activedescendant", items[number].id);
      if (items[number].scrollIntoView) items[number].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function update() {
    var query = input.value.trim();
    if (query === lastQuery && !list.hidden) return;
    if (!query) {
      lastQuery = query;
      clear();
      results = [];
      close();
      return;
    }
    if (!entries) {
      load().then(function () {
        if (entries) update();
      });
      return;
    }
    lastQuery = query;
    var found = search(query);
    if (found.length) render(found);
    else showMessage("No results for \u201C" + query + "\u201D");
  }

  function go(entry) {
    close();
    window.location.href = href(entry);
  }

  input.addEventListener("focus", function () {
    load();
    if (input.value.trim() && list.firstChild) open();
  });

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 80);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) {
        if (results.length) open();
        else update();
        return;
      }
      if (!results.length) return;
      var step = event.key === "ArrowDown" ? 1 : -1;
      select((selected + step + results.length) % results.length);
    } else if (event.key === "Enter") {
      clearTimeout(timer);
      if (lastQuery !== input.value.trim()) update();
      if (results.length && !list.hidden) {
        event.preventDefault();
        go(results[selected >= 0 ? selected : 0]);
      }
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        input.value = "";
        lastQuery = null;
      } else {
        input.blur();
      }
    }
  });

  // Keep the focus in the box while a result is clicked; the link then navigates.
  list.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });
  list.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a")) close();
  });

  box.addEventListener("focusout", function (event) {
    if (!box.contains(event.relatedTarget)) close();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
})();

"""####,
    ]
}
