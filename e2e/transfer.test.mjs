// Moving a voting ID to a phone with a QR code (docs/WEB.md, "The voting
// ID across devices"): Debian's chromium driven by playwright-core.
// .ci/browser.sh runs it after browser.test.mjs, against the same
//   SCRUTIN_URL=http://127.0.0.1:PORT  OUT=dir-for-screenshots-and-results
//   SCRUTIN_ADMIN_TOKEN_FILE=the server's admin token (to revoke)
//
// Device A (1280×900) registers by postcode and votes, then shows the QR
// code; the test decodes the code from a screenshot of the page (jsQR,
// an independent decoder) and opens the link in a fresh browser, device B
// (360×740, nothing of the site). B checks and keeps the voting ID, the
// fragment is gone from the address and the history, and B revotes: "Mes
// votes" on A shows its ballot replaced. A damaged link and, after a
// revocation, the same link are refused, and nothing is kept. No request
// carries the seed.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import assert from 'node:assert/strict';
import { vote as castVote } from './voting.mjs';

const SCRUTIN = (process.env.SCRUTIN_URL || 'http://127.0.0.1:18080').replace(/\/$/, '');
const VOTE = process.env.SCRUTIN_VOTE || 'demo-hadopi';
const OUT = process.env.OUT || 'out';
const POSTCODE = '92000', DISTRICT = '92-04'; // Nanterre
mkdirSync(OUT, { recursive: true });
const results = { started: new Date().toISOString(), steps: [] };
const t0 = Date.now();
function log(step, extra) {
  results.steps.push({ step, at_ms: Date.now() - t0, ...extra });
  console.log('✓', step, extra ? JSON.stringify(extra) : '');
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const requests = []; // every request of every device: none may carry the seed
async function device(viewport) {
  const ctx = await browser.newContext({ viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500, locale: 'fr-FR' });
  ctx.setDefaultTimeout(30000);
  const page = await ctx.newPage();
  page.on('request', r => requests.push({ url: r.isNavigationRequest() ? r.url().split('#')[0] : r.url(), body: r.postData() || '' }));
  page.on('dialog', d => d.accept());
  return { ctx, page };
}
const shot = (page, name) => page.screenshot({ path: `${OUT}/transfer-${name}.png`, fullPage: true });
const stored = page => page.evaluate(() => JSON.parse(localStorage.getItem('scrutin.credential')));
const vote = (page, choice, notTracking) => castVote(page, SCRUTIN, VOTE, choice, notTracking);
// decodeQR: a screenshot of the QR code as the page shows it, read back
// as pixels in a blank page, decoded by jsQR.
async function decodeQR(page, scratch) {
  const png = await page.locator('#qr-svg').screenshot();
  const { w, h, data } = await scratch.evaluate(async b64 => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    return { w: c.width, h: c.height, data: Array.from(g.getImageData(0, 0, c.width, c.height).data) };
  }, png.toString('base64'));
  const got = jsQR(new Uint8ClampedArray(data), w, h);
  assert.ok(got, 'the QR code on the page decodes');
  return { url: got.data, pixels: `${w}×${h}` };
}
async function refused(url, why) {
  const { ctx, page } = await device({ width: 360, height: 740 });
  await page.goto(url);
  await page.locator('#receive[data-state="refused"]').waitFor();
  const msg = await page.locator('#receive-status').innerText();
  assert.match(msg, why);
  assert.equal(await stored(page), null, 'nothing kept');
  assert.equal(new URL(page.url()).hash, '', 'the fragment is gone even when refused');
  return { ctx, page, msg };
}

