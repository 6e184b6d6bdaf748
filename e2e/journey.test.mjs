// A new visitor's journey, screenshot by screenshot, at a phone's size
// (360×740) and a desktop's (1280×900): Debian's chromium driven by
// playwright-core. .ci/browser.sh runs it after the other browser tests,
// against the same
//   SCRUTIN_URL=http://127.0.0.1:PORT  OUT=dir-for-screenshots-and-results
// The screenshots (OUT/journey-WxH/NN-step.png) are CI artifacts, never
// committed (.ci/screenshots is gitignored).
//
// Home → the open vote → "no voting ID yet" → registration by postcode
// (Lyon 3e: a split city, its map) → registered → the ballot → the
// receipt, checked → "Mes votes" → the QR code that moves the voting ID to
// a phone → that phone keeps it. At each step: no sideways scrolling at
// 360 px. Then axe-core on the states only scripts reach (the map drawn
// for the search as you type, the QR code shown, the voting ID received):
// no serious or critical violation.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const SCRUTIN = (process.env.SCRUTIN_URL || 'http://127.0.0.1:18080').replace(/\/$/, '');
const VOTE = process.env.SCRUTIN_VOTE || 'demo-hadopi';
const OUT = process.env.OUT || 'out';
const POSTCODE = '69003', DISTRICT = '69-03'; // Lyon 3e arrondissement
const results = { started: new Date().toISOString(), sizes: {} };
const t0 = Date.now();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function journey(width, height) {
  const dir = `${OUT}/journey-${width}x${height}`;
  mkdirSync(dir, { recursive: true });
  const phone = width < 500;
  const ctx = await browser.newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone, locale: 'fr-FR' });
  ctx.setDefaultTimeout(30000);
  const page = await ctx.newPage();
  page.on('dialog', d => d.accept());
  const steps = [], wide = {};
  let n = 0;
  async function step(name) {
    n++;
    const file = `${String(n).padStart(2, '0')}-${name}.png`;
    await page.screenshot({ path: `${dir}/${file}`, fullPage: true });
    const w = await page.evaluate(() => {
      const se = document.scrollingElement;
      return se.scrollWidth > se.clientWidth ? `${se.scrollWidth} > ${se.clientWidth}` : '';
    });
    if (w && phone) wide[name] = w;
    steps.push({ step: name, file, url: page.url().replace(SCRUTIN, ''), at_ms: Date.now() - t0 });
    console.log('✓', `${width}×${height}`, name);
  }

  await page.goto(SCRUTIN + '/');
  await step('home');
  await page.locator(`main a[href="/votes/${VOTE}"]`).first().click();
  await page.waitForURL(new RegExp(`/votes/${VOTE}$`));
  await step('vote-page');
  await page.click('#start');
  await page.locator('#noid').waitFor();
  await step('no-voting-id-yet');
  await page.click('#noid a');
  await page.waitForURL(/\/inscription/);
  await page.fill('#commune', POSTCODE);
  await page.locator(`#district-choice input[value="${DISTRICT}"]`).waitFor();
  await page.locator('#commune-maps figure.circomap').waitFor();
  assert.equal(await page.locator('#commune-maps path[data-district]').count(), 4, 'Lyon\'s four constituencies on the map');
  assert.equal(await page.locator('#district-choice input:checked').count(), 0, 'nothing preselected');
  await step('postcode-search-and-map');
  await page.check(`#district-choice input[value="${DISTRICT}"]`);
  await page.click('#register button[type=submit]');
  await page.locator('#flow-status', { hasText: 'Inscrit' }).waitFor();
  await step('registered');
  await page.click('#next');
  await page.waitForURL(new RegExp(`/votes/${VOTE}$`));
  await page.click('#start');
  await page.locator('#ballot').waitFor();
  await page.check('#choice-0');
  await step('ballot');
  await page.click('#ballot button[type=submit]');
  // The vote page shows the receipt from the ballot's answer, and checks it.
  await page.locator('#check[data-result="ok"]').waitFor();
  const tracking = await page.locator('#tracking').innerText();
  await step('receipt-checked');
  await page.goto(`${SCRUTIN}/mes-votes`);
  await page.locator(`li[data-tracking="${tracking}"][data-state="counted"]`).waitFor();
  await step('my-votes');
  await page.goto(`${SCRUTIN}/inscription`);
  await page.click('#qr-show');
  await page.locator('#qr-svg').waitFor();
  await step('qr-code-to-a-phone');
  // The phone: the link the QR code carries, built from the stored ID
  // (transfer.test.mjs decodes the code itself).
  const cred = await page.evaluate(() => JSON.parse(localStorage.getItem('scrutin.credential')));
  const other = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  const op = await other.newPage();
  await op.goto(`${SCRUTIN}/inscription/recevoir#1.${cred.credential}.${cred.seed}`);
  await op.locator('#receive[data-state="kept"]').waitFor();
  await op.screenshot({ path: `${dir}/${String(++n).padStart(2, '0')}-phone-received.png`, fullPage: true });
  steps.push({ step: 'phone-received', file: `${String(n).padStart(2, '0')}-phone-received.png` });
  await other.close();
  await ctx.close();
  results.sizes[`${width}x${height}`] = { steps, wide };
  assert.deepEqual(wide, {}, `steps scroll sideways at ${width} px: ${JSON.stringify(wide)}`);
  return cred;
}

let failed = false;
try {
  await journey(360, 740);
  const cred = await journey(1280, 900);

  // axe-core on the states only scripts reach. axe is injected as an
  // inline script, which the pages' CSP forbids: this context alone
  // bypasses it.
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const actx = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR', bypassCSP: true });
  const ap = await actx.newPage();
  const a11y = {};
  async function axe(name) {
    await ap.addScriptTag({ content: axeSource });
    const r = await ap.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
    const bad = r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    a11y[name] = r.violations.map(v => `${v.id} (${v.impact}, ${v.nodes.length})`);
    if (bad.length) {
      console.error('axe', name, JSON.stringify(bad.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target) })), null, 1));
      failed = true;
    }
  }
  await ap.goto(`${SCRUTIN}/inscription`);
  await ap.fill('#commune', 'Marseille');
  await ap.locator('#commune-maps figure.circomap').waitFor();
  await axe('map drawn for the search as you type');
  await ap.goto(`${SCRUTIN}/inscription/recevoir#1.${cred.credential}.${cred.seed}`);
  await ap.locator('#receive[data-state="kept"]').waitFor();
  await axe('voting ID received');
  await ap.goto(`${SCRUTIN}/inscription`);
  await ap.click('#qr-show');
  await ap.locator('#qr-svg').waitFor();
  await axe('QR code shown');
  await ap.goto(`${SCRUTIN}/inscription/recevoir#1.abc`);
  await ap.locator('#receive[data-state="refused"]').waitFor();
  await axe('link refused');
  await actx.close();
  results.axe = a11y;
  console.log('✓ axe-core on the scripted states', failed ? 'FAILED' : JSON.stringify(a11y));
} catch (e) {
  failed = true;
  console.error('FAIL', e);
} finally {
  results.total_ms = Date.now() - t0;
  results.ok = !failed;
  writeFileSync(`${OUT}/journey-results.json`, JSON.stringify(results, null, 1));
  await browser.close();
}
console.log(failed ? 'journey test FAILED' : `journey test passed in ${results.total_ms} ms; screenshots in ${OUT}/journey-*`);
process.exit(failed ? 1 : 0);
