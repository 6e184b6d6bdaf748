// First vote on Chromium's throttled mid-range phone profile (docs/bench-web.md):
// DevTools' "Mid-tier mobile" = 4× CPU slowdown (Emulation.setCPUThrottlingRate)
// and "Fast 3G" (DevTools' SDK.NetworkManager.Fast3GConditions: download
// 1.6 Mbit/s × 0.9 = 180 000 B/s, upload 750 kbit/s × 0.9 = 84 375 B/s,
// latency 150 ms × 3.75 = 562.5 ms). Not a CI test: run by hand against a
// running demo server,
//   SCRUTIN_URL=http://127.0.0.1:PORT RUNS=3 node firstvote.bench.mjs
// Each run: a new browser context (empty cache) holding a registered voting
// ID (as if imported or found with a passkey), from the vote page's
// navigation to the receipt shown by the vote page itself (from the
// ballot's answer: no navigation to /recu/…), and the bytes on the wire.
// It fails (exit 1) when the voter's median wait (the page's load, then
// from the submit to the receipt on screen, without the harness's clicking) is over
// MAX_MS (default 3000), or a run downloads more than 500 KB: the targets of docs/bench-web.md. The time
// is wall clock on whatever machine runs it, which is why this is a bench
// run by hand and not a CI test (the CI guard is on bytes: voterjs's
// TestBudget and the browser test).
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';

