#!/usr/bin/env python3
"""`docgen serve` in a real browser: live reload, the error overlay, CSS swaps.

Starts the real `docgen serve` on a free port of 127.0.0.1 over a scratch
site (this repository's theme, copied, plus a long page), and drives headless
Chromium (Debian's `chromium` and `chromium-driver`) through Selenium, editing
the site's files as an author would:

- open a page and scroll down, edit its Markdown: the new text shows without
  a manual reload, at the same scroll position;
- break a link: the overlay names its file:line:column; close it; fix the
  link: the overlay goes;
- change the stylesheet: the style changes without a navigation;
- delete the page: the tab shows the 404 page;
- rename the page: the tab offers a link to where it went.

    swift build && python3 Tests/browser/test_serve.py

Env: DOCGEN (the binary; default: `swift build --show-bin-path`/docgen).
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_theme import REPO, chromium, docgen_binary, free_port  # noqa: E402

from selenium.common.exceptions import JavascriptException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

PARAGRAPHS = "\n\n".join(
    "Paragraph %d of a page long enough to scroll: docs authors write long pages, and a preview that "
    "jumps back to the top on every save loses their place." % n for n in range(1, 121))

LONG_PAGE = """---
title: Long page
---
# Long page

FIRST-VERSION of the opening line.

%s

## The end

