// The voter's cryptography for the browser, in JavaScript: the voting ID
// (an Ed25519 key pair), the encrypted ballot with its proofs and
// signature, and the checks of a receipt and of its log entry. It follows
// docs/PROTOCOL.md and docs/VOTING.md; the Go code (domain/election,
// cmd/internal/client) is the reference, and voterjs_test.go proves the two
// agree: the same ballots byte for byte from the same randomness, the Go
// verifier accepting this module's ballots, the test vectors judged alike.
//
// Built by build.mjs (esbuild) into ../static/voter.js with @noble/curves
// (ristretto255, Ed25519) and @noble/hashes (SHA-256, SHA-512). Every
// function throws an Error when it fails.
import { ed25519, ristretto255 } from '@noble/curves/ed25519.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

const Point = ristretto255.Point;
// Base-point tables of 4-bit windows instead of noble's 6: a voter makes
// one ballot, and the smaller table costs less to build than it saves
// (measured: the first ballot ≈ 40 % less CPU, docs/bench-web.md).
ed25519.Point.BASE.precompute(4);
const L = Point.Fn.ORDER; // the group order ℓ
const G = Point.BASE;
const enc = new TextEncoder();
const VERSION = 'scrutin-election-v2';
const MIN_OPTIONS = 2, MAX_OPTIONS = 16, MAX_VOTE_ID = 1024;
const PROOF_BLOCK = 4 * 32 + 3 * 32;

// ---- bytes

export function hex(b) {
  let s = '';
  for (const x of b) s += (x < 16 ? '0' : '') + x.toString(16);
  return s;
}
export function unhex(s, n, what) {
  if (typeof s !== 'string' || s.length % 2 || !/^[0-9a-fA-F]*$/.test(s) || (n !== undefined && s.length !== 2 * n)) {
    throw new Error(`${what || 'value'} must be ${n !== undefined ? 2 * n + ' ' : ''}hexadecimal digits`);
  }
  const b = new Uint8Array(s.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(s.substr(2 * i, 2), 16);
  return b;
}
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export function b64(b) {
  let s = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] || 0) << 8) | (b[i + 2] || 0);
    s += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < b.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < b.length ? B64[n & 63] : '=');
  }
  return s;
}
// unb64 decodes standard base64 strictly: padded, and canonical (it
// re-encodes to the same text), as Go's checkpoint and promise parsers
// require.
export function unb64(s, what) {
  let b;
  try { b = unb64Loose(s); } catch (e) { b = null; }
  if (!b || b64(b) !== s) throw new Error(`${what || 'value'} is not standard base64`);
  return b;
}
function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
function u16(n) { return Uint8Array.of(n >> 8, n & 255); }
function u32(n) { return Uint8Array.of(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255); }
function equal(a, b) {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
}

// ---- scalars and points (docs/PROTOCOL.md, "Encodings")

function leNumber(b) {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]);
  return n;
}
function scalarBytes(s) {
  const b = new Uint8Array(32);
  for (let i = 0; i < 32; i++) { b[i] = Number(s & 255n); s >>= 8n; }
  return b;
}
const mod = s => ((s % L) + L) % L;
// fromUniform is the wide reduction of 64 bytes (RFC 9496 §4.4).
const fromUniform = b => leNumber(b) % L;
function decodeScalar(b) {
  const s = leNumber(b);
  if (b.length !== 32 || s >= L) throw new Error('non-canonical scalar');
  return s;
}
function decodePoint(b) {
  try { return Point.fromBytes(b); } catch (e) { throw new Error('non-canonical or invalid ristretto255 point'); }
}
// mul is s·P in constant time for secret scalars (noble refuses 0).
const mul = (P, s) => (s === 0n ? Point.ZERO : P.multiply(s));
// mulPublic is s·P for public scalars, in variable time.
const mulPublic = (P, s) => P.multiplyUnsafe(s);

// transcript is SHA-512(u16be(len(DST)) || DST || u32be(len(f)) || f …),
// DST = "scrutin-election-v2/" + label.
function transcript(label, ...fields) {
  const dst = enc.encode(VERSION + '/' + label);
  const h = sha512.create().update(u16(dst.length)).update(dst);
  for (const f of fields) h.update(u32(f.length)).update(f);
  return h.digest();
}

