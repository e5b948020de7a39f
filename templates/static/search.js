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
