// PICK chart: drag an idea to another quadrant. The page works without this script: each idea
// has a "Move to" list and a button that post the same form. Here a drop sends that form with
// fetch (CSRF token in the X-CSRF-Token header) and moves the idea on the page when the hub
// has saved it; if the request fails, the form is submitted the ordinary way.
(function () {
  "use strict";

  function token() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function refresh(chart) {
    chart.querySelectorAll("[data-quadrant]").forEach(function (quadrant) {
      var count = quadrant.querySelectorAll("[data-item]").length;
      var counter = quadrant.querySelector("[data-count]");
      if (counter) counter.textContent = String(count);
      var empty = quadrant.querySelector("[data-empty]");
      if (empty) empty.hidden = count > 0;
    });
  }

  // The page gives the announcement's words in its own language, with {idea} and {quadrant}
  // where the idea and its new quadrant go (one pass, so an idea's text is never rewritten).
  function announce(chart, idea, quadrant) {
    var status = chart.querySelector("[data-pick-status]");
    if (!status) return;
    var words = status.getAttribute("data-moved") || "{quadrant}";
    status.textContent = words.replace(/\{(idea|quadrant)\}/g, function (_, name) {
      return name === "idea" ? idea : quadrant;
    });
  }

  function move(chart, item, quadrant) {
    var form = item.querySelector("form[data-move]");
    if (!form || item.closest("[data-quadrant]") === quadrant) return;
    var select = form.querySelector('select[name="quadrant"]');
    var code = quadrant.getAttribute("data-quadrant");
    select.value = code;
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "X-CSRF-Token": token(),
        "Accept": "application/json",
        "Content-Type": "application/x-www-form-urlencoded"
      },
      body: body.toString()
    })
      .then(function (response) {
        if (!response.ok) throw new Error("status " + response.status);
        return response.json();
      })
      .then(function (moved) {
        quadrant.querySelector("[data-ideas]").appendChild(item);
        var cycle = item.querySelector("form[data-cycle]");
        if (cycle) cycle.hidden = !(moved.can_become_cycle && chart.getAttribute("data-active") === "true");
        refresh(chart);
        var text = item.querySelector("[data-text]");
        announce(chart, text ? text.textContent : "", moved.label);
        item.focus();
      })
      .catch(function () {
        form.submit();
      });
  }

  function enhance(chart) {
    var dragged = null;
    chart.querySelectorAll("[data-item]").forEach(function (item) {
      if (!item.querySelector("form[data-move]")) return;
      item.setAttribute("draggable", "true");
      item.setAttribute("tabindex", "-1");
      item.addEventListener("dragstart", function (event) {
        dragged = item;
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", item.getAttribute("data-item"));
        item.classList.add("dragging");
      });
      item.addEventListener("dragend", function () {
        item.classList.remove("dragging");
        dragged = null;
      });
    });
    chart.querySelectorAll("[data-quadrant]").forEach(function (quadrant) {
      quadrant.addEventListener("dragover", function (event) {
        if (!dragged) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        quadrant.classList.add("drop-target");
      });
      quadrant.addEventListener("dragleave", function (event) {
        if (!quadrant.contains(event.relatedTarget)) quadrant.classList.remove("drop-target");
      });
      quadrant.addEventListener("drop", function (event) {
        event.preventDefault();
        quadrant.classList.remove("drop-target");
        if (dragged) move(chart, dragged, quadrant);
      });
    });
  }

  function start() {
    document.querySelectorAll("[data-pick]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
