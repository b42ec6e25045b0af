/*
 * Partnerbook search: reads the index the build writes, no server and no dependencies.
 *
 *   search/pages.json          {"pages": [[title, url, summary], ...]}   (position = page number)
 *   search/terms/<hex>.json    {"word": [page * 4 + weight, ...], ...}   weight 3 title, 2 heading, 1 body
 *
 * <hex> is the lowercase hex of the UTF-8 bytes of a word's first two characters (code points). Words
 * are runs of letters and digits, lowercased, without accents. A query word of two characters or more loads its
 * shard once and matches every indexed word it begins; a page must match every query word. Pages
 * whose best match is in a title come first, then headings, then body text; then the higher summed
 * weight; then the handbook's own order.
 *
 * The header box ([data-search-box]) shows results as the reader types, as an ARIA combobox. A page
 * with [data-search-page] (/search/?q=...) lists every result for its ?q=.
 */
(function () {
  "use strict";

  var base = document.documentElement.getAttribute("data-base-path") || "/";
  var DROPDOWN_LIMIT = 8;
  var DELAY = 120; // ms after the last keystroke

  /* ---------- The index ---------- */

  // As the build folds the pages' words (Indexes/SearchIndex.swift); final sigma is sigma on both sides.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ς/g, "σ");
  }

  function words(text) {
    return fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  }

  function shardName(word) {
    var bytes = new TextEncoder().encode(Array.from(word).slice(0, 2).join(""));
    return Array.from(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  var cache = {};
  // A missing shard means no word starts that way: an empty object, not an error.
  function fetchJSON(path, missing) {
    if (!(path in cache)) {
      cache[path] = fetch(base + path).then(function (response) {
        if (response.ok) return response.json();
        if (response.status === 404 && missing !== undefined) return missing;
        throw new Error(response.status + " " + path);
      });
      cache[path].catch(function () { delete cache[path]; }); // try again next time
    }
    return cache[path];
  }

  // The distinct query words that can be looked up (two characters or more).
  function queryTerms(query) {
    return words(query).filter(function (w, i, all) {
      return Array.from(w).length >= 2 && all.indexOf(w) === i;
    });
  }

  // Resolves to [{title, url, summary}], best first.
  function search(terms) {
    if (!terms.length) return Promise.resolve([]);
    var shards = terms.map(function (t) { return fetchJSON("search/terms/" + shardName(t) + ".json", {}); });
    return Promise.all([fetchJSON("search/pages.json")].concat(shards)).then(function (loaded) {
      var pages = loaded[0].pages;
      var scores = null; // page number -> {best, total}
      terms.forEach(function (term, i) {
        var shard = loaded[i + 1], found = {};
        Object.keys(shard).forEach(function (word) {
          if (word.indexOf(term) !== 0) return;
          shard[word].forEach(function (posting) {
            var page = Math.floor(posting / 4), weight = posting % 4;
            if (!(found[page] >= weight)) found[page] = weight;
          });
        });
        var next = {};
        Object.keys(found).forEach(function (page) {
          var before = scores ? scores[page] : { best: 0, total: 0 };
          if (before) next[page] = { best: Math.max(before.best, found[page]), total: before.total + found[page] };
        });
        scores = next;
      });
      return Object.keys(scores).map(Number).sort(function (a, b) {
        return scores[b].best - scores[a].best || scores[b].total - scores[a].total || a - b;
      }).map(function (n) {
        return { title: pages[n][0], url: pages[n][1], summary: pages[n][2] };
      });
    });
  }

  /* ---------- Showing results ---------- */

  // The text as nodes, with the part of each word that a query term begins wrapped in <mark>.
  function highlighted(text, terms) {
    var out = document.createDocumentFragment(), last = 0, match;
    var wordPattern = /[\p{L}\p{N}\p{M}]+/gu;
    while ((match = wordPattern.exec(text))) {
      var word = match[0], folded = fold(word);
      var term = terms.filter(function (t) { return folded.indexOf(t) === 0; })
        .sort(function (a, b) { return b.length - a.length; })[0];
      if (!term) continue;
      // How much of the original word the folded term covers (accents fold to nothing).
      var chars = Array.from(word), n = 0, covered = 0;
      while (n < chars.length && covered < term.length) covered += fold(chars[n++]).length;
      while (n < chars.length && fold(chars[n]) === "") n++;
      var end = match.index + chars.slice(0, n).join("").length;
      out.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(match.index, end);
      out.appendChild(mark);
      last = end;
    }
    out.appendChild(document.createTextNode(text.slice(last)));
    return out;
  }

  function element(tag, className, children) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    (children || []).forEach(function (child) {
      el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return el;
  }

  function resultsURL(query) {
    return base + "search/?q=" + encodeURIComponent(query);
  }

  function describe(count, query) {
    if (!count) return "No pages match “" + query + "”.";
    return count + (count === 1 ? " page matches" : " pages match") + " “" + query + "”.";
  }

  /* ---------- The header box: a combobox with a listbox of results ---------- */

  function SearchBox(form) {
    var input = form.querySelector("input[name=q]");
    var panel = form.querySelector(".search__results") || form.appendChild(element("div", "search__results"));
    var listbox = element("div", "search__listbox");
    var message = element("p", "search__message");
    var status = element("p", "visually-hidden");
    var options = [], active = -1, timer = 0, generation = 0;

    listbox.id = "search-listbox";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", "Search results");
    status.setAttribute("role", "status");
    panel.textContent = "";
    panel.appendChild(message);
    panel.appendChild(listbox);
    form.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listbox.id);
    input.setAttribute("aria-expanded", "false");

    function open(isOpen) {
      panel.hidden = !isOpen;
      input.setAttribute("aria-expanded", String(isOpen && options.length > 0));
      if (!isOpen) activate(-1);
    }

    function activate(index) {
      if (options[active]) options[active].setAttribute("aria-selected", "false");
      active = index;
      if (options[active]) {
        options[active].setAttribute("aria-selected", "true");
        options[active].scrollIntoView({ block: "nearest" });
        input.setAttribute("aria-activedescendant", options[active].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function option(href, children, className) {
      var a = element("a", "search-option" + (className ? " " + className : ""), children);
      a.href = href;
      a.id = "search-option-" + options.length;
      a.setAttribute("role", "option");
      a.setAttribute("aria-selected", "false");
      a.tabIndex = -1;
      options.push(a);
      return a;
    }

    function show(query, terms, results) {
      options = [];
      active = -1;
      listbox.textContent = "";
      results.slice(0, DROPDOWN_LIMIT).forEach(function (r) {
        listbox.appendChild(option(r.url, [
          element("span", "search-option__title", [highlighted(r.title, terms)]),
          " ", // so the option's accessible name does not run title and summary together
          element("span", "search-option__summary", [highlighted(r.summary, terms)]),
        ]));
      });
      if (results.length > DROPDOWN_LIMIT) {
        listbox.appendChild(option(resultsURL(query), ["See all " + results.length + " results"], "search-option--all"));
      }
      message.textContent = results.length ? "" : describe(0, query);
      message.hidden = results.length > 0;
      status.textContent = describe(results.length, query);
      open(true);
    }

    function update() {
      var query = input.value.trim(), terms = queryTerms(query), mine = ++generation;
      if (!terms.length) { status.textContent = ""; open(false); return; }
      search(terms).then(function (results) {
        if (mine === generation) show(query, terms, results);
      }, function () {
        if (mine !== generation) return;
        options = [];
        listbox.textContent = "";
        message.textContent = "Search is not available: its index could not be loaded.";
        message.hidden = false;
        open(true);
      });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      var isOpen = !panel.hidden && options.length > 0;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!isOpen) { if (input.value.trim()) update(); return; }
        event.preventDefault();
        // Moving past either end goes back to the text box (-1), then round again.
        var next = active + (event.key === "ArrowDown" ? 1 : -1);
        if (next >= options.length) next = -1;
        if (next < -1) next = options.length - 1;
        activate(next);
      } else if (event.key === "Enter" && isOpen && options[active]) {
        event.preventDefault();
        window.location.href = options[active].href;
      } else if (event.key === "Escape") {
        if (!panel.hidden) { event.preventDefault(); open(false); } else { input.value = ""; }
      }
    });

    // Close when focus or a click goes elsewhere; a click on an option follows its link first.
    form.addEventListener("focusout", function (event) {
      if (!form.contains(event.relatedTarget)) open(false);
    });
    input.addEventListener("focus", function () {
      if (options.length || !message.hidden) open(true);
    });
    listbox.addEventListener("mousedown", function (event) { event.preventDefault(); });
  }

  /* ---------- The results page: /search/?q=... ---------- */

  function ResultsPage(list) {
    var status = document.querySelector("[data-search-status]");
    var form = document.querySelector(".search-page__form");
    var input = form && form.querySelector("input[name=q]");
    var timer = 0, generation = 0;

    function show(query) {
      var terms = queryTerms(query), mine = ++generation;
      if (!terms.length) {
        list.textContent = "";
        if (status) status.textContent = query ? "Type at least two letters." : "";
        return;
      }
      search(terms).then(function (results) {
        if (mine !== generation) return;
        list.textContent = "";
        results.forEach(function (r) {
          var link = element("a", "search-result__title", [highlighted(r.title, terms)]);
          link.href = r.url;
          list.appendChild(element("li", "search-result", [
            element("h2", "search-result__heading", [link]),
            element("p", "search-result__summary", [highlighted(r.summary, terms)]),
            element("p", "search-result__url", [r.url]),
          ]));
        });
        if (status) status.textContent = describe(results.length, query);
      }, function () {
        if (mine === generation && status) status.textContent = "Search is not available: its index could not be loaded.";
      });
    }

    var query = new URLSearchParams(window.location.search).get("q") || "";
    if (input) {
      input.value = query;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var q = input.value.trim();
          history.replaceState(null, "", q ? resultsURL(q) : base + "search/");
          show(q);
        }, DELAY);
      });
    }
    show(query.trim());
  }

  /* ---------- Wiring ---------- */

  Array.prototype.forEach.call(document.querySelectorAll("[data-search-box]"), SearchBox);
  var page = document.querySelector("[data-search-page]");
  if (page) ResultsPage(page);

  // For tests and other scripts: the same search the boxes use.
  window.PartnerbookSearch = { search: function (query) { return search(queryTerms(query)); }, words: words, shardName: shardName };
})();
