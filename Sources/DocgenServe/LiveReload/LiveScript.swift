/// The script `docgen serve` puts before `</body>` of every HTML page, and
/// serves at `/__docgen/live.js`.
///
/// It listens to `/__docgen/events` and, after each `build` event:
/// - reloads the page when its own bytes changed, or a file it uses (an
///   image, a script) changed, keeping the scroll position;
/// - swaps the stylesheets it uses when only they changed (no reload);
/// - reloads a page that was deleted, so the tab shows the 404 page, which
///   offers a link to where the page went when it moved (`data-docgen-moved`);
/// - shows an overlay listing the site's errors (file:line:column, message,
///   the source line, the notes such as "did you mean"), which can be closed
///   and goes away when they are fixed.
/// A `state` event, sent first on every connection, carries the latest build:
/// it catches up with a build that ended while the page was loading, and a
/// page older than a restarted server reloads.
enum LiveScript {
    static let bytes = Array(source.utf8)

    /// The tag put into a page served by build `build`.
    static func tag(build: Int, notFound: Bool = false, movedTo: String? = nil) -> [UInt8] {
        var tag = "<script src=\"/__docgen/live.js\" data-docgen-build=\"\(build)\""
        if notFound { tag += " data-docgen-not-found" }
        if let movedTo { tag += " data-docgen-moved=\"\(escape(movedTo))\"" }
        return Array((tag + "></script>").utf8)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }

