/*
 * Partnerbook default theme: small progressive enhancements, no dependencies, no build step.
 *
 *  1. Task checkboxes (input.task): ticks are saved in localStorage, one entry per page:
 *       "partnerbook:tasks:" + page path  ->  JSON {"task-id": true, ...}
 *     The page is the nearest ancestor's data-task-page (so a /checklists/ index can show and tick
 *     items that belong to other pages), otherwise the current page. An item that the source marked
 *     done ([x]) and the reader unticked is stored as false. [data-task-progress] shows "3 of 12 done"
 *     and [data-task-meter] (a <progress>) a bar, each for its own data-task-page scope (or the whole document).
 *     [data-reset-tasks] clears the ticks of its scope.
 *  2. Review check: [data-review-due="YYYY-MM-DD"] is shown when that date is today or earlier
 *     (local time) and hidden otherwise, whatever the build said; a row of a review list
 *     ([data-review-row]) is marked overdue or due soon instead.
 *  3. Theme: [data-theme-toggle] switches light/dark, stored as "partnerbook:theme" and applied as
 *     <html data-theme>. Until the reader chooses, the system preference is followed. (An inline
 *     script in <head> applies the stored choice before the first paint.)
 *  4. Small screens: [data-nav-toggle] opens and closes the sidebar.
 */