Last words.
""" % PARAGRAPHS

OTHER_PAGE = "---\ntitle: Other\n---\n# Other\n\nAnother page.\n"


class ServeInBrowserTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = tempfile.mkdtemp(prefix="docgen-serve-browser-")
        shutil.copytree(os.path.join(REPO, "templates"), os.path.join(cls.root, "templates"))
        os.makedirs(os.path.join(cls.root, "content"))
        cls.write("docgen.yml", "title: Serve test\n")
        cls.write("content/index.md", "---\ntitle: Home\n---\n# Home\n\n[Long](long.md) and [other](other.md).\n")
        cls.write("content/long.md", LONG_PAGE)
        cls.write("content/other.md", OTHER_PAGE)
        cls.port = free_port()
        cls.log = open(os.path.join(cls.root, "serve.log"), "w+")
        cls.server = subprocess.Popen([docgen_binary(), "serve", cls.root, "--port", str(cls.port)],
                                      stdout=cls.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.time() + 120
        while "serving" not in cls.read_log():
            if time.time() > deadline or cls.server.poll() is not None:
                raise RuntimeError("docgen serve did not start:\n" + cls.read_log())
            time.sleep(0.05)
        cls.base = "http://127.0.0.1:%d/" % cls.port
        cls.browser = chromium()

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        cls.server.send_signal(signal.SIGINT)
        status = cls.server.wait(timeout=10)
        cls.log.close()
        shutil.rmtree(cls.root, ignore_errors=True)
        assert status == 0, "Ctrl-C exits with status 0, got %r" % status

    @classmethod
    def write(cls, path, text):
        with open(os.path.join(cls.root, path), "w") as f:
            f.write(text)

    @classmethod
    def read_log(cls):
        cls.log.flush()
        with open(cls.log.name) as f:
            return f.read()

    def open(self, path):
        self.browser.get(self.base + path)
        self.wait(lambda b: b.execute_script("return document.readyState") == "complete")
        # The live script is connected once its stream is open.
        self.wait(lambda b: b.execute_script(
            "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/__docgen/events'))"
            " || document.querySelector('script[data-docgen-build]') !== null"))
        time.sleep(0.3)

    def wait(self, condition, timeout=15):
        # A reload can replace the document between two WebDriver calls.
        return WebDriverWait(self.browser, timeout, ignored_exceptions=[StaleElementReferenceException,
                                                                         JavascriptException]).until(condition)

    def text(self, selector="main"):
        """The element's text, read in one script run (no stale element between calls)."""
        return self.browser.execute_script(
            "var e = document.querySelector(arguments[0]); return e ? e.innerText : '';", selector)

    def status(self, path):
        try:
            with urllib.request.urlopen(self.base + path) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def overlay_text(self):
        return self.browser.execute_script(
            "var h = document.querySelector('docgen-serve-overlay');"
            "var p = h && h.shadowRoot && h.shadowRoot.querySelector('.panel');"
            "return p ? p.textContent : null;")

    def test_1_an_edit_shows_without_a_reload_by_hand_at_the_same_scroll_position(self):
        self.open("long/")
        self.browser.execute_script("window.scrollTo(0, 2400)")
        time.sleep(0.2)
        before = self.browser.execute_script("return window.scrollY")
        self.assertGreater(before, 2000)
        self.write("content/long.md", LONG_PAGE.replace("FIRST-VERSION", "SECOND-VERSION"))
        self.wait(lambda b: "SECOND-VERSION" in self.text())
        self.wait(lambda b: abs(b.execute_script("return window.scrollY") - before) <= 2)
        time.sleep(0.5)  # and it stays there once images and fonts have loaded
        self.assertLessEqual(abs(self.browser.execute_script("return window.scrollY") - before), 2)

    def test_2_a_broken_link_shows_the_overlay_until_it_is_fixed(self):
        self.open("long/")
        self.assertIsNone(self.overlay_text())
        broken = LONG_PAGE.replace("Last words.", "Last words, see [the guide](missing-guide.md).")
        self.write("content/long.md", broken)
        line = broken.split("\n").index("Last words, see [the guide](missing-guide.md).") + 1
        column = len("Last words, see ") + 1
        self.wait(lambda b: self.overlay_text() is not None)
        text = self.overlay_text()
        self.assertIn("content/long.md:%d:%d" % (line, column), text)
        self.assertIn("missing-guide.md", text)
        self.assertIn("[missing-page]", text)
        self.assertIn("Last words, see [the guide](missing-guide.md).", text, "the source line")
        artifacts = os.environ.get("DOCGEN_BROWSER_ARTIFACTS", os.path.join(REPO, ".build", "browser-artifacts"))
        os.makedirs(artifacts, exist_ok=True)
        self.browser.save_screenshot(os.path.join(artifacts, "serve-overlay.png"))
        # Closing it leaves a button to open it again.
        self.browser.execute_script(
            "document.querySelector('docgen-serve-overlay').shadowRoot.querySelector('.close').click()")
        self.assertIsNone(self.overlay_text())
        self.assertTrue(self.browser.execute_script(
            "return !!document.querySelector('docgen-serve-overlay').shadowRoot.querySelector('.pill')"))
        self.write("content/long.md", LONG_PAGE)
        self.wait(lambda b: b.execute_script(
            "var h = document.querySelector('docgen-serve-overlay');"
            "return !h || !h.shadowRoot.querySelector('.panel, .pill');"))
        self.assertIsNone(self.overlay_text())

    def test_3_a_stylesheet_change_applies_without_a_navigation(self):
        self.open("other/")
        self.browser.execute_script("window.docgenMarker = 'same page'")
        css_path = os.path.join(self.root, "templates", "static", "docgen.css")
        with open(css_path) as f:
            css = f.read()
        self.write("templates/static/docgen.css", css + "\nbody { background-color: rgb(1, 2, 3) !important; }\n")
        self.wait(lambda b: b.execute_script("return getComputedStyle(document.body).backgroundColor") == "rgb(1, 2, 3)")
        self.assertEqual(self.browser.execute_script("return window.docgenMarker"), "same page")
        self.write("templates/static/docgen.css", css)
        self.wait(lambda b: b.execute_script("return getComputedStyle(document.body).backgroundColor") != "rgb(1, 2, 3)")
        self.assertEqual(self.browser.execute_script("return window.docgenMarker"), "same page")

    def test_4_a_deleted_page_shows_the_404_page(self):
        self.write("content/doomed.md", "---\ntitle: Doomed\n---\n# Doomed\n\nSoon gone.\n")
        self.wait(lambda b: self.status("doomed/") == 200, timeout=15)
        self.open("doomed/")
        self.assertIn("Soon gone.", self.text("body"))
        os.remove(os.path.join(self.root, "content", "doomed.md"))
        self.wait(lambda b: "Soon gone." not in self.text("body"))
        self.assertTrue(self.browser.execute_script(
            "return document.querySelector('script[data-docgen-not-found]') !== null"), "the 404 page")

    def test_5_a_renamed_page_offers_a_link_to_where_it_went(self):
        self.write("content/moving.md", "---\ntitle: Moving\n---\n# Moving\n\nAbout to move.\n")
        self.wait(lambda b: self.status("moving/") == 200, timeout=15)
        self.open("moving/")
        os.rename(os.path.join(self.root, "content", "moving.md"), os.path.join(self.root, "content", "moved-here.md"))
        self.wait(lambda b: b.execute_script(
            "var h = document.querySelector('docgen-serve-overlay');"
            "var a = h && h.shadowRoot.querySelector('.banner a');"
            "return a ? a.getAttribute('href') : null;") == "/moved-here/")
        self.browser.execute_script(
            "document.querySelector('docgen-serve-overlay').shadowRoot.querySelector('.banner a').click()")
        self.wait(lambda b: b.current_url.endswith("/moved-here/"))
        self.wait(lambda b: "About to move." in self.text())


if __name__ == "__main__":
    unittest.main(verbosity=2)
