// Small enhancements on top of pages that work without JavaScript.
// Sends the page's CSRF token with every htmx request.
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content");
  }
});

// "Print this tool": the browser's own print dialog (print styles hide the site's frame).
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("[data-print]") : null;
  if (link) {
    event.preventDefault();
    window.print();
  }
});

// Installed on a phone: the service worker keeps the last copy of My work, the tasks and the
// huddle board for a poor connection (static/sw.js).
if ("serviceWorker" in navigator) {
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
  });
}

// A saved copy (marked by the service worker) or a page without a connection says so: its
// changes cannot be sent until the connection is back.
function showConnection() {
  var note = document.getElementById("offline-note");
  if (note) {
    note.hidden = navigator.onLine && !note.hasAttribute("data-saved-copy");
  }
}
window.addEventListener("online", showConnection);
window.addEventListener("offline", showConnection);
document.addEventListener("DOMContentLoaded", showConnection);