// ---- the ballot (docs/PROTOCOL.md, "Ballot")

export function ballotSize(k) { return 2 + (k - 1) * 64 + k * PROOF_BLOCK; }

function checkContext(ctx) {
  if (!(ctx.voteID instanceof Uint8Array) || ctx.voteID.length === 0 || ctx.voteID.length > MAX_VOTE_ID) throw new Error('vote id must be 1 to 1024 bytes');
  if (!Number.isInteger(ctx.options) || ctx.options < MIN_OPTIONS || ctx.options > MAX_OPTIONS) throw new Error(`${ctx.options} options, want 2 to 16`);
  if (!(ctx.credential instanceof Uint8Array) || ctx.credential.length !== 32) throw new Error('credential must be 32 bytes');
  const K = decodePoint(ctx.electionKey);
  if (K.is0()) throw new Error('public key is the identity element');
  return K;
}

function ballotDigest(ctx, k, sent) {
  return transcript('ballot', ctx.voteID, ctx.electionKey, ctx.credential, Uint8Array.of(k), sent);
}
function rangeChallenge(d, i, commitments) {
  return fromUniform(transcript('range-proof', d, Uint8Array.of(i), commitments));
}

// encryptBallot is election.Encrypt: the encoded ballot for option choice
// under ctx = {voteID, electionKey, credential (bytes), options}, with
// 64-byte random draws from random(64) taken in Go's order (the nonces
// r_0 … r_{k−2}, then per option c_j, z_j, w: docs/PROTOCOL.md §3).
export function encryptBallot(random, ctx, choice) {
  return finishBallot(prepareBallot(random, ctx), choice);
}

// prepareBallot draws a ballot's randomness and computes every point that
// does not depend on the choice, so that finishBallot is only hashes and
// scalar arithmetic: the page prepares while the voter chooses.
//
// With R_i = r_i·G and S_i = r_i·K (for the derived last option,
// r = −Σr_i, R = −ΣR_i, S = −ΣS_i), option i's ciphertext is
// (R_i, S_i + m_i·G). In its proof (election's proveBit), the simulated
// branch j = 1 − m has A_j = −c_j·R_i + z_j·G, the same for m = 0 and 1,
// and B_j = z_j·K − c_j·(β − j·G) = z_j·K − c_j·S_i ∓ c_j·G (− for m = 0,
// j = 1; + for m = 1, j = 0); the real branch has A_m = w·G, B_m = w·K.
// Both encodings of β and of B_j are made here.
export function prepareBallot(random, ctx) {
  const K = checkContext(ctx);
  const k = ctx.options;
  const draw = () => fromUniform(random(64));
  const opts = [];
  let rLast = 0n, RLast = Point.ZERO, SLast = Point.ZERO;
  for (let i = 0; i < k - 1; i++) {
    const r = draw(), R = mul(G, r), S = mul(K, r);
    opts.push({ r, R, S });
    rLast = mod(rLast - r); RLast = RLast.subtract(R); SLast = SLast.subtract(S);
  }
  opts.push({ r: rLast, R: RLast, S: SLast });
  opts.forEach((o, i) => {
    const cj = draw(), zj = draw(), w = draw();
    const negC = mod(-cj);
    // The simulated branch's values are published: variable time is fine.
    const Bsim = mulPublic(K, zj).add(mulPublic(o.S, negC)), cG = mulPublic(G, negC);
    if (i < k - 1) Object.assign(o, { alpha: o.R.toBytes(), beta: [o.S.toBytes(), o.S.add(G).toBytes()] }); // β for m = 0, 1
    Object.assign(o, {
      cj, zj, w,
      Asim: mulPublic(o.R, negC).add(mulPublic(G, zj)).toBytes(),
      Bsim: [Bsim.subtract(cG).toBytes(), Bsim.add(cG).toBytes()], // m = 0, 1
      wG: mul(G, w).toBytes(), wK: mul(K, w).toBytes(),
    });
  });
  return { ctx: { ...ctx }, k, opts };
}

