// "Notifications on this device": subscribes this browser to web push through the service
// worker (static/sw.js) and tells the hub where to send, or stops it.
(function () {
  "use strict";
  var controls = document.getElementById("push-controls");
  if (!controls) {
    return;
  }
  var state = document.getElementById("push-state");
  var enable = document.getElementById("push-enable");
  var disable = document.getElementById("push-disable");
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");

  function say(key) {
    state.textContent = controls.getAttribute(key);
  }

  function keyBytes(base64url) {
    var padded = base64url.replace(/-/g, "+").replace(/_/g, "/");
    while (padded.length % 4) {
      padded += "=";
    }
    var raw = atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      bytes[i] = raw.charCodeAt(i);
    }
    return bytes;
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("the hub answered " + response.status);
      }
    });
  }

  function show(subscription) {
    enable.hidden = !!subscription;
    disable.hidden = !subscription;
    say(subscription ? "data-enabled-text" : "data-disabled-text");
  }

  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
    say("data-unsupported-text");
    return;
  }
  if (Notification.permission === "denied") {
    say("data-denied-text");
    return;
  }

  navigator.serviceWorker.register("/sw.js");
  navigator.serviceWorker.ready
    .then(function (registration) {
      return registration.pushManager.getSubscription().then(function (subscription) {
        show(subscription);
        enable.addEventListener("click", function () {
          Notification.requestPermission()
            .then(function (permission) {
              if (permission !== "granted") {
                say("data-denied-text");
                throw new Error("not allowed");
              }
              return fetch("/push/key", { credentials: "same-origin" });
            })
            .then(function (response) {
              return response.json();
            })
            .then(function (body) {
              return registration.pushManager.subscribe({
                userVisibleOnly: true,
                applicationServerKey: keyBytes(body.key),
              });
            })
            .then(function (subscription) {
              return post("/push/subscriptions", subscription.toJSON()).then(function () {
                window.location.reload();
              });
            })
            .catch(function () {
              if (Notification.permission !== "denied") {
                say("data-unsupported-text");
              }
            });
        });
        disable.addEventListener("click", function () {
          registration.pushManager.getSubscription().then(function (subscription) {
            if (!subscription) {
              show(null);
              return;
            }
            return post("/push/subscriptions/delete", { endpoint: subscription.endpoint })
              .then(function () {
                return subscription.unsubscribe();
              })
              .then(function () {
                window.location.reload();
              });
          });
        });
      });
    })
    .catch(function () {
      say("data-unsupported-text");
    });
})();
