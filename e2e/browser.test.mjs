// Scrutin's end-to-end browser test: Debian's chromium driven by
// playwright-core, axe-core for accessibility. .ci/browser.sh starts the
// platform (scrutin serve -demo) and runs this file with
//   SCRUTIN_URL=http://127.0.0.1:PORT  OUT=dir-for-screenshots-and-results
// It serves the demo host page (demohost/index.html) itself, on another
// origin (http://localhost:OTHER-PORT), and walks a voter through: the
// embedded widget → the platform's vote page → registration (demo) → vote
// → receipt → the receipt checked in the browser → turnout up on the
// widget and the map. Then axe-core on the main pages, the vote page's
// weight, and the time to encrypt a ballot in the browser.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const SCRUTIN = (process.env.SCRUTIN_URL || 'http://127.0.0.1:18080').replace(/\/$/, '');
const VOTE = process.env.SCRUTIN_VOTE || 'demo-hadopi';
const OUT = process.env.OUT || 'out';
const DISTRICT = '75-01';
mkdirSync(OUT, { recursive: true });
const results = { started: new Date().toISOString(), steps: [] };
const t0 = Date.now();
let cred;
function log(step, extra) {
  const e = { step, at_ms: Date.now() - t0, ...extra };
  results.steps.push(e);
  console.log('✓', step, extra ? JSON.stringify(extra) : '');
}

// The demo host: another origin (another port, and "localhost" instead of
// 127.0.0.1).
const hostHTML = readFileSync(new URL('./demohost/index.html', import.meta.url), 'utf8')
  .replaceAll('{{SCRUTIN}}', SCRUTIN).replaceAll('{{VOTE}}', VOTE);