// finishBallot is the ballot for choice from a prepared one.
export function finishBallot(p, choice) {
  const { ctx, k, opts } = p;
  if (!Number.isInteger(choice) || choice < 0 || choice >= k) throw new Error(`choice ${choice} out of range`);
  const m = i => (i === choice ? 1 : 0);
  const sent = concat(...opts.slice(0, k - 1).flatMap((o, i) => [o.alpha, o.beta[m(i)]]));
  const d = ballotDigest(ctx, k, sent);
  const out = [Uint8Array.of(2, k), sent];
  opts.forEach((o, i) => {
    const mi = m(i);
    // Branch 0 then branch 1: (A0, B0, A1, B1).
    const commitments = mi === 0 ? concat(o.wG, o.wK, o.Asim, o.Bsim[0]) : concat(o.Asim, o.Bsim[1], o.wG, o.wK);
    const ch = rangeChallenge(d, i, commitments);
    const cm = mod(ch - o.cj), zm = mod(cm * o.r + o.w);
    const [c0, z0, z1] = mi === 0 ? [cm, zm, o.zj] : [o.cj, o.zj, zm];
    out.push(commitments, scalarBytes(c0), scalarBytes(z0), scalarBytes(z1));
  });
  return concat(...out);
}

// verifyBallot is election's Ballot.Verify after UnmarshalBallot: strict
// decoding, then each option's 0-or-1 proof. It throws on a bad ballot.
export function verifyBallot(ctx, b) {
  const K = checkContext(ctx);
  if (b.length < 2) throw new Error('too short');
  if (b[0] !== 2) throw new Error(`unknown version ${b[0]}`);
  const k = b[1];
  if (k < MIN_OPTIONS || k > MAX_OPTIONS) throw new Error(`${k} options, want 2 to 16`);
  if (b.length !== ballotSize(k)) throw new Error(`length ${b.length}, want ${ballotSize(k)}`);
  let off = 2;
  const point = () => decodePoint(b.subarray(off, (off += 32)));
  const scalar = () => decodeScalar(b.subarray(off, (off += 32)));
  const cts = [];
  let aLast = Point.ZERO, bLast = G;
  for (let i = 0; i < k - 1; i++) {
    const ct = [point(), point()];
    cts.push(ct);
    aLast = aLast.subtract(ct[0]);
    bLast = bLast.subtract(ct[1]);
  }
  cts.push([aLast, bLast]);
  const proofs = [];
  for (let i = 0; i < k; i++) proofs.push({ at: off, A0: point(), B0: point(), A1: point(), B1: point(), c0: scalar(), z0: scalar(), z1: scalar() });
  if (k !== ctx.options) throw new Error(`ballot has ${k} options, vote has ${ctx.options}`);
  const d = ballotDigest(ctx, k, b.subarray(2, 2 + (k - 1) * 64));
  proofs.forEach((p, i) => {
    const [alpha, beta] = cts[i];
    const c = rangeChallenge(d, i, b.subarray(p.at, p.at + 128));
    const c1 = mod(c - p.c0);
    // z0·G = A0 + c0·α, z0·K = B0 + c0·β, z1·G = A1 + c1·α, z1·K = B1 + c1·(β − G)
    const ok = mulPublic(G, p.z0).equals(p.A0.add(mulPublic(alpha, p.c0))) &&
      mulPublic(K, p.z0).equals(p.B0.add(mulPublic(beta, p.c0))) &&
      mulPublic(G, p.z1).equals(p.A1.add(mulPublic(alpha, c1))) &&
      mulPublic(K, p.z1).equals(p.B1.add(mulPublic(beta.subtract(G), c1)));
    if (!ok) throw new Error(`option ${i}: invalid 0-or-1 proof`);
  });
}

// ---- the signature (docs/PROTOCOL.md, "Ballot signature")

