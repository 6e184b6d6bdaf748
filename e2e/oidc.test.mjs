// Identity-checked registration end to end: Debian's chromium driven by
// playwright-core against `scrutin serve -demo` configured with a real
// OpenID Connect provider (zitadel/oidc's example OP). .ci/oidc.sh starts
// both and runs this file with
//   SCRUTIN_URL   the platform          OIDC_ISSUER   the provider
//   OIDC_USER, OIDC_PASSWORD           the test user's login
//   OIDC_PII      comma-separated: the test identity's subject, username,
//                 names and e-mail, none of which may be in the log
//   OUT           dir for screenshots and results.json
// A voter registers through the provider's login page (the key pair made
// in the browser first), votes, then registers again with the same
// identity and is refused with a clear message; then every event of the
// log is fetched and scanned for the identity. Last, a forged callback is
// refused, and axe-core checks the registration page and the refusal.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);

const SCRUTIN = (process.env.SCRUTIN_URL || 'http://127.0.0.1:18080').replace(/\/$/, '');
const ISSUER = process.env.OIDC_ISSUER;
const USER = process.env.OIDC_USER, PASSWORD = process.env.OIDC_PASSWORD;
const PII = (process.env.OIDC_PII || '').split(',').filter(Boolean);
const VOTE = process.env.SCRUTIN_VOTE || 'demo-hadopi';
const OUT = process.env.OUT || 'out/oidc';
const DISTRICT = '69-03';
assert.ok(ISSUER && USER && PASSWORD && PII.length >= 3, 'OIDC_ISSUER, OIDC_USER, OIDC_PASSWORD and OIDC_PII are required');
mkdirSync(OUT, { recursive: true });
const results = { started: new Date().toISOString(), steps: [] };
const t0 = Date.now();
function log(step, extra) {
  const e = { step, at_ms: Date.now() - t0, ...extra };
  results.steps.push(e);
  console.log('✓', step, extra ? JSON.stringify(extra) : '');
}
async function api(path) {
  const r = await fetch(SCRUTIN + path);
  assert.ok(r.ok, `${path}: HTTP ${r.status}`);
  return r.json();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR' });
  ctx.setDefaultTimeout(30000);
  const page = await ctx.newPage();
  page.on('dialog', d => d.accept()); // "replace this device's credential?"
  const shot = name => page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
  const sent = [];
  page.on('request', r => { if (r.method() === 'POST') sent.push({ url: r.url(), body: r.postData() || '' }); });

  // 1. From the vote page to the registration page, which offers the
  // identity-checked registration and, apart and labelled, the demo one.
  await page.goto(`${SCRUTIN}/votes/${VOTE}`);
  await page.click('#start');
  await page.locator('#noid').waitFor();
  await page.click('#noid a');
  await page.waitForURL(/\/inscription/);
  await page.locator('#register-oidc').waitFor();
  const demoBox = page.locator('section', { has: page.locator('#register') });
  assert.match(await demoBox.innerText(), /DÉMO/, 'the demo registration is labelled');
  assert.match(await page.locator('section', { has: page.locator('#register-oidc') }).innerText(), /vérification d'identité/);
  await shot('01-register-choices');
  log('the registration page offers the identity-checked registration, and the demo one labelled');

  // 2. Register: the key pair is made here, then the provider's login page.
  await page.click('#known summary');
  await page.selectOption('#district-code', DISTRICT);
  await page.click('#register-oidc button[type=submit]');
  await page.waitForURL(u => u.href.startsWith(ISSUER));
  const begin = sent.find(s => s.url.endsWith('/api/v1/register/oidc'));
  const pending = JSON.parse(begin.body);
  assert.deepEqual(Object.keys(pending).sort(), ['credential', 'district']);
  assert.match(pending.credential, /^[0-9a-f]{64}$/);
  const authURL = new URL(page.url());
  await page.locator('#username').waitFor();
  await shot('02-provider-login');
  log('the browser made the key pair and went to the provider login page', { provider: authURL.origin, credential: pending.credential.slice(0, 16) + '…' });

  await page.fill('#username', USER);
  await page.fill('#password', PASSWORD);
  const [back] = await Promise.all([
    page.waitForResponse(r => r.url().startsWith(`${SCRUTIN}/inscription/oidc?`)),
    page.click('button[type=submit]'),
  ]);
  assert.equal(back.status(), 200);
  await page.locator('#oidc-result[data-result="ok"]').waitFor();
  await page.locator('#flow-status', { hasText: 'Inscrit' }).waitFor();
  const cred = await page.evaluate(() => JSON.parse(localStorage.getItem('scrutin.credential')));
  assert.equal(cred.credential, pending.credential);
  assert.match(cred.seed, /^[0-9a-f]+$/);
  assert.ok(!sent.some(s => s.body.includes(cred.seed)), 'the private key was never sent');
  assert.equal(cred.district, DISTRICT);
  assert.equal(await page.evaluate(() => localStorage.getItem('scrutin.pending')), null);
  const voter = await api(`/api/v1/voters/${cred.credential}`);
  assert.equal(voter.registrar, 'oidc');
  assert.equal(voter.district, DISTRICT);
  await shot('03-registered');
  log('logged in at the provider, back registered; the credential is in the log with registrar "oidc"', { credential: cred.credential.slice(0, 16) + '…' });

  // 3. Vote.
  await page.click('#next');
  await page.waitForURL(new RegExp(`/votes/${VOTE}$`));
  await page.click('#start');
  await page.check('#choice-1');
  await page.click('#ballot button[type=submit]');
  await page.locator('#receipt[data-tracking]').waitFor();
  const tracking = await page.locator('#tracking').innerText();
  await page.locator('#check[data-result="ok"]').waitFor();
  await shot('04-voted');
  log('voted with the identity-checked credential; the receipt checks', { tracking });

  // 4. The same person registers again (a new key pair): refused.
  await page.goto(`${SCRUTIN}/inscription`);
  await page.click('#known summary');
  await page.selectOption('#district-code', DISTRICT);
  await page.click('#register-oidc button[type=submit]');
  await page.waitForURL(u => u.href.startsWith(ISSUER));
  const second = JSON.parse(sent.filter(s => s.url.endsWith('/api/v1/register/oidc')).pop().body).credential;
  assert.notEqual(second, cred.credential);
  await page.fill('#username', USER);
  await page.fill('#password', PASSWORD);
  const [refused] = await Promise.all([
    page.waitForResponse(r => r.url().startsWith(`${SCRUTIN}/inscription/oidc?`)),
    page.click('button[type=submit]'),
  ]);
  assert.equal(refused.status(), 409);
  const result = page.locator('#oidc-result[data-result="refused"][data-reason="registered"]');
  await result.waitFor();
  const message = await result.innerText();
  assert.match(message, /déjà inscrit/);
  assert.match(message, /une personne, un identifiant/);
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('scrutin.credential')));
  assert.equal(kept.credential, cred.credential, 'the device keeps its registered credential');
  assert.equal(await page.evaluate(() => localStorage.getItem('scrutin.pending')), null);
  const r2 = await fetch(`${SCRUTIN}/api/v1/voters/${second}`);
  assert.equal(r2.status, 404, 'the second credential is not registered');
  await shot('05-second-registration-refused');
  log('a second registration of the same person is refused (HTTP 409) with a clear message', { message: message.split('\n')[0] });

  // 5. No personal data in the log: every event, decoded and raw.
  const info = await api('/api/v1/log');
  let scanned = 0, registered = 0, ours = 0;
  for (let start = 0; start < info.size; start += 1000) {
    const entries = await api(`/api/v1/log/entries?start=${start}&end=${Math.min(start + 1000, info.size)}`);
    for (const e of entries) {
      const text = (JSON.stringify(e) + Buffer.from(e.raw, 'base64').toString('latin1')).toLowerCase();
      for (const p of PII) assert.ok(!text.includes(p.toLowerCase()), `entry ${e.index} (${e.type}) holds "${p}"`);
      if (e.type === 'VoterRegistered' && e.event.Registrar === 'oidc') {
        registered++;
        assert.deepEqual(Object.keys(e.event).sort(), ['Credential', 'District', 'Registrar']);
      }
      if (Buffer.from(e.raw, 'base64').includes(Buffer.from(cred.credential, 'hex'))) ours++;
      scanned++;
    }
  }
  assert.equal(scanned, info.size);
  assert.equal(registered, 1, 'one identity-checked registration in the log');
  assert.ok(ours >= 2, 'the credential is in the log (registration, ballot)');
  results.log = { size: info.size, scanned, searched_for: PII.length };
  log('every event of the log scanned: no subject, name, username or e-mail', results.log);

  // 6. Accessibility of the registration page and of a refusal (here an
  // unknown state: a forged or replayed callback), with axe-core.
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const axeCtx = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR', bypassCSP: true });
  const axePage = await axeCtx.newPage();
  const a11y = {};
  for (const [p, status] of [['/inscription', 200], ['/inscription/oidc?state=forged&code=x', 400], ['/inscription?lang=en', 200]]) {
    const res = await axePage.goto(SCRUTIN + p);
    assert.equal(res.status(), status, p);
    if (status === 400) assert.equal(await axePage.locator('#oidc-result').getAttribute('data-reason'), 'state');
    await axePage.addScriptTag({ content: axeSource });
    const r = await axePage.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
    const bad = r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    a11y[p] = { violations: r.violations.map(v => `${v.id} (${v.impact}, ${v.nodes.length})`), passes: r.passes.length };
    assert.deepEqual(bad.map(v => v.id), [], `axe on ${p}`);
  }
  results.axe = a11y;
  await axeCtx.close();
  log('a forged callback is refused (400); axe-core: no serious or critical violation', { pages: Object.keys(a11y).length });
} catch (e) {
  failed = true;
  console.error('FAIL', e);
} finally {
  results.total_ms = Date.now() - t0;
  results.ok = !failed;
  writeFileSync(`${OUT}/results.json`, JSON.stringify(results, null, 1));
  await browser.close();
}
console.log(failed ? 'OIDC test FAILED' : `OIDC test passed in ${results.total_ms} ms; screenshots and results.json in ${OUT}`);
process.exit(failed ? 1 : 0);
