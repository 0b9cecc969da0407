// Live meeting pages. The server sends a notice naming the part of the page that changed
// ("agenda", "proposal-40", "all", "status"); the part is fetched again through its normal
// route and swapped in. Nobody loses what they are writing: a part holding the keyboard focus
// (or being clicked) is refreshed when the focus leaves it — it is marked data-stale until
// then — and whatever was typed or chosen in its fields and not saved yet is put back into the
// refreshed part. A change of the meeting's status reloads the page, unless something unsaved
// is on it; then the page says so instead of throwing it away.
(function () {
  var page = document.querySelector("[data-meeting]");
  if (!page || !window.EventSource) { return; }
  var meeting = page.getAttribute("data-meeting");
  var state = document.getElementById("live-state");
  var stale = {};         // ids of regions to refresh once the focus has left them
  var latest = {};        // the latest request per region: an older answer never wins
  var pointerDown = false;
  var leaving = false;    // a form was submitted: the page is about to be replaced
  var reloadWanted = false;

  function say(text) { if (state) { state.textContent = text; } }

  function fields(root) {
    return root.querySelectorAll("input:not([type=hidden]), textarea, select");
  }

  function changedByHand(field) {
    if (field.type === "checkbox" || field.type === "radio") {
      return field.checked !== field.defaultChecked;
    }
    if (field.tagName === "SELECT") {
      // Without a `selected` option the browser shows the first one.
      var shown = 0;
      Array.prototype.forEach.call(field.options, function (o, i) {
        if (o.defaultSelected) { shown = i; }
      });
      return field.selectedIndex !== shown;
    }
    return field.value !== field.defaultValue;
  }

  // What was typed or chosen under `root` and not saved yet, by field id.
  function unsaved(root) {
    var kept = [];
    fields(root).forEach(function (field) {
      if (field.id && changedByHand(field)) {
        kept.push({ id: field.id, value: field.value, checked: field.checked });
      }
    });
    return kept;
  }

  function putBack(kept) {
    kept.forEach(function (k) {
      var field = document.getElementById(k.id);
      if (!field || field.disabled) { return; }
      if (field.type === "checkbox" || field.type === "radio") { field.checked = k.checked; }
      else { field.value = k.value; }
    });
  }

  function busy(region) {
    return pointerDown || region.contains(document.activeElement);
  }

  function label(region) {
    var section = region.closest("section");
    var heading = section && section.querySelector("h2");
    return heading ? heading.textContent.trim() : "the meeting";
  }

  // Keeps a part as it is while someone works in it, and says so.
  function wait(region) {
    stale[region.id] = true;
    region.setAttribute("data-stale", "1");
    say("Others changed “" + label(region) + "”: it updates when you leave the part you are in, keeping what you wrote.");
  }

  function refresh(region) {
    var id = region.id;
    if (busy(region)) {
      wait(region);
      return;
    }
    var ticket = (latest[id] || 0) + 1;
    latest[id] = ticket;
    fetch(region.getAttribute("data-src"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        // A refresh of the part around this one may have replaced it: look it up again.
        var current = document.getElementById(id);
        if (html === null || latest[id] !== ticket || !current || leaving) { return; }
        if (busy(current)) {
          wait(current);
          return;
        }
        // Nothing changed (a catch-up fetch after connecting): leave the page as it is, so
        // nothing under the reader's finger is replaced for no reason.
        var parsed = document.createElement("template");
        parsed.innerHTML = html;
        if (parsed.innerHTML === current.innerHTML) {
          delete stale[id];
          current.removeAttribute("data-stale");
          return;
        }
        var kept = unsaved(current);
        current.innerHTML = html;
        putBack(kept);
        delete stale[id];
        current.removeAttribute("data-stale");
        current.setAttribute("data-updated", String(Date.now()));
        say("Live. Last update from others: “" + label(current) + "”.");
      })
      .catch(function () { stale[id] = true; });
  }

  // Something is being written on the page, or was and is not saved.
  function writing() {
    var active = document.activeElement;
    var typing = active && page.contains(active) &&
      (active.tagName === "TEXTAREA" ||
       (active.tagName === "INPUT" && !/^(button|submit|reset|checkbox|radio)$/.test(active.type)));
    return typing || unsaved(page).length > 0;
  }

  function reloadWhenSafe() {
    if (leaving) { return; }
    if (!pointerDown && !writing()) { window.location.reload(); return; }
    reloadWanted = true;
    say("The meeting has started or ended. Save or clear what you are writing, then reload the page to see it.");
  }

  function checkStatus() {
    fetch("/meetings/" + meeting + "/part/status", { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (status) {
        if (status !== null && status.trim() !== page.getAttribute("data-status")) { reloadWhenSafe(); }
      })
      .catch(function () {});
  }

  function changed(part) {
    if (leaving) { return; }
    if (part === "status") { reloadWhenSafe(); return; }
    var found = false;
    document.querySelectorAll("[data-live]").forEach(function (region) {
      var name = region.getAttribute("data-live");
      if (part === "all") {
        // The parts inside another are refreshed with it.
        if (!region.parentElement.closest("[data-live]")) { found = true; refresh(region); }
      } else if (name === part) {
        found = true;
        refresh(region);
      }
    });
    if (!found && part.indexOf("proposal-") === 0) {
      var list = document.getElementById("live-proposals");
      if (list) { refresh(list); }
    }
  }

  function catchUp() {
    if (leaving) { return; }
    Object.keys(stale).forEach(function (id) {
      var region = document.getElementById(id);
      if (!region) { delete stale[id]; return; }
      if (!busy(region)) { refresh(region); }
    });
    if (reloadWanted) { reloadWhenSafe(); }
  }

  document.addEventListener("focusout", function () { setTimeout(catchUp, 0); });
  // A click that starts on a part must land on the part it started on.
  document.addEventListener("pointerdown", function () { pointerDown = true; }, true);
  ["pointerup", "pointercancel"].forEach(function (type) {
    document.addEventListener(type, function () {
      pointerDown = false;
      setTimeout(catchUp, 0);
    }, true);
  });
  document.addEventListener("submit", function (event) {
    if (!event.defaultPrevented) { leaving = true; }
  });

  var source = new EventSource("/meetings/" + meeting + "/live");
  source.addEventListener("ready", function () {
    page.setAttribute("data-live-ready", "1");
    if (!reloadWanted) { say("Live: updates from others appear here without reloading."); }
    // Notices sent before the stream was connected (between the page being made and now) or
    // while it was lost never arrive: fetch every part again, and check the meeting's status.
    changed("all");
    checkStatus();
  });
  source.addEventListener("change", function (event) { changed(event.data); });
  source.onerror = function () {
    page.removeAttribute("data-live-ready");
    if (!reloadWanted) { say("Reconnecting… (reload the page if this stays)"); }
  };
})();
