// The root pages (language chooser at / and the root 404): sends a browser to its own language.
// The page's links work without it. Its data is on <html>: data-languages (codes, space-separated),
// data-base-path, and data-not-found on the 404 page. Loaded from a file, never inline, so the
// Content-Security-Policy can forbid inline scripts.
(function () {
  var root = document.documentElement;
  var supported = (root.getAttribute("data-languages") || "").split(" ");
  var base = root.getAttribute("data-base-path") || "/";
  var notFound = root.hasAttribute("data-not-found");
  var target = notFound ? "/404.html" : "/";
  if (notFound) {
    // A static host serves the root 404 for any missing URL: a URL inside a language gets that language's 404.
    var path = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : "";
    var first = path.split("/")[0];
    if (first && supported.indexOf(first) >= 0) { location.replace(base + first + target); return; }
  }
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase().split("-")[0];
    if (code && supported.indexOf(code) >= 0) { location.replace(base + code + target); return; }
  }
})();
