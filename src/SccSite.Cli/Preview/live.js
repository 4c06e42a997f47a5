// SccSite preview: reloads this page when a save changed it, and shows build errors over the page.
(function () {
  "use strict";
  var script = document.currentScript;
  var notFound = script && script.hasAttribute("data-not-found");
  var overlay = null;

  function normalize(path) {
    return path.replace(/index\.html$/, "");
  }

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function show(errors) {
    hide();
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-label", "Build errors");
    overlay.id = "sccsite-errors";
    var s = overlay.style;
    s.position = "fixed"; s.inset = "0"; s.zIndex = "2147483647"; s.overflow = "auto";
    s.background = "rgba(20, 24, 31, 0.94)"; s.color = "#fff"; s.padding = "2rem";
    s.font = "15px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
    var title = document.createElement("h2");
    title.textContent = errors.length === 1 ? "The build failed with 1 error" : "The build failed with " + errors.length + " errors";
    title.style.margin = "0 0 1rem"; title.style.color = "#ff8a80"; title.style.font = "bold 20px/1.3 system-ui, sans-serif";
    overlay.appendChild(title);
    var hint = document.createElement("p");
    hint.textContent = "Fix the file and save: this page updates by itself.";
    hint.style.margin = "0 0 1.5rem"; hint.style.color = "#c7ccd4";
    overlay.appendChild(hint);
    var list = document.createElement("ol");
    list.style.margin = "0"; list.style.padding = "0"; list.style.listStyle = "none";
    errors.forEach(function (e) {
      var item = document.createElement("li");
      item.className = "sccsite-error";
      item.style.margin = "0 0 1.25rem"; item.style.padding = "0.75rem 1rem"; item.style.borderLeft = "4px solid #ff8a80"; item.style.background = "#1f242c";
      var where = document.createElement("div");
      where.className = "sccsite-error-location";
      where.textContent = e.file + ":" + e.line + ":" + e.column;
      where.style.color = "#ffd54f"; where.style.fontWeight = "bold";
      var what = document.createElement("div");
      what.className = "sccsite-error-message";
      what.textContent = e.message;
      item.appendChild(where);
      item.appendChild(what);
      if (e.hint) {
        var how = document.createElement("div");
        how.className = "sccsite-error-hint";
        how.textContent = e.hint;
        how.style.color = "#a5d6a7";
        item.appendChild(how);
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    (document.body || document.documentElement).appendChild(overlay);
  }

  var events = new EventSource(script.getAttribute("data-events"));
  // Lets tools (and the browser test) know the page is listening.
  events.onopen = function () { script.setAttribute("data-connected", "true"); };
  events.onmessage = function (message) {
    var m = JSON.parse(message.data);
    if (m.type === "errors") { show(m.errors); return; }
    if (m.type !== "ok") return;
    var here = normalize(location.pathname);
    var mine = m.changed.some(function (path) { return normalize(path) === here; });
    // Reload a page that changed, a page that showed errors (it may be stale), and a 404 when anything changed.
    if (mine || overlay || (notFound && m.changed.length > 0)) location.reload();
  };
})();
