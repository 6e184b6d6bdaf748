// The voting ID across devices with a passkey (docs/WEB.md, "The voting
// ID across devices"): Debian's chromium driven by playwright-core, with
// a CDP virtual authenticator that supports the WebAuthn PRF extension.
// .ci/browser.sh runs it after browser.test.mjs, against the same
//   SCRUTIN_URL=http://127.0.0.1:PORT  OUT=dir-for-screenshots-and-results
// WebAuthn does not accept an IP address as the site's identity, so the
// pages are loaded from http://localhost:PORT (same server).
//
// Device A registers with a passkey and votes. Chromium's virtual
// authenticator cannot export a passkey's PRF secret (WebAuthn.Credential
// has no such field, and WebAuthn.addCredential makes a passkey without
// one), so "device B, given the same passkey by its passkey manager" is
// modelled by the same authenticator in a browser whose data for the site
// is wiped: nothing of the voting ID is left but the passkey. B gets the
// same voting ID back and votes again; "Mes votes" shows the replaced
// ballot on A and the counted one on B. A third device given only the
// passkey's private key (addCredential, no PRF secret) finds the passkey
// but gets a clear message, and keeps nothing. The file path (download
// link, file picker) is checked too. A fourth device registers with "ne
// pas garder mon identifiant sur cet appareil": no seed in its storage
// after registering or voting, and its vote, the seed derived again from
// the passkey, counts.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { vote as castVote } from './voting.mjs';

const SCRUTIN = (process.env.SCRUTIN_URL || 'http://127.0.0.1:18080').replace(/\/$/, '').replace('//127.0.0.1:', '//localhost:');
const VOTE = process.env.SCRUTIN_VOTE || 'demo-hadopi';
const OUT = process.env.OUT || 'out';
const DISTRICT = '69-04';
mkdirSync(OUT, { recursive: true });
const results = { started: new Date().toISOString(), steps: [] };
const t0 = Date.now();
function log(step, extra) {
  results.steps.push({ step, at_ms: Date.now() - t0, ...extra });
  console.log('✓', step, extra ? JSON.stringify(extra) : '');
}
// The PRF salt, as docs/WEB.md defines it.
const SALT = createHash('sha256').update('scrutin/credential-seed/v1').digest();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const AUTHENTICATOR = {
  protocol: 'ctap2', ctap2Version: 'ctap2_1', transport: 'internal', hasResidentKey: true,
  hasUserVerification: true, isUserVerified: true, hasPrf: true, automaticPresenceSimulation: true,
};
async function device(name) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  ctx.setDefaultTimeout(30000);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: AUTHENTICATOR });
  const posts = [];
  page.on('request', r => { if (r.method() === 'POST') posts.push(r.postData() || ''); });
  page.on('dialog', d => d.accept());
  return { name, ctx, page, cdp, authenticatorId, posts };
}
const shot = (page, name) => page.screenshot({ path: `${OUT}/passkey-${name}.png`, fullPage: true });
const stored = page => page.evaluate(() => JSON.parse(localStorage.getItem('scrutin.credential')));
const vote = (page, choice, notTracking) => castVote(page, SCRUTIN, VOTE, choice, notTracking);
// The PRF output the authenticator gives this site for the salt, asked
// by the test itself (not by the page's code).
const prfOf = (page, id) => page.evaluate(async ([salt, id]) => {
  const b64u = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '=='.slice(0, (4 - s.length % 4) % 4)), c => c.charCodeAt(0));
  const a = await navigator.credentials.get({ publicKey: { challenge: new Uint8Array(32), userVerification: 'required',
    allowCredentials: [{ type: 'public-key', id: b64u(id) }], extensions: { prf: { eval: { first: new Uint8Array(salt) } } } } });
  const r = a.getClientExtensionResults().prf;
  return r && r.results ? [...new Uint8Array(r.results.first)].map(x => x.toString(16).padStart(2, '0')).join('') : null;
}, [[...SALT], id]);

