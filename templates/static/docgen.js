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