const SIG_CONTEXT = enc.encode(VERSION + '/ballot-signature');
function signedMessage(voteID, ballot) {
  return concat(u16(SIG_CONTEXT.length), SIG_CONTEXT, u32(voteID.length), voteID, u32(ballot.length), ballot);
}
export function signBallot(seed, voteID, ballot) {
  return ed25519.sign(signedMessage(voteID, ballot), seed);
}
// verifyBallotSignature applies the ZIP-215 rules: any encoding of A and
// R, S below ℓ, the cofactored equation.
export function verifyBallotSignature(credential, voteID, ballot, sig) {
  if (sig.length !== 64 || credential.length !== 32 || !ed25519.verify(sig, signedMessage(voteID, ballot), credential, { zip215: true })) {
    throw new Error('invalid signature');
  }
}

// ---- the voter's API (what vote.js and receipt.js call)

function seedBytes(seedHex) {
  return unhex(seedHex, 32, 'the credential\'s private key');
}
function randomBytes(n) { return crypto.getRandomValues(new Uint8Array(n)); }

// newCredential makes a voting ID: {seed, credential}, in hexadecimal.
export function newCredential() {
  const seed = randomBytes(32);
  return { seed: hex(seed), credential: hex(ed25519.getPublicKey(seed)) };
}

// credential returns the public key of a seed: {credential}.
export function credential(seedHex) {
  return { credential: hex(ed25519.getPublicKey(seedBytes(seedHex))) };
}

// encrypt makes the signed ballot for vote (the API's JSON object:
// id, options, election_key) and choice (an option's index):
// {ballot, signature} in base64 and ms, the time it took.
function voteContext(vote, seed) {
  if (!vote || typeof vote.id !== 'string' || !Array.isArray(vote.options)) throw new Error('couldn\'t read the vote');
  return { voteID: enc.encode(vote.id), electionKey: unhex(vote.election_key, 32, 'the election key'), credential: ed25519.getPublicKey(seed), options: vote.options.length };
}
const sameContext = (a, b) => a.options === b.options && equal(a.voteID, b.voteID) && equal(a.electionKey, b.electionKey) && equal(a.credential, b.credential);

// prepared is the ballot prepare made, used once by encrypt: its
// randomness must never serve two ballots.
let prepared = null;

// prepare draws the randomness of the next ballot for vote and seed and
// computes all of it that does not depend on the choice (prepareBallot),
// for encrypt to finish.
export function prepare(vote, seedHex, random = randomBytes) {
  prepared = prepareBallot(random, voteContext(vote, seedBytes(seedHex)));
}

export function encrypt(vote, choice, seedHex, random = randomBytes) {
  const t = typeof performance === 'object' ? performance.now() : Date.now();
  const seed = seedBytes(seedHex);
  const ctx = voteContext(vote, seed), voteID = ctx.voteID;
  let p = prepared;
  prepared = null;
  if (!p || !sameContext(p.ctx, ctx)) p = prepareBallot(random, ctx);
  const ballot = finishBallot(p, choice);
  const signature = signBallot(seed, voteID, ballot);
  const ms = (typeof performance === 'object' ? performance.now() : Date.now()) - t;
  return { ballot: b64(ballot), signature: b64(signature), ms };
}

// ---- receipts: signed notes, checkpoints, promises, Merkle proofs

// verifier parses a note verifier key, name+hash+base64(0x01 || key).
export function verifier(vkey) {
  const bad = new Error('malformed verifier id');
  if (typeof vkey !== 'string') throw bad;
  const [name, hash16, key64] = [vkey.split('+')[0], vkey.split('+')[1], vkey.split('+').slice(2).join('+')];
  if (!validName(name) || !/^[0-9a-fA-F]{8}$/.test(hash16 || '')) throw bad;
  let key;
  try { key = unb64Loose(key64); } catch (e) { throw bad; }
  if (key.length === 0) throw bad;
  const hash = parseInt(hash16, 16);
  if (keyHash(name, key) !== hash) throw new Error('invalid verifier hash');
  if (key[0] !== 1) throw new Error('unknown verifier algorithm');
  if (key.length !== 33) throw bad;
  return { name, hash, key: key.subarray(1) };
}
function keyHash(name, key) {
  const h = sha256(concat(enc.encode(name + '\n'), key));
  return ((h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3]) >>> 0;
}
function validName(n) { return typeof n === 'string' && n !== '' && !/[\s+]/u.test(n); }