    static let source = #"""
        (function () {
          "use strict";
          var script = document.currentScript;
          var pageBuild = Number(script && script.getAttribute("data-docgen-build")) || 0;
          var movedTo = script && script.getAttribute("data-docgen-moved");
          var scrollKey = "docgen-serve-scroll:" + location.pathname;
          var closedKey = "docgen-serve-closed";
          var host = null, root = null, pill = null, banner = null;

          function norm(path) { return path.replace(/\/index\.html$/, "/"); }
          var here = norm(location.pathname);

          // Scroll position kept across our own reloads.
          try {
            var saved = sessionStorage.getItem(scrollKey);
            if (saved) {
              sessionStorage.removeItem(scrollKey);
              var at = JSON.parse(saved), userScrolled = false;
              if ("scrollRestoration" in history) history.scrollRestoration = "manual";
              var restore = function () { if (!userScrolled) window.scrollTo(at.x, at.y); };
              restore();
              requestAnimationFrame(restore);
              window.addEventListener("load", function () { restore(); setTimeout(restore, 50); });
              setTimeout(function () {
                window.addEventListener("wheel", function () { userScrolled = true; }, { once: true });
                window.addEventListener("keydown", function () { userScrolled = true; }, { once: true });
              }, 0);
            }
          } catch (e) {}

          function reload() {
            try { sessionStorage.setItem(scrollKey, JSON.stringify({ x: window.scrollX, y: window.scrollY })); } catch (e) {}
            location.reload();
          }

          function usedFiles() {
            var used = {};
            function add(url) { try { used[norm(new URL(url, location.href).pathname)] = true; } catch (e) {} }
            (performance.getEntriesByType ? performance.getEntriesByType("resource") : []).forEach(function (entry) { add(entry.name); });
            document.querySelectorAll('link[rel~="stylesheet"][href], link[rel~="icon"][href], script[src], img[src]').forEach(function (el) { add(el.href || el.src); });
            return used;
          }

          function swapStylesheets(urls, build) {
            document.querySelectorAll('link[rel~="stylesheet"][href]').forEach(function (link) {
              var url = new URL(link.href, location.href);
              if (urls.indexOf(norm(url.pathname)) < 0) return;
              url.searchParams.set("docgen-build", build);
              var next = link.cloneNode(false);
              next.href = url.href;
              next.onload = next.onerror = function () { link.remove(); };
              link.after(next);
            });
          }

          function apply(data) {
            var changed = (data.changed || []).map(norm), removed = (data.removed || []).map(norm);
            var notFoundPage = !!(script && script.hasAttribute("data-docgen-not-found"));
            if (changed.indexOf(here) >= 0 || removed.indexOf(here) >= 0) return reload();
            if (notFoundPage && changed.some(function (url) { return /\/404\.html$/.test(url); })) return reload();
            var used = usedFiles(), css = [], other = false;
            changed.concat(removed).forEach(function (url) {
              if (!used[url] || url === here) return;
              if (/\.css$/i.test(url)) css.push(url);
              else if (!/\.json$/i.test(url)) other = true;
            });
            if (other) return reload();
            if (css.length) swapStylesheets(css, data.build);
            pageBuild = data.build;
            showErrors(data);
          }

          // The error overlay, in a shadow root so the site's styles leave it alone.
          var style =
            ":host{all:initial}" +
            ".panel{position:fixed;inset:auto 16px 16px 16px;max-height:60vh;overflow:auto;z-index:2147483647;" +
            "background:#1e1e1e;color:#f3f3f3;border:2px solid #e5484d;border-radius:8px;padding:12px 16px;" +
            "font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 8px 32px rgba(0,0,0,.45)}" +
            ".head{display:flex;justify-content:space-between;align-items:center;gap:12px;margin-bottom:8px;font-weight:bold;color:#ff8589}" +
            "button{font:inherit;cursor:pointer;background:#333;color:#f3f3f3;border:1px solid #666;border-radius:4px;padding:2px 10px}" +
            ".item{border-top:1px solid #444;padding:8px 0}.loc{color:#8ab4f8}.code{color:#aaa}" +
            "pre{margin:6px 0;padding:6px 8px;background:#111;border-radius:4px;overflow:auto;white-space:pre}" +
            ".note{color:#c8e1a8}.pill{position:fixed;right:16px;bottom:16px;z-index:2147483647;background:#e5484d;" +
            "color:#fff;border:0;border-radius:999px;padding:6px 14px;font:bold 13px system-ui,sans-serif}" +
            ".banner{position:fixed;left:0;right:0;top:0;z-index:2147483647;background:#fff3c4;color:#3b2f00;" +
            "padding:10px 16px;font:15px system-ui,sans-serif;border-bottom:1px solid #d8c27a}.banner a{color:#0b57d0}";

          function ensureRoot() {
            if (root) return root;
            host = document.createElement("docgen-serve-overlay");
            host.style.all = "initial";
            root = host.attachShadow({ mode: "open" });
            var sheet = document.createElement("style");
            sheet.textContent = style;
            root.appendChild(sheet);
            document.documentElement.appendChild(host);
            return root;
          }

          function el(tag, cls, text) {
            var node = document.createElement(tag);
            if (cls) node.className = cls;
            if (text != null) node.textContent = text;
            return node;
          }

          function clearErrors() {
            if (!root) return;
            root.querySelectorAll(".panel, .pill").forEach(function (node) { node.remove(); });
          }

          function showErrors(data) {
            clearErrors();
            var diagnostics = data.diagnostics || [], sources = data.sources || [], errors = [];
            diagnostics.forEach(function (d, i) { if (d.severity === "error") errors.push({ d: d, source: sources[i] }); });
            if (!errors.length) return;
            var contentSignature = JSON.stringify(errors.map(function (e) { return [e.d.file, e.d.line, e.d.column, e.d.message]; }));
            var closed = null;
            try { closed = sessionStorage.getItem(closedKey); } catch (e) {}
            var r = ensureRoot();
            var title = errors.length + " error" + (errors.length === 1 ? "" : "s");
            if (closed === contentSignature) {
              var reopen = el("button", "pill", title);
              reopen.addEventListener("click", function () {
                try { sessionStorage.removeItem(closedKey); } catch (e) {}
                showErrors(data);
              });
              r.appendChild(reopen);
              return;
            }
            var panel = el("div", "panel");
            panel.setAttribute("role", "alert");
            var head = el("div", "head");
            head.appendChild(el("span", null, "docgen: " + title +
              (data.setup_error ? " \u2014 still serving the last good build" : "")));
            var close = el("button", "close", "\u00d7");
            close.setAttribute("aria-label", "Close");
            close.addEventListener("click", function () {
              try { sessionStorage.setItem(closedKey, contentSignature); } catch (e) {}
              showErrors(data);
            });
            head.appendChild(close);
            panel.appendChild(head);
            errors.slice(0, 100).forEach(function (entry) {
              var d = entry.d, item = el("div", "item");
              var loc = (d.file || "docgen") + (d.line != null ? ":" + d.line + (d.column != null ? ":" + d.column : "") : "");
              item.appendChild(el("div", "loc", loc));
              var msg = el("div", "msg", d.message + " ");
              msg.appendChild(el("span", "code", "[" + d.code + "]"));
              item.appendChild(msg);
              if (entry.source) {
                var text = entry.source.text;
                if (entry.source.caret != null) text += "\n" + " ".repeat(entry.source.caret) + "^";
                item.appendChild(el("pre", "source", text));
              }
              (d.notes || []).forEach(function (note) { item.appendChild(el("div", "note", "= " + note)); });
              panel.appendChild(item);
            });
            if (errors.length > 100) panel.appendChild(el("div", "item", "\u2026 and " + (errors.length - 100) + " more (see the terminal)"));
            r.appendChild(panel);
          }

          function showMoved() {
            if (!movedTo) return;
            var r = ensureRoot();
            banner = el("div", "banner", "This page moved: ");
            var link = el("a", "moved", movedTo);
            link.href = movedTo;
            banner.appendChild(link);
            r.appendChild(banner);
          }

          if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showMoved);
          else showMoved();

          if (!window.EventSource) return;
          var source = new EventSource("/__docgen/events");
          source.addEventListener("state", function (event) {
            var data = JSON.parse(event.data);
            if (data.build < pageBuild) return reload();
            if (data.build > pageBuild) return apply(data);
            showErrors(data);
          });
          source.addEventListener("build", function (event) { apply(JSON.parse(event.data)); });
        })();
        """#
}
