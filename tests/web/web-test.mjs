// Drives the browser build (web-dist/, served on localhost) in Debian's Chromium with real
// touch events: starts a youth sort by touch, sorts three cards by dragging and one by tapping
// a pile, checks the page neither scrolled, zoomed nor selected text, goes offline and reloads
// (the service worker must serve the app), checks that the four placements survived in local
// storage, resumes and places a fifth card on the same measurement, then turns the tablet to
// portrait. Saves screenshots and prints the load timings.
//   node web-test.mjs URL OUT_DIR
import { chromium } from "playwright-core";

const [url, out] = process.argv.slice(2);
const W = 1280, H = 800;
// Where things are at 1280x800 (the same layout as the native app at this size).
const NAME_FIELD = [360, 185], BEGIN = [190, 545], INTRO_BEGIN = [400, 627];
const CARD = [505, 270];
const PILES = [[136, 650], [388, 650], [640, 650], [892, 650], [1144, 650]];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox", "--no-first-run", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
    // WebGL2 on the CPU: there is no GPU on the test machines.
    "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
  ],
});
const context = await browser.newContext({ viewport: { width: W, height: H }, hasTouch: true });
const page = await context.newPage();
const errors = [];
page.on("pageerror", (e) => {
  if (!String(e).includes("Using exceptions for control flow")) errors.push(String(e));
});
page.on("console", (m) => {
  if (m.type() === "error") errors.push(m.text());
});
const cdp = await context.newCDPSession(page);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function fail(why) {
  console.error(`web-test: FAILED: ${why}`);
  if (errors.length) console.error("page errors:\n  " + errors.join("\n  "));
  process.exit(1);
}
async function screen(name, timeout = 120000) {
  try {
    // The page shows why when the app cannot start: stop waiting then.
    await page.waitForFunction((name) => {
      const m = document.getElementById("message");
      if (m && m.textContent.includes("/ JAS cards cannot start")) throw new Error(m.textContent);
      return document.querySelector(`canvas[data-screen="${name}"]`);
    }, name, { timeout });
  } catch (e) {
    if (String(e).includes("cannot start")) fail(String(e));
    const now = await page.getAttribute("canvas", "data-screen").catch(() => null);
    await page.screenshot({ path: `${out}/failed.png` });
    fail(`the ${name} screen did not appear (showing: ${now})`);
  }
  await sleep(600); // let the frame after the change be drawn
}
const touch = (type, points) => cdp.send("Input.dispatchTouchEvent", {
  type, touchPoints: points.map(([x, y]) => ({ x, y, id: 1 })),
});
async function tap([x, y]) {
  await touch("touchStart", [[x, y]]);
  await sleep(60);
  await touch("touchEnd", []);
  await sleep(400);
}
async function drag(from, to, steps = 12) {
  await touch("touchStart", [from]);
  await sleep(50);
  for (let i = 1; i <= steps; i++) {
    const x = from[0] + ((to[0] - from[0]) * i) / steps;
    const y = from[1] + ((to[1] - from[1]) * i) / steps;
    await touch("touchMove", [[x, y]]);
    await sleep(30);
  }
  await touch("touchEnd", []);
  await sleep(600);
}
// The youth's measurements in local storage: { key: text }.
const stored = () => page.evaluate(() => {
  const r = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k.startsWith("jas-cards/measurements/")) r[k] = localStorage.getItem(k);
  }
  return r;
});
const placements = (text) => (text.match(/\bPlace\(/g) || []).length;

const t0 = Date.now();
await page.goto(url);
await screen("start");
const firstScreenMs = Date.now() - t0;
await page.screenshot({ path: `${out}/start.png` });
// The offline copy is in place once the service worker is active.
await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

// The name is typed on a hardware keyboard (a click puts the canvas's focus in the field).
// Typing through the on-screen keyboard path (bevy_egui's hidden text field, which a touch
// focuses) does not reach the field yet in headless Chromium: an open problem of the browser
// build, see README.
await page.mouse.click(...NAME_FIELD);
await sleep(500);
await page.keyboard.type("Web", { delay: 80 });
await sleep(300);
await page.screenshot({ path: `${out}/start-typed.png` });
await tap(BEGIN);
await screen("intro");
await tap(INTRO_BEGIN);
await screen("sort");
const firstCardMs = Date.now() - t0;

// Three cards by dragging (a finger moving in steps), one by tapping a pile.
await drag(CARD, PILES[4]);
await drag(CARD, PILES[3]);
await page.screenshot({ path: `${out}/sort-two.png` });
await drag(CARD, PILES[1]);
await tap(PILES[0]);
await page.screenshot({ path: `${out}/sort-four.png` });

const page_state = await page.evaluate(() => ({
  scrollX: window.scrollX, scrollY: window.scrollY,
  zoom: window.visualViewport ? window.visualViewport.scale : 1,
  selected: String(window.getSelection()),
}));
if (page_state.scrollX || page_state.scrollY) fail(`the page scrolled: ${JSON.stringify(page_state)}`);
if (page_state.zoom !== 1) fail(`the page zoomed: ${page_state.zoom}`);
if (page_state.selected) fail(`text got selected: ${page_state.selected}`);

let before = await stored();
let keys = Object.keys(before);
if (keys.length !== 1) fail(`expected one measurement in local storage, found ${keys.length}`);
const key = keys[0];
if (placements(before[key]) !== 4) fail(`expected 4 placements saved, found ${placements(before[key])}`);

// No network from here on: the app must come from the service worker's copy.
await context.setOffline(true);
await page.reload();
await screen("start");
await page.screenshot({ path: `${out}/after-reload.png` });
const after = await stored();
if (after[key] !== before[key]) fail("the saved sort changed or vanished on reload");

// Resume: the start screen offers the unfinished sort first.
await tap(RESUME());
await screen("sort");
await tap(PILES[2]);
await page.screenshot({ path: `${out}/resumed.png` });
const resumed = await stored();
if (Object.keys(resumed).length !== 1) fail("resuming started a new measurement");
if (placements(resumed[key]) !== 5) fail(`expected 5 placements after resuming, found ${placements(resumed[key])}`);

// Turned to portrait: the canvas still fills the page.
await page.setViewportSize({ width: 800, height: 1280 });
await sleep(1500);
const fills = await page.evaluate(() => {
  const r = document.getElementById("jas-cards").getBoundingClientRect();
  return [r.width, r.height, window.innerWidth, window.innerHeight];
});
if (fills[0] !== fills[2] || fills[1] !== fills[3]) fail(`the canvas does not fill the page: ${fills}`);
await page.screenshot({ path: `${out}/portrait.png` });
if (errors.length) fail("the page reported errors");

console.log("web-test: ok: 3 cards dragged, 1 tapped, no scrolling, zooming or selecting; offline reload kept them; resumed to 5; portrait fills the page");
console.log(`web_first_screen_ms ${firstScreenMs}`);
console.log(`web_first_card_ms ${firstCardMs} (includes the scripted start and intro taps)`);
await browser.close();

function RESUME() { return [80, 170]; }