const SCRUTIN = (process.env.SCRUTIN_URL || 'http://127.0.0.1:18080').replace(/\/$/, '');
const VOTE = process.env.SCRUTIN_VOTE || 'demo-hadopi';
const RUNS = Number(process.env.RUNS || 3);
const FAST3G = { offline: false, downloadThroughput: 1.6 * 1000 * 1000 / 8 * .9, uploadThroughput: 750 * 1000 / 8 * .9, latency: 150 * 3.75 };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
// A registered voting ID (Ed25519, made here), as the page keeps it.
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32).toString('hex');
const credential = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const reg = await fetch(`${SCRUTIN}/api/v1/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ credential, district: '75-01' }) });
assert.ok(reg.ok, `register: HTTP ${reg.status}`);
const cred = JSON.stringify({ format: 'scrutin-credential/1', credential, seed, district: '75-01' });

const runs = [];
for (let i = 0; i < RUNS; i++) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'fr-FR' });
  await ctx.addInitScript(c => { if (!localStorage.getItem('scrutin.credential')) localStorage.setItem('scrutin.credential', c); }, cred);
  // When the voter's clicks reach the page (wall clock, ms since the epoch),
  // so that the harness's own time between them can be told apart.
  await ctx.addInitScript(() => {
    const at = k => () => sessionStorage.setItem(k, String(performance.timeOrigin + performance.now()));
    document.addEventListener('submit', at('submitAt'), true);
    document.addEventListener('click', e => { if (e.target && e.target.id === 'start') at('startAt')(); }, true);
    // When the page shows the receipt (vote.js sets #receipt's
    // data-tracking), and the first frame after it (a task after the next
    // animation frame: the receipt painted), as the page's clock says.
    new MutationObserver(ms => {
      if (sessionStorage.getItem('shownAt') || !ms.some(m => m.target.id === 'receipt')) return;
      at('shownAt')();
      requestAnimationFrame(() => setTimeout(at('paintedAt')));
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-tracking'] });
  });
  const page = await ctx.newPage();
  page.setDefaultTimeout(180000);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0, t0 = 0;
  // Each request's start and end, in ms from the navigation (TIMELINE=1).
  const reqs = new Map();
  cdp.on('Network.requestWillBeSent', e => {
    if (!t0) t0 = e.timestamp;
    reqs.set(e.requestId, { url: e.request.url.replace(SCRUTIN, ''), start: Math.round((e.timestamp - t0) * 1000) });
  });
  cdp.on('Network.loadingFinished', e => {
    bytes += e.encodedDataLength;
    const r = reqs.get(e.requestId);
    if (r) Object.assign(r, { end: Math.round((e.timestamp - t0) * 1000), bytes: e.encodedDataLength });
  });
  const t = Date.now();
  await page.goto(`${SCRUTIN}/votes/${VOTE}`);
  const pageMs = Date.now() - t;
  await page.click('#start');
  await page.check('#choice-0');
  await page.click('#ballot button[type=submit]');
  // The receipt on screen: its tracking code shown by the vote page.
  await page.locator('#receipt[data-tracking]').waitFor();
  const end = Date.now(), ms = end - t;
  assert.match(await page.locator('#tracking').innerText(), /^[0-9a-f]{64}$/);
  assert.ok(bytes > 0);
  // The voter who clicks at once: the page's load, then from the submit to
  // the receipt on screen; the harness's clicking in between is left out.
  const clicks = await page.evaluate(async () => {
    for (let i = 0; i < 100 && !sessionStorage.getItem('paintedAt'); i++) await new Promise(r => setTimeout(r, 20));
    const n = k => Number(sessionStorage.getItem(k));
    return { start: n('startAt'), submit: n('submitAt'), shown: n('shownAt'), painted: n('paintedAt') };
  });
  const afterSubmit = Math.round(end - clicks.submit);
  runs.push({ page_ms: pageMs, to_receipt_ms: ms, bytes_before_receipt: bytes, harness_clicks_ms: Math.round(clicks.submit - t - pageMs),
    submit_to_receipt_ms: afterSubmit, voter_wait_ms: pageMs + afterSubmit,
    // The same seen by the page itself: submit → receipt in the DOM, and
    // → its first frame; the harness (Playwright polling a throttled page
    // over the DevTools protocol) notices it later.
    page_submit_to_shown_ms: Math.round(clicks.shown - clicks.submit), page_submit_to_painted_ms: Math.round(clicks.painted - clicks.submit) });
  // The ballot's encryption in the page, as vote.js timed it.
  runs[runs.length - 1].encrypt_ms = await page.evaluate(() => {
    const all = JSON.parse(localStorage.getItem('scrutin.receipts') || '{}');
    return Math.round(all[document.getElementById('tracking').textContent]?.ms ?? -1);
  });
  if (process.env.TIMELINE) runs[runs.length - 1].timeline = [...reqs.values()];
  console.log(JSON.stringify(runs[runs.length - 1]));
  // Let the vote page finish the receipt's check before closing: Chromium can
  // hang closing a context mid-load under throttling.
  await page.waitForFunction(() => { const c = document.getElementById('check'); return c && c.dataset.result; }, null, { timeout: 60000 }).catch(() => {});
  await ctx.close();
}
await browser.close();
const median = xs => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = { profile: 'Fast 3G + 4x CPU', median_to_receipt_ms: median(runs.map(r => r.to_receipt_ms)),
  median_voter_wait_ms: median(runs.map(r => r.voter_wait_ms)),
  median_voter_wait_page_clock_ms: median(runs.map(r => r.page_ms + r.page_submit_to_painted_ms)),
  max_bytes: Math.max(...runs.map(r => r.bytes_before_receipt)), load1: (await import('node:os')).loadavg()[0], runs };
console.log(JSON.stringify(summary));
const MAX_MS = Number(process.env.MAX_MS || 3000);
assert.ok(summary.max_bytes <= 500 * 1000, `a first vote downloads ${summary.max_bytes} B, budget 500 KB`);
// The target is the voter's wait (the page's load, then submit → receipt
// on screen); the harness's clicking is reported (to_receipt_ms) but is not the
// page's doing.
assert.ok(summary.median_voter_wait_ms <= MAX_MS, `a first vote makes the voter wait ${summary.median_voter_wait_ms} ms (median), budget ${MAX_MS} ms`);