let failed = false;
try {
  // 1. Device A registers with a passkey.
  const A = await device('A');
  await A.page.goto(`${SCRUTIN}/inscription`);
  await A.page.fill('#commune', 'Lyon');
  await A.page.locator(`#district-choice input[value="${DISTRICT}"]`).first().waitFor();
  await A.page.check(`#district-choice input[value="${DISTRICT}"] >> nth=0`);
  assert.ok(await A.page.locator('#passkey-opt').isVisible(), 'the passkey option is offered');
  await A.page.check('#use-passkey');
  await A.page.click('#register button[type=submit]');
  await A.page.locator('#flow-status', { hasText: 'Inscrit' }).waitFor();
  const credA = await stored(A.page);
  assert.match(credA.credential, /^[0-9a-f]{64}$/);
  assert.match(credA.seed, /^[0-9a-f]{64}$/);
  assert.ok(credA.passkey, 'the record names its passkey');
  const { credentials } = await A.cdp.send('WebAuthn.getCredentials', { authenticatorId: A.authenticatorId });
  assert.equal(credentials.length, 1, 'one passkey made');
  assert.equal(credentials[0].credentialId.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), credA.passkey);
  assert.ok(credentials[0].isResidentCredential, 'a discoverable passkey');
  assert.equal(await prfOf(A.page, credA.passkey), credA.seed, 'the seed is the passkey\'s PRF output for SHA-256("scrutin/credential-seed/v1")');
  await shot(A.page, '01-A-registered');
  log('device A: registered with a passkey; the seed is its PRF output', { credential: credA.credential.slice(0, 16) + '…' });

  // The file path: a download link, a file picker on another device.
  const [download] = await Promise.all([A.page.waitForEvent('download'), A.page.click('#export')]);
  const file = await download.path();
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).credential, credA.credential);
  const F = await browser.newContext({ locale: 'fr-FR' });
  const fpage = await F.newPage();
  await fpage.goto(`${SCRUTIN}/inscription`);
  await fpage.setInputFiles('#import-file', file);
  await fpage.locator('#flow-status', { hasText: 'Identifiant importé' }).waitFor();
  assert.equal((await stored(fpage)).credential, credA.credential);
  await F.close();
  log('the exported file is imported on another device with the file picker', { file: download.suggestedFilename() });

  // 2. Device A votes.
  const t1 = await vote(A.page, 0);
  const saved = await A.page.evaluate(() => ({ c: localStorage.getItem('scrutin.credential'), r: localStorage.getItem('scrutin.receipts') }));
  log('device A voted', { tracking: t1 });

  // 3. Device B: the same passkey, nothing else from the site.
  const B = A;
  await B.cdp.send('Storage.clearDataForOrigin', { origin: new URL(SCRUTIN).origin, storageTypes: 'all' });
  await B.page.goto(`${SCRUTIN}/inscription`);
  assert.equal(await stored(B.page), null, 'device B starts with no voting ID');
  assert.ok(await B.page.locator('#have-none').isVisible());
  await B.page.click('#passkey-recover');
  await B.page.locator('#flow-status', { hasText: 'Identifiant retrouvé' }).waitFor();
  const credB = await stored(B.page);
  assert.equal(credB.credential, credA.credential, 'the same voting ID');
  assert.equal(credB.seed, credA.seed);
  assert.equal(credB.district, DISTRICT, 'the constituency comes from the registration');
  await shot(B.page, '02-B-recovered');
  log('device B: the same voting ID from the passkey alone');
  const t2 = await vote(B.page, 1, t1);
  await B.page.goto(`${SCRUTIN}/mes-votes`);
  await B.page.locator(`li[data-tracking="${t2}"][data-state="counted"]`).waitFor();
  assert.match(await B.page.locator(`li[data-tracking="${t2}"] .state`).innerText(), /^compté$/);
  await shot(B.page, '03-B-my-votes');
  for (const p of B.posts) assert.ok(!p.includes(credA.seed), 'the seed is never sent');
  log('device B voted again: its ballot is counted', { tracking: t2 });

  // 4. Device A again (its data as it was): the first ballot is replaced.
  await A.ctx.close();
  const A2 = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, locale: 'fr-FR' });
  await A2.addInitScript(s => { if (!localStorage.getItem('scrutin.credential')) { localStorage.setItem('scrutin.credential', s.c); localStorage.setItem('scrutin.receipts', s.r); } }, saved);
  const a2 = await A2.newPage();
  await a2.goto(`${SCRUTIN}/mes-votes`);
  await a2.locator(`li[data-tracking="${t1}"][data-state="replaced"]`).waitFor();
  assert.match(await a2.locator(`li[data-tracking="${t1}"] .state`).innerText(), /remplacé par un vote ultérieur/);
  await shot(a2, '04-A-my-votes');
  await A2.close();
  log('device A: "Mes votes" shows its ballot replaced by the later one');

  // 5. A passkey without its PRF secret: found, but no voting ID.
  const C = await device('C');
  await C.page.goto(`${SCRUTIN}/inscription`);
  await C.cdp.send('WebAuthn.addCredential', { authenticatorId: C.authenticatorId, credential: { ...credentials[0], rpId: new URL(SCRUTIN).hostname } });
  await C.page.click('#passkey-recover');
  await C.page.locator('#flow-status.error', { hasText: 'PRF' }).waitFor();
  assert.equal(await stored(C.page), null, 'nothing kept');
  const message = await C.page.locator('#flow-status').innerText();
  await shot(C.page, '05-C-no-prf');
  await C.ctx.close();
  log('a passkey without PRF: a clear message, nothing kept', { message });

  // 6. "Ne pas garder mon identifiant sur cet appareil": the seed is never
  // stored; each vote asks the passkey for it again (docs/WEB.md).
  const D = await device('D');
  const storage = page => page.evaluate(() => Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k)).join('\n'));
  await D.page.goto(`${SCRUTIN}/inscription`);
  await D.page.fill('#commune', 'Lyon');
  await D.page.check(`#district-choice input[value="${DISTRICT}"] >> nth=0`);
  await D.page.check('#passkey-noseed');
  assert.ok(await D.page.isChecked('#use-passkey'), 'not keeping the seed means a passkey');
  await D.page.click('#register button[type=submit]');
  await D.page.locator('#flow-status', { hasText: 'Inscrit' }).waitFor();
  const credD = await stored(D.page);
  assert.match(credD.credential, /^[0-9a-f]{64}$/);
  assert.ok(credD.passkey, 'the record names its passkey');
  assert.ok(!('seed' in credD), 'no seed in the record');
  const seedD = await prfOf(D.page, credD.passkey);
  assert.match(seedD, /^[0-9a-f]{64}$/);
  assert.ok(!(await storage(D.page)).includes(seedD), 'the seed is nowhere in localStorage after registering');
  assert.ok(await D.page.locator('#noseed-note').isVisible(), 'the page says the seed is not kept here');
  assert.ok(!(await D.page.locator('#export').isVisible()), 'nothing to export');
  assert.ok(!(await D.page.locator('#qr-show').isVisible()), 'nothing to move by QR code');
  await shot(D.page, '06-D-registered-noseed');
  const asked = (await D.cdp.send('WebAuthn.getCredentials', { authenticatorId: D.authenticatorId })).credentials[0].signCount;
  const t3 = await vote(D.page, 2);
  const after = (await D.cdp.send('WebAuthn.getCredentials', { authenticatorId: D.authenticatorId })).credentials[0].signCount;
  assert.ok(after > asked, 'the vote asked the passkey');
  assert.ok(!(await storage(D.page)).includes(seedD), 'the seed is nowhere in localStorage after voting');
  assert.ok(!('seed' in await stored(D.page)), 'still no seed in the record');
  for (const p of D.posts) assert.ok(!p.includes(seedD), 'the seed is never sent');
  await D.page.goto(`${SCRUTIN}/mes-votes`);
  await D.page.locator(`li[data-tracking="${t3}"][data-state="counted"]`).waitFor();
  await shot(D.page, '07-D-voted-noseed');
  await D.ctx.close();
  log('without keeping the seed: none in localStorage after registering and voting; the vote derives it from the passkey and counts', { tracking: t3 });
} catch (e) {
  failed = true;
  console.error('FAIL', e);
} finally {
  results.total_ms = Date.now() - t0;
  results.ok = !failed;
  writeFileSync(`${OUT}/passkey-results.json`, JSON.stringify(results, null, 1));
  await browser.close();
}
console.log(failed ? 'passkey test FAILED' : `passkey test passed in ${results.total_ms} ms`);
process.exit(failed ? 1 : 0);
