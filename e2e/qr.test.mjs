// The QR code that moves a voting ID to a phone decodes to its link:
// the vendored encoder (cmd/scrutin/internal/web/static/uqr.mjs, what
// transfer.js draws with, same options) against an independent decoder
// (jsQR, npm). Links of the real length and form, several origins and
// random seeds; each module drawn 4×4 pixels, with and without a few
// damaged modules (error correction M). Run by .ci/browser.sh; no browser.
import { encode } from '../cmd/scrutin/internal/web/static/uqr.mjs';
import jsQR from 'jsqr';
import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';

function pixels(qr, scale) {
  const n = qr.size * scale, rgba = new Uint8ClampedArray(n * n * 4);
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) {
    const v = qr.data[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255, i = 4 * (y * n + x);
    rgba[i] = rgba[i + 1] = rgba[i + 2] = v; rgba[i + 3] = 255;
  }
  return { rgba, n };
}
let count = 0, maxVersion = 0;
for (const origin of ['http://localhost:8080', 'https://scrutin.example.fr', 'https://vote.une-tres-longue-adresse-de-plateforme.example.org']) {
  for (let i = 0; i < 20; i++) {
    const url = `${origin}/inscription/recevoir#1.${randomBytes(32).toString('hex')}.${randomBytes(32).toString('hex')}`;
    const qr = encode(url, { ecc: 'M', border: 4 });
    maxVersion = Math.max(maxVersion, qr.version);
    // A few modules flipped in the data area: error correction M recovers them.
    if (i % 2) for (let k = 0; k < 6; k++) { const y = qr.size - 6 - k, x = qr.size - 6 - 2 * k; qr.data[y][x] = !qr.data[y][x]; }
    const { rgba, n } = pixels(qr, 4);
    const got = jsQR(rgba, n, n);
    assert.ok(got, `no QR code found for ${url}`);
    assert.equal(got.data, url);
    count++;
  }
}
console.log(`✓ ${count} QR codes of transfer links decode to their link (versions up to ${maxVersion}, error correction M)`);