// openNote is x/mod's note.Open with one known key: it returns the
// note's text if a signature line of that key verifies, fails if one does
// not, and ignores other keys' lines.
export function openNote(msg, v) {
  for (const ch of msg) {
    const c = ch.codePointAt(0);
    if (c < 0x20 && c !== 10) throw new Error('malformed note');
  }
  const split = msg.lastIndexOf('\n\n');
  if (split < 0) throw new Error('malformed note');
  const text = msg.slice(0, split + 1);
  let sigs = msg.slice(split + 2);
  if (sigs === '' || !sigs.endsWith('\n')) throw new Error('malformed note');
  let verified = false, n = 0, seen = false;
  for (const line of sigs.slice(0, -1).split('\n')) {
    if (!line.startsWith('\u2014 ')) throw new Error('malformed note');
    const rest = line.slice(2), sp = rest.indexOf(' ');
    const name = sp < 0 ? rest : rest.slice(0, sp), b = sp < 0 ? '' : rest.slice(sp + 1);
    let sig;
    try { sig = unb64Loose(b); } catch (e) { throw new Error('malformed note'); }
    if (!validName(name) || b === '' || sig.length < 5) throw new Error('malformed note');
    if (++n > 100) throw new Error('malformed note');
    const hash = ((sig[0] << 24) | (sig[1] << 16) | (sig[2] << 8) | sig[3]) >>> 0;
    if (name !== v.name || hash !== v.hash || seen) continue;
    seen = true;
    if (!ed25519.verify(sig.subarray(4), enc.encode(text), v.key, { zip215: false })) throw new Error(`invalid signature for key ${name}+${hash.toString(16).padStart(8, '0')}`);
    verified = true;
  }
  if (!verified) throw new Error('note has no verifiable signature');
  return text;
}
// unb64Loose is Go's base64.StdEncoding.DecodeString, which accepts
// non-zero padding bits (signature lines are not re-encoded).
function unb64Loose(s) {
  if (typeof s !== 'string' || s.length % 4 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw new Error('base64');
  const out = [];
  for (let i = 0; i < s.length; i += 4) {
    const v = [...s.slice(i, i + 4)].map(c => (c === '=' ? 0 : B64.indexOf(c)));
    const n = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
    out.push(n >> 16, (n >> 8) & 255, n & 255);
  }
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Uint8Array.from(out.slice(0, out.length - pad));
}

function lines(text, what) {
  if (!text.endsWith('\n')) throw new Error(`malformed ${what}: no final newline`);
  return text.slice(0, -1).split('\n');
}
function decimal(s, what) {
  if (!/^(0|[1-9][0-9]*)$/.test(s) || Number(s) > Number.MAX_SAFE_INTEGER) throw new Error(`malformed ${what} ${JSON.stringify(s)}`);
  return Number(s);
}
function hash64(s, what) {
  const h = unb64(s, what);
  if (h.length !== 32) throw new Error(`malformed ${what}`);
  return h;
}

// openCheckpoint is domain.OpenCheckpoint: {origin, size, hash}.
export function openCheckpoint(signed, v) {
  const l = lines(openNote(signed, v), 'checkpoint');
  if (l.length < 3) throw new Error('malformed checkpoint: fewer than 3 lines');
  if (l[0] === '') throw new Error('malformed checkpoint: empty origin');
  if (l.slice(3).some(x => x === '')) throw new Error('malformed checkpoint: empty extension line');
  const cp = { origin: l[0], size: decimal(l[1], 'checkpoint: size'), hash: hash64(l[2], 'checkpoint: hash') };
  if (cp.origin !== v.name) throw new Error(`checkpoint origin ${JSON.stringify(cp.origin)} is not the log key's name ${JSON.stringify(v.name)}`);
  return cp;
}

// openPromise is domain.OpenPromise: {origin, index, leaf, time}.
export function openPromise(signed, v) {
  const l = lines(openNote(signed, v), 'promise');
  if (l.length !== 5 || l[1] !== 'scrutin-promise/v1') throw new Error('malformed promise: want 5 lines, the second scrutin-promise/v1');
  if (l[0] === '') throw new Error('malformed promise: empty origin');
  const p = { origin: l[0], index: decimal(l[2], 'promise: index'), leaf: hash64(l[3], 'promise: leaf hash'), time: decimal(l[4], 'promise: time') };
  if (p.origin !== v.name) throw new Error(`promise for origin ${JSON.stringify(p.origin)}, not the log's ${JSON.stringify(v.name)}`);
  return p;
}

// RFC 6962 hashes.
export const leafHash = entry => sha256(concat(Uint8Array.of(0), entry));
const nodeHash = (l, r) => sha256(concat(Uint8Array.of(1), l, r));
const odd = n => n % 2 === 1;
const half = n => Math.floor(n / 2);

// checkRecord is tlog.CheckRecord: proof shows leaf is entry index of the
// tree of size n with root hash (RFC 9162 §2.1.3.2).
export function checkRecord(proof, n, root, index, leaf) {
  if (!(index >= 0 && index < n)) throw new Error('invalid proof');
  let fn = index, sn = n - 1, r = leaf;
  for (const p of proof) {
    if (sn === 0) throw new Error('invalid proof');
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!odd(fn)) while (!odd(fn) && fn !== 0) { fn = half(fn); sn = half(sn); }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn); sn = half(sn);
  }
  if (sn !== 0 || !equal(r, root)) throw new Error('invalid proof');
}

