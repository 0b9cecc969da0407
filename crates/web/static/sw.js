// The hub's service worker. It keeps the hub's own scripts and styles, and the last copy of
// the pages a frontline worker opens most (My work, their tasks, their huddle board), so the
// app opens quickly on a poor connection and still shows something without one. Everything
// else goes to the network as usual. Signing out clears what it kept (Clear-Site-Data).
"use strict";

const VERSION = "__VERSION__";
const ASSETS = "lmp-assets-" + VERSION;
const PAGES = "lmp-pages";
const PRECACHE = [
  "/offline",
  "/static/app.css",
  "/static/app.js",
  "/static/live.js",
  "/static/vendor/htmx-2.0.11.min.js",
  "/static/favicon.svg",
];
// Pages worth keeping a copy of: My work, tasks, a team's huddle board.
const KEPT = [/^\/$/, /^\/tasks$/, /^\/teams\/\d+\/huddle$/];
// How long to wait for the network before showing the kept copy.
const PATIENCE_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(ASSETS).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("lmp-assets-") && name !== ASSETS)
            .map((name) => caches.delete(name))
        )
      )
      .then(() => self.clients.claim())
  );
});

function kept(url) {
  return KEPT.some((pattern) => pattern.test(url.pathname));
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });
}

// A kept copy is marked so the page says it is a saved copy when it is shown (app.js).
async function savedCopy(response) {
  const html = await response.text();
  const marked = html.replace('id="offline-note"', 'id="offline-note" data-saved-copy');
  return new Response(marked, {
    status: response.status,
    headers: { "Content-Type": response.headers.get("Content-Type") || "text/html" },
  });
}

async function page(request) {
  const url = new URL(request.url);
  const cache = await caches.open(PAGES);
  const key = url.pathname;
  try {
    const response = await withTimeout(fetch(request), PATIENCE_MS);
    const landed = new URL(response.url);
    if ((response.type === "opaqueredirect" && kept(url)) || landed.pathname === "/signin") {
      // A kept page now sends the reader to sign in (signed out, or the session ended):
      // nothing kept may be shown any more.
      await caches.delete(PAGES);
    } else if (kept(landed) && response.ok) {
      const copy = await savedCopy(response.clone());
      await cache.put(landed.pathname, copy.clone());
      if (/^\/teams\/\d+\/huddle$/.test(landed.pathname)) {
        // The home-screen shortcut /huddle (a redirect, which is not kept) opens the last
        // huddle board seen.
        await cache.put("/huddle", copy);
      }
    }
    return response;
  } catch (error) {
    const copy = await cache.match(key);
    if (copy) {
      return copy;
    }
    const offline = await caches.match("/offline");
    return offline || Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(page(request));
    return;
  }
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(
      caches.match(request).then((hit) => hit || fetch(request))
    );
  }
});

// Web push: show what the hub sent, and open its page when tapped.
self.addEventListener("push", (event) => {
  let notice = { title: "Partnership Hub", body: "", url: "/" };
  try {
    notice = Object.assign(notice, event.data ? event.data.json() : {});
  } catch (error) {
    notice.body = event.data ? event.data.text() : "";
  }
  event.waitUntil(
    self.registration.showNotification(notice.title, {
      body: notice.body,
      icon: "/static/icon-192.png",
      data: { url: notice.url },
      tag: notice.tag,
    })
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = (event.notification.data && event.notification.data.url) || "/";
  event.waitUntil(
    self.clients.matchAll({ type: "window" }).then((windows) => {
      for (const client of windows) {
        if (new URL(client.url).pathname === target && "focus" in client) {
          return client.focus();
        }
      }
      return self.clients.openWindow(target);
    })
  );
});
