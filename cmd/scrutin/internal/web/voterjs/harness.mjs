// The test harness voterjs_test.go runs with node: it reads a JSON list of
// requests on stdin, runs each against the committed bundle
// (../static/voter.js, what the browser loads), and writes a JSON list of
// answers, {value} or {error}, on stdout.
import * as v from '../static/voter.js';

const hexOf = b => v.hex(b);
const fromHex = s => v.unhex(s);

// stream returns a random(n) that reads the bytes of h in order, as Go's
// election.Encrypt reads its io.Reader.
function stream(h) {
  const b = fromHex(h);
  let off = 0;
  return n => {
    if (off + n > b.length) throw new Error('randomness exhausted');
    return b.slice(off, (off += n));
  };
}

const ops = {
  // A test vector of kind ballot, checked as the voter's module would:
  // the ballot's encoding and proofs, then the signature.
  ballot(q) {
    const ctx = { voteID: fromHex(q.vote_id), electionKey: fromHex(q.election_key), credential: fromHex(q.credential), options: q.options };
    v.verifyBallot(ctx, fromHex(q.ballot));
    v.verifyBallotSignature(ctx.credential, ctx.voteID, fromHex(q.ballot), fromHex(q.signature));
    return 'valid';
  },
  // A log entry, parsed as a BallotCast.
  entry(q) {
    const raw = fromHex(q.entry);
    const e = v.parseBallotEntry(raw);
    return { leaf_hash: hexOf(v.leafHash(raw)), stream: e.stream, vote: e.vote, credential: e.credential, ballot: hexOf(e.ballot), signature: hexOf(e.signature) };
  },
  // A ballot from the given randomness, for a byte-for-byte comparison;
  // with prepare, drawn and computed by prepare before the choice, as the
  // page does.
  encrypt(q) {
    let b;
    if (q.prepare) {
      v.prepare(q.vote, q.seed, stream(q.random));
      b = v.encrypt(q.vote, q.choice, q.seed, () => { throw new Error('encrypt drew randomness: the prepared ballot was not used'); });
    } else {
      b = v.encrypt(q.vote, q.choice, q.seed, stream(q.random));
    }
    return { credential: v.credential(q.seed).credential, ballot: b.ballot, signature: b.signature };
  },
  // A prepared ballot serves once: a second encrypt draws anew (here from
  // a generator that fails), and so does one for another vote.
  reuse(q) {
    const none = () => { throw new Error('drew randomness'); };
    v.prepare(q.vote, q.seed);
    v.encrypt(q.vote, 0, q.seed, none);
    const out = {};
    try { v.encrypt(q.vote, 1, q.seed, none); out.second = 'reused'; } catch (e) { out.second = e.message; }
    v.prepare(q.vote, q.seed);
    try { v.encrypt({ ...q.vote, id: q.vote.id + '-other' }, 0, q.seed, none); out.other = 'reused'; } catch (e) { out.other = e.message; }
    return out;
  },
  // n voters, each with a new voting ID, voting for option i mod k.
  voters(q) {
    const out = [];
    for (let i = 0; i < q.n; i++) {
      const c = v.newCredential();
      const b = v.encrypt(q.vote, i % q.vote.options.length, c.seed);
      out.push({ credential: c.credential, choice: i % q.vote.options.length, ballot: b.ballot, signature: b.signature });
    }
    return out;
  },
  receipt(q) { return v.checkReceipt(q.receipt, q.key); },
  checkEntry(q) { return v.checkEntry(q.raw, q.tracking, q.vote, q.credential, q.ballot || ''); },
};

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = JSON.parse(input).map(q => {
  try {
    if (!ops[q.op]) throw new Error(`unknown op ${q.op}`);
    return { value: ops[q.op](q) };
  } catch (e) {
    return { error: String(e && e.message || e) };
  }
});
process.stdout.write(JSON.stringify(out));