let failed = false;
try {
  // 1. Device A registers by postcode, and votes.
  const A = await device({ width: 1280, height: 900 });
  await A.page.goto(`${SCRUTIN}/inscription`);
  await A.page.fill('#commune', POSTCODE);
  await A.page.locator(`#district-choice input[value="${DISTRICT}"]`).waitFor();
  assert.equal(await A.page.locator('#district-choice input:checked').count(), 0, 'nothing preselected');
  await A.page.check(`#district-choice input[value="${DISTRICT}"]`);
  await A.page.click('#register button[type=submit]');
  await A.page.locator('#flow-status', { hasText: 'Inscrit' }).waitFor();
  const credA = await stored(A.page);
  assert.equal(credA.district, DISTRICT);
  const t1 = await vote(A.page, 0);
  log('device A registered by postcode and voted', { postcode: POSTCODE, district: DISTRICT, tracking: t1 });

  // 2. A shows the QR code; its warnings; it decodes to the link.
  await A.page.goto(`${SCRUTIN}/inscription`);
  assert.ok(await A.page.locator('#qr-box').isHidden(), 'the code is hidden until asked for');
  await A.page.click('#qr-show');
  await A.page.locator('#qr-svg').waitFor();
  assert.match(await A.page.locator('#qr-warning').innerText(), /toute personne qui voit ce code peut voter à votre place/);
  assert.match(await A.page.locator('#qr-box').innerText(), /révocation/);
  await shot(A.page, '01-A-qr-code');
  const scratch = await browser.newPage();
  const qr = await decodeQR(A.page, scratch);
  await scratch.close();
  const link = new URL(qr.url);
  assert.equal(link.origin + link.pathname, `${SCRUTIN}/inscription/recevoir`);
  assert.equal(link.hash, `#1.${credA.credential}.${credA.seed}`, 'the link carries the voting ID in its fragment');
  assert.equal(link.search, '');
  await A.page.click('#qr-hide');
  assert.equal(await A.page.locator('#qr-svg').count(), 0, 'hiding the code removes it');
  log('device A shows the QR code; a screenshot of it decodes to the link', { pixels: qr.pixels, length: qr.url.length });

  // 3. Device B, a fresh browser, opens the link.
  const B = await device({ width: 360, height: 740 });
  await B.page.goto(qr.url);
  await B.page.locator('#receive[data-state="kept"]').waitFor();
  assert.equal(new URL(B.page.url()).hash, '', 'the fragment is gone from the address');
  assert.equal(await B.page.locator('#receive-district').innerText(), DISTRICT);
  await shot(B.page, '02-B-received');
  // And from the history: back is the blank tab, forward the page without it.
  const history = [];
  await B.page.goBack();
  history.push(B.page.url());
  await B.page.goForward();
  history.push(B.page.url());
  assert.deepEqual(history, ['about:blank', `${SCRUTIN}/inscription/recevoir`], 'the history holds no fragment');
  const credB = await stored(B.page);
  assert.equal(credB.credential, credA.credential);
  assert.equal(credB.seed, credA.seed);
  assert.equal(credB.district, DISTRICT, 'the constituency comes from the registration');
  assert.equal(credB.log_key, credA.log_key, 'the log key is pinned');
  log('device B kept the voting ID from the link; the fragment left the address and the history');
  // Opened again (the same code scanned twice): already there.
  await B.page.goto('about:blank');
  await B.page.goto(qr.url);
  await B.page.locator('#receive-status', { hasText: 'déjà sur cet appareil' }).waitFor();

  // 4. B revotes; A's ballot is replaced.
  const t2 = await vote(B.page, 1, t1);
  await B.page.goto(`${SCRUTIN}/mes-votes`);
  await B.page.locator(`li[data-tracking="${t2}"][data-state="counted"]`).waitFor();
  await shot(B.page, '03-B-my-votes');
  await A.page.goto(`${SCRUTIN}/mes-votes`);
  await A.page.locator(`li[data-tracking="${t1}"][data-state="replaced"]`).waitFor();
  log('device B revoted: its ballot counts, A\'s is replaced', { tracking: t2 });

  // 4b. A phone that already holds another voting ID: kept only on request.
  const F = await device({ width: 360, height: 740 });
  const otherID = { format: 'scrutin-credential/1', credential: 'ab'.repeat(32), seed: 'cd'.repeat(32), district: '01-01' };
  await F.page.goto(`${SCRUTIN}/inscription/recevoir`);
  await F.page.evaluate(c => localStorage.setItem('scrutin.credential', JSON.stringify(c)), otherID);
  await F.page.goto('about:blank');
  await F.page.goto(qr.url);
  await F.page.locator('#receive-replace').waitFor();
  assert.match(await F.page.locator('#receive-status').innerText(), /Un autre identifiant est déjà sur cet appareil/);
  assert.equal((await stored(F.page)).credential, otherID.credential, 'nothing replaced before the click');
  await F.page.click('#receive-replace');
  await F.page.locator('#receive[data-state="kept"]').waitFor();
  assert.equal((await stored(F.page)).credential, credA.credential);
  await F.ctx.close();
  log('a phone holding another voting ID replaces it only on request');

  // 5. A damaged link: refused, nothing kept.
  const flipped = qr.url.slice(0, -1) + (qr.url.endsWith('0') ? '1' : '0');
  const C = await refused(flipped, /ne correspond pas/);
  await shot(C.page, '04-damaged-link-refused');
  await C.ctx.close();
  const D = await refused(`${SCRUTIN}/inscription/recevoir#1.abc`, /ne contient pas d'identifiant/);
  await D.ctx.close();
  log('a damaged or incomplete link is refused, nothing kept', { message: C.msg });

  // 6. After a revocation, the same link is refused.
  const tokenFile = process.env.SCRUTIN_ADMIN_TOKEN_FILE;
  assert.ok(tokenFile, 'SCRUTIN_ADMIN_TOKEN_FILE is set');
  const token = readFileSync(tokenFile, 'utf8').trim();
  const res = await fetch(`${SCRUTIN}/api/v1/admin/voters/${credA.credential}/revoke`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ reason: 'e2e: QR code seen by someone else' }) });
  assert.equal(res.status, 201, `revoke: ${res.status} ${await res.text()}`);
  const E = await refused(qr.url, /révoqué/);
  await shot(E.page, '05-revoked-link-refused');
  await E.ctx.close();
  log('after a revocation the link is refused');

  for (const r of requests) {
    assert.ok(!r.url.includes(credA.seed) && !r.body.includes(credA.seed), `a request carried the seed: ${r.url}`);
  }
  log('no request carried the seed', { requests: requests.length });
  await A.ctx.close();
  await B.ctx.close();
} catch (e) {
  failed = true;
  console.error('FAIL', e);
} finally {
  results.total_ms = Date.now() - t0;
  results.ok = !failed;
  writeFileSync(`${OUT}/transfer-results.json`, JSON.stringify(results, null, 1));
  await browser.close();
}
console.log(failed ? 'transfer test FAILED' : `transfer test passed in ${results.total_ms} ms`);
process.exit(failed ? 1 : 0);
