// Starts Pagefind UI on the search page with the page's localized strings; reads ?q= from the header form.
(function () {
  function start() {
    var config = JSON.parse(document.getElementById("search-config").textContent);
    var ui = new PagefindUI({
      element: "#search",
      bundlePath: config.bundlePath,
      baseUrl: config.baseUrl,
      translations: config.translations,
      showImages: false,
      showSubResults: true,
      autofocus: false
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