// checkTree is tlog.CheckTree: proof shows the tree of size n with hash h
// is a prefix of the tree of size t with hash th (RFC 9162 §2.1.4.2).
export function checkTree(proof, t, th, n, h) {
  if (!(n >= 1 && n <= t)) throw new Error('invalid proof');
  if (n === t) {
    if (proof.length !== 0 || !equal(h, th)) throw new Error('invalid proof');
    return;
  }
  if (proof.length === 0) throw new Error('invalid proof');
  let p2 = n;
  while (p2 % 2 === 0) p2 /= 2;
  const path = p2 === 1 ? [h, ...proof] : proof;
  let fn = n - 1, sn = t - 1;
  while (odd(fn)) { fn = half(fn); sn = half(sn); }
  let fr = path[0], sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) throw new Error('invalid proof');
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr); sr = nodeHash(c, sr);
      if (!odd(fn)) while (!odd(fn) && fn !== 0) { fn = half(fn); sn = half(sn); }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn); sn = half(sn);
  }
  if (sn !== 0 || !equal(fr, h) || !equal(sr, th)) throw new Error('invalid proof');
}

const hashes = (ss, what) => {
  if (!Array.isArray(ss)) throw new Error(`${what}: not a list`);
  return ss.map(s => unhex(s, 32, 'a hash'));
};

// checkReceipt is client.CheckReceipt, the receipt (the API's JSON) against
// the log's verifier key: {ok, size, origin, closed}, or {ok, promised,
// index} for a promise.
export function checkReceipt(r, vkey) {
  const v = verifier(vkey);
  if (r.state === 'promised') {
    const p = openPromise(r.promise, v);
    const leaf = unhex(r.tracking_code, 32, 'the tracking code');
    if (p.index !== r.index || !equal(p.leaf, leaf)) throw new Error(`the promise is for leaf ${p.index}, ${hex(p.leaf)}; the receipt names ${r.index}, ${r.tracking_code}`);
    return { ok: true, promised: true, index: r.index };
  }
  const cp = openCheckpoint(r.checkpoint, v);
  if (cp.size !== r.size) throw new Error(`receipt size ${r.size}, checkpoint size ${cp.size}`);
  const leaf = unhex(r.tracking_code, 32, 'the tracking code');
  try { checkRecord(hashes(r.inclusion_proof, 'inclusion proof'), cp.size, cp.hash, r.index, leaf); } catch (e) { throw new Error(`the ballot is not in the checkpoint: ${e.message}`); }
  if (r.closing) {
    let ccp;
    try { ccp = openCheckpoint(r.closing.checkpoint, v); } catch (e) { throw new Error(`closing checkpoint: ${e.message}`); }
    try { checkRecord(hashes(r.closing.inclusion_proof, 'inclusion proof'), ccp.size, ccp.hash, r.index, leaf); } catch (e) { throw new Error(`the ballot is not in the closing checkpoint: ${e.message}`); }
    const cons = hashes(r.closing.consistency_proof, 'consistency proof');
    if (ccp.size !== cp.size) {
      try { checkTree(cons, cp.size, cp.hash, ccp.size, ccp.hash); } catch (e) { throw new Error(`the closing checkpoint is not a prefix of the latest: ${e.message}`); }
    }
  }
  return { ok: true, size: cp.size, origin: cp.origin, closed: !!r.closing };
}