const host = createServer((req, res) => {
  if (req.url !== '/' && req.url !== '/index.html') { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(hostHTML);
});
await new Promise(r => host.listen(0, '127.0.0.1', r));
const HOST = `http://localhost:${host.address().port}`;
assert.notEqual(new URL(HOST).origin, new URL(SCRUTIN).origin);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR' });
  ctx.setDefaultTimeout(30000);
  const shot = (page, name) => page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });

  // 1. The demo host page on another origin, with the widget.
  const hostPage = await ctx.newPage();
  await hostPage.goto(HOST);
  const widget = hostPage.frameLocator(`iframe[src^="${SCRUTIN}/embed/"]`).first();
  await widget.locator('#vote-button').waitFor();
  const before = Number(await widget.locator('#total').textContent());
  // The frame's title is the vote's question, its height its content's
  // (the widget posts both; embed.js sets them).
  const frameEl = hostPage.locator(`iframe[src^="${SCRUTIN}/embed/"]`).first();
  await hostPage.waitForFunction(() => /^Approuvez/.test(document.querySelector('iframe[src*="/embed/"]').title));
  const inner = await widget.locator('html').evaluate(e => Math.ceil(e.getBoundingClientRect().height));
  await hostPage.waitForFunction(h => Number(document.querySelector('iframe[src*="/embed/"]').height) === h, inner);
  const frameHeight = Number(await frameEl.getAttribute('height'));
  // An unknown vote: a card the host can frame, not a broken frame.
  await hostPage.evaluate(u => { const f = document.createElement('iframe'); f.id = 'unknown'; f.title = 'unknown'; f.src = u; document.body.appendChild(f); }, `${SCRUTIN}/embed/no-such-vote`);
  await hostPage.frameLocator('#unknown').locator('#missing').waitFor();
  await shot(hostPage, '01-demohost-widget');
  log('demo host page on another origin shows the widget, titled by the question, as tall as its content; an unknown vote shows a card', { host: HOST, platform: SCRUTIN, turnout: before, frame_height: frameHeight });

  // 2. The button opens the platform's own vote page in a new tab.
  const [votePage] = await Promise.all([ctx.waitForEvent('page'), widget.locator('#vote-button').click()]);
  await votePage.waitForLoadState();
  assert.equal(new URL(votePage.url()).origin, new URL(SCRUTIN).origin);
  assert.equal(new URL(votePage.url()).pathname, `/votes/${VOTE}`);
  await shot(votePage, '02-vote-page');
  log('the button opened the platform vote page in a new tab', { url: votePage.url() });

  // 3. No credential yet: register (demo).
  await votePage.click('#start');
  await votePage.locator('#noid').waitFor();
  await votePage.click('#noid a');
  await votePage.waitForURL(/\/inscription/);
  // Where the voter lives: a commune search; Paris is split between 18
  // constituencies, nothing is preselected.
  await votePage.fill('#commune', 'Paris');
  await votePage.locator(`#district-choice input[value="${DISTRICT}"]`).waitFor();
  assert.equal(await votePage.locator('#district-choice input[name=district]').count(), 18);
  assert.equal(await votePage.locator('#district-choice input:checked').count(), 0);
  await votePage.check(`#district-choice input[value="${DISTRICT}"]`);
  await votePage.click('#register button[type=submit]');
  await votePage.locator('#flow-status', { hasText: 'Inscrit' }).waitFor();
  cred = await votePage.evaluate(() => JSON.parse(localStorage.getItem('scrutin.credential')));
  assert.match(cred.credential, /^[0-9a-f]{64}$/);
  assert.equal(cred.district, DISTRICT);
  await shot(votePage, '03-registered');
  log('registered in demo mode; the private key stays in localStorage', { credential: cred.credential.slice(0, 16) + '…' });

  // 3b. Export the credential, import it on "another device" (a fresh context).
  const [download] = await Promise.all([votePage.waitForEvent('download'), votePage.click('#export')]);
  const exported = readFileSync(await download.path(), 'utf8');
  const other = await browser.newContext({ locale: 'fr-FR' });
  const otherPage = await other.newPage();
  await otherPage.goto(`${SCRUTIN}/inscription`);
  await otherPage.fill('#import-text', exported);
  await otherPage.click('#import button[type=submit]');
  await otherPage.locator('#flow-status', { hasText: 'Identifiant importé' }).waitFor();
  const imported = await otherPage.evaluate(() => JSON.parse(localStorage.getItem('scrutin.credential')));
  assert.equal(imported.credential, cred.credential);
  assert.equal(imported.seed, cred.seed);
  await shot(otherPage, '03b-imported-on-another-device');
  await other.close();
  log('credential exported to a file and imported on another device', { file: download.suggestedFilename() });

  // 4. Vote: the ballot is encrypted in the browser.
  const sent = [];
  votePage.on('request', r => { if (r.method() === 'POST') sent.push({ url: r.url(), body: r.postData() }); });
  await votePage.click('#next');
  await votePage.waitForURL(new RegExp(`/votes/${VOTE}$`));
  await votePage.click('#start');
  await votePage.check('#choice-0');
  await shot(votePage, '04-ballot');
  await votePage.click('#ballot button[type=submit]');
  // The vote page shows the receipt from the ballot's answer (no
  // navigation to /recu/…, which stays its durable page, linked).
  await votePage.locator('#receipt[data-tracking]').waitFor();
  const tracking = await votePage.locator('#tracking').innerText();
  assert.match(tracking, /^[0-9a-f]{64}$/);
  assert.equal(await votePage.getAttribute('#receipt-link', 'href'), `/recu/${tracking}`);
  assert.match(votePage.url(), new RegExp(`/votes/${VOTE}$`));
  const ballotPost = sent.find(s => s.url.endsWith(`/api/v1/votes/${VOTE}/ballots`));
  assert.ok(ballotPost, 'the ballot was posted');
  const body = JSON.parse(ballotPost.body);
  assert.deepEqual(Object.keys(body).sort(), ['ballot', 'credential', 'signature']);
  assert.ok(!/Pour|"choice"/.test(ballotPost.body), 'no plaintext choice is sent');
  assert.ok(!ballotPost.body.includes(cred.seed), 'the private key is not sent');
  const stored = await votePage.evaluate(t => JSON.parse(localStorage.getItem('scrutin.receipts'))[t], tracking);
  log('voted: ballot encrypted in the browser, receipt received', { tracking, encrypt_ms: stored.ms, ballot_bytes: Buffer.from(body.ballot, 'base64').length });

  // 5. The vote page checks the receipt's proof in the browser.
  await votePage.locator('#check[data-result="ok"]').waitFor();
  // The technical steps sit in the "Détails techniques" fold.
  const stepsText = await votePage.locator('#steps').textContent();
  assert.equal((await votePage.locator('#state').textContent()).trim(), 'compté');
  assert.match(await votePage.locator('#keep').innerText(), /Gardez ce code de suivi/);
  assert.match(stepsText, /Point de contrôle signé/);
  assert.match(stepsText, /Preuve d'inclusion vérifiée/);
  assert.match(stepsText, /envoyé par ce navigateur/);
  await shot(votePage, '05-receipt-checked');
  // axe-core on the vote page in that state (run through the DevTools
  // protocol, which the page's CSP does not cover).
  await votePage.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const axeReceipt = await votePage.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
  const badReceipt = axeReceipt.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(badReceipt.map(v => `${v.id}: ${v.nodes.slice(0, 3).map(n => n.target).join(' ')}`), [], 'axe on the vote page showing its receipt');
  // The durable receipt page says the same.
  await votePage.goto(`${SCRUTIN}/recu/${tracking}`);
  await votePage.locator('#check[data-result="ok"]').waitFor();
  assert.equal((await votePage.locator('#state').textContent()).trim(), 'compté');
  log('the receipt page verified the checkpoint signature, inclusion proof and entry in the browser');

  // 5b. A tampered receipt fails: a proof hash flipped on the way.
  const tctx = await browser.newContext({ locale: 'fr-FR' });
  const tpage = await tctx.newPage();
  await tpage.route('**/api/v1/receipts/*', async route => {
    const res = await route.fetch();
    const r = await res.json();
    const h = r.inclusion_proof.length ? r.inclusion_proof : null;
    if (h) h[0] = (h[0][0] === '0' ? '1' : '0') + h[0].slice(1);
    else r.checkpoint = r.checkpoint.replace(/\n(\d+)\n/, (m, n) => `\n${Number(n) + 1}\n`);
    await route.fulfill({ response: res, json: r });
  });
  await tpage.goto(`${SCRUTIN}/recu/${tracking}`);
  await tpage.locator('#check[data-result="fail"]').waitFor();
  const why = await tpage.locator('#check-result').innerText();
  await shot(tpage, '05b-tampered-receipt-fails');
  await tctx.close();
  log('a tampered receipt fails the check', { why });

  // 5c. Vote again: the first ballot is replaced; "Mes votes" shows both
  // receipts kept on this device, with their states in French.
  await votePage.goto(`${SCRUTIN}/votes/${VOTE}`);
  await votePage.click('#start');
  await votePage.check('#choice-1');
  await votePage.click('#ballot button[type=submit]');
  await votePage.locator('#receipt[data-tracking]').waitFor();
  const tracking2 = await votePage.locator('#tracking').innerText();
  assert.notEqual(tracking2, tracking);
  await votePage.locator('#check[data-result="ok"]').waitFor();
  await votePage.click('a[href="/mes-votes"] >> nth=-1');
  await votePage.waitForURL(/\/mes-votes$/);
  await votePage.locator(`li[data-tracking="${tracking}"][data-state="replaced"]`).waitFor();
  await votePage.locator(`li[data-tracking="${tracking2}"][data-state="counted"]`).waitFor();
  assert.match(await votePage.locator(`li[data-tracking="${tracking}"] .state`).innerText(), /remplacé par un vote ultérieur/);
  assert.match(await votePage.locator(`li[data-tracking="${tracking2}"] .state`).innerText(), /^compté$/);
  await shot(votePage, '05c-my-votes');
  // The box that checks any tracking code.
  await votePage.fill('#code', tracking.toUpperCase());
  await votePage.click('#checkcode button[type=submit]');
  await votePage.waitForURL(new RegExp(`/recu/${tracking}$`));
  assert.match(await votePage.locator('#state').innerText(), /remplacé par un vote ultérieur/);
  log('revoted: "Mes votes" shows the replaced and the counted ballot; the code box finds a receipt', { tracking2 });

  // 6. Turnout up on the widget (live, polled) and on the map.
  await hostPage.bringToFront();
  await widget.locator('#total').filter({ hasText: String(before + 1) }).waitFor({ timeout: 20000 });
  await shot(hostPage, '06-widget-turnout-up');
  log('the widget shows the new turnout', { before, after: before + 1 });
  await votePage.goto(`${SCRUTIN}/votes/${VOTE}`);
  assert.equal(Number(await votePage.locator('#total').textContent()), before + 1);
  const cls = await votePage.getAttribute('#dep-75', 'class');
  assert.notEqual(cls, 's0', 'Paris is shaded on the map');
  assert.ok(await votePage.locator('#deps tr[data-dep="75"]').count() === 1, 'Paris is in the table');
  await votePage.locator('#turnout').screenshot({ path: `${OUT}/07-map-turnout.png` });
  log('the map shades Paris and the table lists it', { class: cls });

  // 7. oEmbed discovery from the vote page.
  const oembedHref = await votePage.getAttribute('link[rel=alternate][type="application/json+oembed"]', 'href');
  const oembed = await (await fetch(oembedHref)).json();
  assert.equal(oembed.type, 'rich');
  assert.match(oembed.html, new RegExp(`<iframe src="${SCRUTIN}/embed/${VOTE}"`));
  log('oEmbed discovery returns the iframe', { href: oembedHref });

  // 8. Accessibility: axe-core on the main pages.
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const pages = ['/', '/votes', `/votes/${VOTE}`, '/inscription', '/inscription?commune=Lyon', '/inscription?commune=69003', '/inscription/recevoir', `/recu/${tracking}`, '/mes-votes', '/audit', `/embed/${VOTE}`, `/votes/${VOTE}?lang=en`,
    '/textes/pjl07-405', '/textes/pjl07-405/amendements', '/textes/PIONANR5L17B0949/circonscriptions'];
  const a11y = {};
  // axe is injected as an inline script, which the pages' CSP rightly
  // forbids: this context alone bypasses the CSP.
  const axeCtx = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR', bypassCSP: true });
  const axePage = await axeCtx.newPage();
  for (const p of pages) {
    await axePage.goto(SCRUTIN + p);
    if (p.startsWith('/recu/')) await axePage.locator('#check[data-result="ok"]').waitFor();
    await axePage.addScriptTag({ content: axeSource });
    const r = await axePage.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
    const bad = r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    a11y[p] = { violations: r.violations.map(v => `${v.id} (${v.impact}, ${v.nodes.length})`), passes: r.passes.length };
    if (bad.length) {
      console.error('axe', p, JSON.stringify(bad.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target) })), null, 1));
      failed = true;
    }
  }
  results.axe = a11y;
  log('axe-core: no serious or critical violation', failed ? { failed: true } : { pages: pages.length });
  await axeCtx.close();

  // 8b. Phone first: at 360×740 no page scrolls sideways — with this
  // voter's credential and receipts on the device, the vote flow open.
  const PHONE_PAGES = ['/', '/votes', `/votes/${VOTE}`, `/votes/${VOTE}?lang=en`, '/inscription', '/inscription?commune=Paris',
    '/inscription?commune=75011', '/inscription?commune=Lyon', '/inscription/recevoir',
    `/recu/${tracking}`, '/mes-votes', '/recu?code=abc', '/audit', `/embed/${VOTE}`, '/textes', '/textes/pjl07-405',
    '/textes/pjl07-405/diff', '/textes/pjl07-405/diff?vue=cote', '/textes/pjl07-405/loi', '/textes/pjl07-405/amendements',
    '/textes/PIONANR5L17B0949/amendements', '/textes/PIONANR5L17B0949?circo=01-02', '/textes/PIONANR5L17B0949/circonscriptions'];
  const receipts = await votePage.evaluate(() => localStorage.getItem('scrutin.receipts'));
  const pctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  await pctx.addInitScript(([c, r]) => { localStorage.setItem('scrutin.credential', c); localStorage.setItem('scrutin.receipts', r); }, [JSON.stringify(cred), receipts]);
  const ppage = await pctx.newPage();
  const wide = {};
  const scrollsSideways = () => ppage.evaluate(() => {
    const se = document.scrollingElement;
    return se.scrollWidth > se.clientWidth ? `${se.scrollWidth} > ${se.clientWidth}` : '';
  });
  for (const p of PHONE_PAGES) {
    await ppage.goto(SCRUTIN + p);
    if (p === '/mes-votes') await ppage.locator('li[data-state="counted"]').waitFor();
    if (p.startsWith('/recu/')) await ppage.locator('#check[data-result="ok"]').waitFor();
    if (p === `/votes/${VOTE}`) { await ppage.click('#start'); await ppage.locator('#ballot').waitFor(); }
    const w = await scrollsSideways();
    if (w) wide[p] = w;
    if (['/', `/votes/${VOTE}`, '/inscription?commune=Paris', '/mes-votes', '/textes/pjl07-405'].includes(p)) {
      await shot(ppage, `09-phone${p.replace(/[^a-z0-9]+/gi, '-')}`);
    }
  }
  await pctx.close();
  results.phone = { pages: PHONE_PAGES.length, wide };
  assert.deepEqual(wide, {}, `pages scroll sideways at 360 px: ${JSON.stringify(wide)}`);
  log('no page scrolls sideways at 360×740', { pages: PHONE_PAGES.length });

  // 9. Weight of the vote page for a visitor without a voting ID (fresh
  // context, no cache), the voter's module preloaded with it (the vote is
  // open) and no WebAssembly.
  const wctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'fr-FR' });
  const wpage = await wctx.newPage();
  const cdp = await wctx.newCDPSession(wpage);
  await cdp.send('Network.enable');
  let bytes = 0; const files = []; const urls = [];
  cdp.on('Network.responseReceived', e => urls.push(e.response.url));
  cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; files.push(e.encodedDataLength); });
  const tl = Date.now();
  await wpage.goto(`${SCRUTIN}/votes/${VOTE}`, { waitUntil: 'load' });
  await wpage.waitForTimeout(500);
  const loadMs = Date.now() - tl;
  results.weight = { vote_page_bytes: bytes, requests: files.length, load_ms: loadMs };
  assert.ok(bytes < 100 * 1024, `vote page weighs ${bytes} bytes`);
  assert.ok(urls.some(u => u.endsWith('/static/voter.js')), 'the open vote\'s page does not preload voter.js');
  assert.ok(!urls.some(u => /wasm/.test(u)), `the vote page loads WebAssembly: ${urls.join(' ')}`);
  await shot(wpage, '08-vote-page-phone');
  log('vote page, voter.js preloaded', results.weight);
  await wctx.close();
  // And everything a first vote downloads, with a voting ID on this phone
  // (as if imported), from the page to the receipt page, ballot sent
  // included: at most 500 KB on the wire (docs/bench-web.md), and no
  // WebAssembly. The ballot is a re-vote of the same choice.
  const fctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'fr-FR' });
  await fctx.addInitScript(c => localStorage.setItem('scrutin.credential', c), JSON.stringify(cred));
  const fpage = await fctx.newPage();
  const fcdp = await fctx.newCDPSession(fpage);
  await fcdp.send('Network.enable');
  let flowBytes = 0; const flowURLs = [];
  fcdp.on('Network.responseReceived', e => flowURLs.push(e.response.url));
  fcdp.on('Network.loadingFinished', e => { flowBytes += e.encodedDataLength; });
  await fpage.goto(`${SCRUTIN}/votes/${VOTE}`);
  await fpage.click('#start');
  await fpage.check('#choice-0');
  await fpage.click('#ballot button[type=submit]');
  await fpage.locator('#receipt[data-tracking]').waitFor();
  results.weight.first_vote_bytes = flowBytes;
  assert.ok(flowURLs.some(u => u.endsWith('/static/voter.js')), 'the vote flow did not load voter.js');
  assert.ok(!flowURLs.some(u => /wasm/.test(u)), `the vote flow loads WebAssembly: ${flowURLs.join(' ')}`);
  assert.ok(flowBytes <= 500 * 1000, `a first vote downloads ${flowBytes} bytes (budget 500 KB)`);
  log('first vote, page to receipt, on the wire', { bytes: flowBytes, requests: flowURLs.length });
  // That fresh browser checks it too, in the vote page, before the
  // context closes.
  await fpage.locator('#check[data-result="ok"]').waitFor();
  await fctx.close();

  // 10. Time to encrypt a ballot in the browser (a fresh context of its own).
  const bctx = await browser.newContext({ locale: 'fr-FR' });
  const bpage = await bctx.newPage();
  await bpage.goto(`${SCRUTIN}/votes/${VOTE}`);
  const bench = await bpage.evaluate(async (vote) => {
    const t = performance.now();
    const scrutin = await import('/static/voter.js');
    const loadMs = performance.now() - t;
    const v = await (await fetch('/api/v1/votes/' + vote)).json();
    const seed = scrutin.newCredential().seed;
    const ms = [];
    for (let i = 0; i < 50; i++) {
      const s = performance.now();
      scrutin.encrypt(v, i % 3, seed);
      ms.push(performance.now() - s);
    }
    ms.sort((a, b) => a - b);
    const r = x => Math.round(x * 10) / 10;
    return { module_load_ms: r(loadMs), runs: ms.length, min_ms: r(ms[0]), median_ms: r(ms[25]), p90_ms: r(ms[45]), max_ms: r(ms[49]) };
  }, VOTE);
  results.encrypt = bench;
  log('ballot encryption in the browser (voter.js)', bench);
  await bctx.close();
} catch (e) {
  failed = true;
  console.error('FAIL', e);
} finally {
  results.total_ms = Date.now() - t0;
  results.ok = !failed;
  writeFileSync(`${OUT}/results.json`, JSON.stringify(results, null, 1));
  await browser.close();
  host.close();
}
console.log(failed ? 'browser test FAILED' : `browser test passed in ${results.total_ms} ms; screenshots and results.json in ${OUT}`);
process.exit(failed ? 1 : 0);
