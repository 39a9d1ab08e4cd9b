// Keeps the app's files so it starts without a network once it has been opened. The cache
// name carries the build's fingerprint (set by scripts/web-build), so a new build replaces
// the old files instead of mixing with them. Only this app's own files are cached; nothing
// is sent anywhere.
const CACHE = "jas-cards-BUILD";
const FILES = [
  "./",
  "index.html",
  "jas-cards.js",
  "jas-cards_bg.wasm",
  "manifest.webmanifest",
  "icon.png",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first: the files of one build never change, and a youth-care home's wifi may be gone.
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(
    caches.match(event.request, { ignoreSearch: true })
      .then((hit) => hit || fetch(event.request)),
  );
});
