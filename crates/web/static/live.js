// Live meeting pages. The server sends a notice naming the part of the page that changed
// ("agenda", "proposal-40", "all"); the part is fetched again through its normal route and
// swapped in. A part holding the keyboard focus (someone typing) is refreshed when the focus
// leaves it, so nobody loses what they are writing.
(function () {
  var page = document.querySelector("[data-meeting]");
  if (!page || !window.EventSource) { return; }
  var meeting = page.getAttribute("data-meeting");
  var state = document.getElementById("live-state");
  var stale = {};

  function refresh(region) {
    if (region.contains(document.activeElement)) {
      stale[region.id] = true;
      return;
    }
    var src = region.getAttribute("data-src");
    fetch(src, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        region.innerHTML = html;
        region.setAttribute("data-updated", String(Date.now()));
      });
  }

  function changed(part) {
    if (part === "status") { window.location.reload(); return; }
    var regions = document.querySelectorAll("[data-live]");
    var found = false;
    regions.forEach(function (region) {
      var name = region.getAttribute("data-live");
      if (part === "all" || name === part) { found = true; refresh(region); }
    });
    if (!found && part.indexOf("proposal-") === 0) {
      var list = document.getElementById("live-proposals");
      if (list) { refresh(list); }
    }
  }

  document.addEventListener("focusout", function () {
    setTimeout(function () {
      Object.keys(stale).forEach(function (id) {
        var region = document.getElementById(id);
        if (region && !region.contains(document.activeElement)) {
          delete stale[id];
          refresh(region);
        }
      });
    }, 0);
  });

  var source = new EventSource("/meetings/" + meeting + "/live");
  source.addEventListener("ready", function () {
    page.setAttribute("data-live-ready", "1");
    if (state) { state.textContent = "Live: updates from others appear here without reloading."; }
  });
  source.addEventListener("change", function (event) { changed(event.data); });
  source.onerror = function () {
    page.removeAttribute("data-live-ready");
    if (state) { state.textContent = "Reconnecting… (reload the page if this stays)"; }
  };
})();
