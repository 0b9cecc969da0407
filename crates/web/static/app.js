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