// ---- log entries (docs/EVENTS.md)

const MAGIC = enc.encode('scrutin/event/v1\n');
const utf8 = new TextDecoder('utf-8', { fatal: true });
const idByte = c => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 58 || c === 45;

// parseBallotEntry decodes a log entry strictly, as domain.ParseEntry does
// for a BallotCast/v1 event: {stream, revision, time, vote, credential,
// ballot, signature}. Any other event, or a malformed one, throws.
export function parseBallotEntry(b) {
  if (b.length > 65535) throw new Error('entry too large');
  if (!equal(b.subarray(0, MAGIC.length), MAGIC)) throw new Error('malformed entry: does not start with "scrutin/event/v1\\n"');
  let off = MAGIC.length;
  const take = n => {
    if (n < 0 || b.length - off < n) throw new Error(`malformed entry: at byte ${off}: need ${n} bytes, have ${b.length - off}`);
    return b.subarray(off, (off += n));
  };
  const num = n => take(n).reduce((a, x) => a * 256 + x, 0);
  const str = () => {
    const n = num(4);
    try { return utf8.decode(take(n)); } catch (e) { if (e.message.startsWith('malformed')) throw e; throw new Error('malformed entry: not valid UTF-8'); }
  };
  const type = str(), version = num(2), stream = str();
  const rev = take(8), time = take(8);
  const n = num(4);
  if (type !== 'BallotCast' || version !== 1) throw new Error(`the entry is a ${type}/v${version}, not a ballot`);
  const s = enc.encode(stream);
  const dash = stream.indexOf('-');
  if (s.length === 0 || s.length > 200 || dash < 1 || dash === stream.length - 1 ||
    ![...s.subarray(0, dash)].every(c => c >= 97 && c <= 122) || ![...s.subarray(dash + 1)].every(idByte)) throw new Error(`malformed entry: stream ${JSON.stringify(stream)}`);
  if (time[0] === 0x80 && time.subarray(1).every(x => x === 0)) throw new Error('malformed entry: time out of range');
  const payload = take(n);
  if (off !== b.length) throw new Error(`malformed entry: ${b.length - off} trailing bytes`);
  b = payload; off = 0;
  const vote = str(), credential = take(32);
  const ballot = take(num(4)), signature = take(64);
  if (off !== b.length) throw new Error(`BallotCast payload: ${b.length - off} trailing bytes`);
  const vb = enc.encode(vote);
  if (vb.length === 0 || vb.length > 160 || !vb.every(idByte)) throw new Error(`malformed entry: vote ${JSON.stringify(vote)}`);
  let sized = false;
  for (let k = MIN_OPTIONS; k <= MAX_OPTIONS; k++) sized ||= ballot.length === ballotSize(k);
  if (!sized) throw new Error(`malformed entry: ballot of ${ballot.length} bytes is no ballot size`);
  return { stream, revision: hex(rev), time: hex(time), vote, credential: hex(credential), ballot, signature };
}

// checkEntry checks that the log entry (its canonical bytes, base64) hashes
// to the tracking code and is the ballot cast: same vote, credential and,
// when given, ballot bytes (base64).
export function checkEntry(rawB64, tracking, vote, cred, ballotB64) {
  const raw = unb64Loose(rawB64);
  if (hex(leafHash(raw)) !== tracking) throw new Error('the entry served is not the receipt\'s');
  const e = parseBallotEntry(raw);
  if (e.vote !== vote || e.credential !== cred) throw new Error('the receipt\'s entry is another vote\'s or another credential\'s ballot');
  if (ballotB64 && !equal(unb64Loose(ballotB64), e.ballot)) throw new Error('the receipt\'s entry is not the ballot this browser sent');
  return { ok: true };
}