(function () {
  "use strict";

  var TASKS_PREFIX = "partnerbook:tasks:";
  var THEME_KEY = "partnerbook:theme";
  var root = document.documentElement;

  // localStorage may be unavailable (private mode, blocked storage): carry on without it.
  function load(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch (e) { /* ignore */ }
  }
  function all(selector, scope) {
    return Array.prototype.slice.call((scope || document).querySelectorAll(selector));
  }

  /* ---------- 1. Task checkboxes ---------- */

  // "/chapters/x/index.html" and "/chapters/x/" are the same page.
  function normalisePath(path) {
    return path.replace(/index\.html?$/, "") || "/";
  }

  // The page whose state an element reads and writes.
  function taskPage(el) {
    var owner = el.closest("[data-task-page]");
    return normalisePath(owner ? owner.getAttribute("data-task-page") : location.pathname);
  }

  function taskId(input) {
    return input.getAttribute("data-task") || input.id;
  }

  function readTasks(page) {
    try {
      var state = JSON.parse(load(TASKS_PREFIX + normalisePath(page)));
      return state && typeof state === "object" ? state : {};
    } catch (e) {
      return {};
    }
  }

  function writeTasks(page, state) {
    var key = TASKS_PREFIX + normalisePath(page);
    save(key, Object.keys(state).length ? JSON.stringify(state) : null);
  }

  // Apply stored ticks to every task on the page, then refresh the counters.
  function restoreTasks() {
    var states = {};
    all("input.task").forEach(function (input) {
      var page = taskPage(input);
      var state = states[page] || (states[page] = readTasks(page));
      var id = taskId(input);
      input.checked = id in state ? state[id] === true : input.defaultChecked;
    });
    updateProgress();
  }

  // The tasks counted by a progress element, meter or reset button.
  function tasksInScope(el) {
    return all("input.task", el.closest("[data-task-page]") || document);
  }

  function updateProgress() {
    all("[data-task-progress]").forEach(function (el) {
      var tasks = tasksInScope(el);
      var done = tasks.filter(function (t) { return t.checked; }).length;
      el.textContent = done + " of " + tasks.length + " done";
    });
    all("[data-task-meter]").forEach(function (el) {
      var tasks = tasksInScope(el);
      var done = tasks.filter(function (t) { return t.checked; }).length;
      el.max = Math.max(tasks.length, 1); // a <progress> element
      el.value = done;
    });
    // Task tool bars stay hidden on pages without tasks.
    all("[data-task-bar]").forEach(function (el) {
      el.hidden = tasksInScope(el).length === 0;
    });
  }

  function onTaskChange(input) {
    var page = taskPage(input);
    var state = readTasks(page);
    var id = taskId(input);
    if (input.checked) state[id] = true;
    else if (input.defaultChecked) state[id] = false;
    else delete state[id];
    writeTasks(page, state);
    restoreTasks(); // keeps copies of the same task (if any) in step
  }

  function resetTasks(button) {
    var tasks = tasksInScope(button);
    var anyTicked = tasks.some(function (t) { return t.checked !== t.defaultChecked; });
    if (anyTicked && !window.confirm("Clear your ticks on this checklist?")) return;
    var pages = {};
    tasks.forEach(function (t) { pages[taskPage(t)] = true; });
    pages[taskPage(button)] = true;
    Object.keys(pages).forEach(function (page) { writeTasks(page, {}); });
    restoreTasks();
  }

  /* ---------- 2. Review check ---------- */

  function todayISO() {
    var d = new Date();
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  // A notice is shown or hidden; a row of a review list ([data-review-row]) stays and is marked
  // "Overdue" or "Due soon" instead (class is-overdue, text of its [data-review-label]).
  function checkReviews() {
    var today = todayISO();
    all("[data-review-due]").forEach(function (el) {
      var due = el.getAttribute("data-review-due").slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) return;
      var isDue = due <= today; // ISO dates compare as strings
      if (!el.hasAttribute("data-review-row")) {
        el.hidden = !isDue;
        return;
      }
      el.classList.toggle("is-overdue", isDue);
      var label = el.querySelector("[data-review-label]");
      if (label) label.textContent = isDue ? "Overdue" : "Due soon";
    });
  }

  /* ---------- 3. Theme ---------- */

  var darkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function currentTheme() {
    return root.getAttribute("data-theme") || (darkQuery && darkQuery.matches ? "dark" : "light");
  }

  function syncThemeToggles() {
    var dark = String(currentTheme() === "dark");
    all("[data-theme-toggle]").forEach(function (b) { b.setAttribute("aria-pressed", dark); });
  }

  function toggleTheme() {
    var next = currentTheme() === "dark" ? "light" : "dark";
    root.setAttribute("data-theme", next);
    save(THEME_KEY, next);
    syncThemeToggles();
  }

  /* ---------- 4. Sidebar on small screens ---------- */

  function toggleNav(button) {
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    var body = document.getElementById(button.getAttribute("aria-controls"));
    if (body) body.classList.toggle("is-open", open);
  }

  /* ---------- Wiring ---------- */

  document.addEventListener("change", function (event) {
    var t = event.target;
    if (t.matches && t.matches("input.task")) onTaskChange(t);
  });

  document.addEventListener("click", function (event) {
    var t = event.target;
    if (!t.closest) return;
    var el;
    if ((el = t.closest("[data-reset-tasks]"))) resetTasks(el);
    else if (t.closest("[data-print]")) window.print();
    else if (t.closest("[data-theme-toggle]")) toggleTheme();
    else if ((el = t.closest("[data-nav-toggle]"))) toggleNav(el);
  });

  // Another tab changed something: follow it.
  window.addEventListener("storage", function (event) {
    if (!event.key) return;
    if (event.key.indexOf(TASKS_PREFIX) === 0) restoreTasks();
    if (event.key === THEME_KEY) {
      if (event.newValue === "light" || event.newValue === "dark") root.setAttribute("data-theme", event.newValue);
      else root.removeAttribute("data-theme");
      syncThemeToggles();
    }
  });

  if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener("change", syncThemeToggles);

  // The script is loaded with defer, so the document is parsed by now.
  restoreTasks();
  checkReviews();
  syncThemeToggles();

  // For later pages (e.g. a /checklists/ index) that need to read another page's ticks.
  window.Partnerbook = { readTasks: readTasks, writeTasks: writeTasks, refreshTasks: restoreTasks };
})();
