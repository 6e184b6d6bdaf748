package ledgertest

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
	"github.com/scrutin/scrutin/verifier"
)

// Case is one tampering of an honest ledger, and what an audit must say.
type Case struct {
	Name string
	// Check is the check that must fail; Rule, if set, the domain rule.
	Check, Rule string
	// Doc says what was done.
	Doc string
	// Make returns the tampered source, and the signed checkpoint the
	// verifier is to have seen before (nil for none).
	Make func(l *Ledger, honest *Source) (src *Source, seen []byte, err error)
}

// Cases is the tamper suite.
var Cases = []Case{
	{Name: "dropped-ballot", Check: "rules", Rule: "stream-revision",
		Doc: "a counted ballot removed from the log, the checkpoint re-signed",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.find(h.Entries, "BallotCast", 4)
			return l.resigned(h, remove(h.Entries, i))
		}},
	{Name: "dropped-ballot-renumbered", Check: "decryption-proofs", Rule: "decryption-proof",
		Doc: "a counted ballot removed and the vote stream's later revisions renumbered, re-signed: the trustees' shares no longer decrypt the sums of what is left",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.find(h.Entries, "BallotCast", 4)
			es, err := shift(remove(h.Entries, i), i, domain.VoteStream(l.Vote), -1)
			if err != nil {
				return nil, nil, err
			}
			return l.resigned(h, es)
		}},
	{Name: "swapped-entries", Check: "rules", Rule: "stream-revision",
		Doc: "two ballots of the vote stream swapped, re-signed",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.find(h.Entries, "BallotCast", 7)
			es := clone(h.Entries)
			es[i], es[i+1] = es[i+1], es[i]
			return l.resigned(h, es)
		}},
	{Name: "bad-ballot-proof", Check: "ballots", Rule: "ballot-proof",
		Doc: "a ballot whose last response (z1 of the derived option's 0-or-1 proof) was replaced (zero), re-signed by its voter so the signature holds; the log re-signed",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.find(h.Entries, "BallotCast", 9)
			env, _ := domain.ParseEntry(h.Entries[i])
			b := env.Event.(*domain.BallotCast)
			raw := append([]byte{}, b.Ballot...)
			clear(raw[len(raw)-32:])
			b.Ballot = raw
			for _, v := range l.Voters {
				if v.Cred == b.Credential {
					copy(b.Signature[:], election.SignBallot(v.Priv, []byte(b.Vote), raw))
				}
			}
			return l.reencoded(h, i, env)
		}},
	{Name: "bad-ballot-signature", Check: "ballots", Rule: "ballot-signature",
		Doc: "a ballot's signature altered, the log re-signed",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.find(h.Entries, "BallotCast", 11)
			env, _ := domain.ParseEntry(h.Entries[i])
			env.Event.(*domain.BallotCast).Signature[5] ^= 0x40
			return l.reencoded(h, i, env)
		}},
	{Name: "byte-changed", Check: "merkle-tree",
		Doc: "one byte of one ballot entry changed in the served entries, checkpoint untouched",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.find(h.Entries, "BallotCast", 2)
			es := clone(h.Entries)
			e := append([]byte{}, es[i]...)
			e[len(e)/2] ^= 0x01
			es[i] = e
			return &Source{Signed: h.Signed, Entries: es, API: h.API, URL: h.URL}, nil, nil
		}},
	{Name: "non-canonical", Check: "canonical",
		Doc: "the bill's entry re-encoded with a padding byte in its payload (same event, other bytes), re-signed",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.find(h.Entries, "BillIntroduced", 0)
			es := clone(h.Entries)
			e := append(append([]byte{}, es[i]...), 0)
			// The payload length is the u32 before the payload, which ends the entry.
			env, _ := domain.ParseEntry(h.Entries[i])
			plen := len(h.Entries[i]) - payloadOffset(env)
			binary.BigEndian.PutUint32(e[payloadOffset(env)-4:], uint32(plen+1))
			es[i] = e
			return l.resigned(h, es)
		}},
	{Name: "forged-tally", Check: "tallies", Rule: "tally-count",
		Doc: "the published tally's counts for Pour and Contre exchanged in one group, re-signed",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.find(h.Entries, "TallyPublished", 0)
			env, _ := domain.ParseEntry(h.Entries[i])
			t := env.Event.(*domain.TallyPublished)
			for g := range t.Groups {
				if c := t.Groups[g].Counts; c[0] != c[1] {
					c[0], c[1] = c[1], c[0]
					break
				}
			}
			return l.reencoded(h, i, env)
		}},
	{Name: "forged-share", Check: "decryption-proofs", Rule: "decryption-proof",
		Doc: "trustee 3's partial decryption replaced by one made with another key share, signed by trustee 3, re-signed",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.find(h.Entries, "TallyShareSubmitted", 1)
			env, _ := domain.ParseEntry(h.Entries[i])
			ev := env.Event.(*domain.TallyShareSubmitted)
			saved := l.Shares[3]
			l.Shares[3] = l.Shares[1]
			v := l.State.Votes[l.Vote]
			end := min(int(ev.First)+domain.MaxTallyPart, len(v.Sums))
			forged, err := l.NewShare(3, ev.First, v.Sums[ev.First:end])
			l.Shares[3] = saved
			if err != nil {
				return nil, nil, err
			}
			env.Event = forged
			return l.reencoded(h, i, env)
		}},
	{Name: "unregistered-ballot", Check: "rules", Rule: "eligibility",
		Doc: "a valid ballot of a credential never registered inserted after the last ballot, later revisions renumbered, re-signed",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			last := l.findLast(h.Entries, "BallotCast")
			env, _ := domain.ParseEntry(h.Entries[last])
			b, err := l.NewBallot(l.Stranger, 1, "stranger")
			if err != nil {
				return nil, nil, err
			}
			env.Revision++
			env.Event = b
			return l.afterLastBallot(h, env)
		}},
	{Name: "duplicate-ballot", Check: "one-ballot-per-credential",
		Doc: "a counted ballot's entry repeated right after it (revisions renumbered), so one credential would count twice; re-signed",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			i := l.findLast(h.Entries, "BallotCast")
			es, err := shift(insert(h.Entries, i+1, h.Entries[i]), i+1, domain.VoteStream(l.Vote), 1)
			if err != nil {
				return nil, nil, err
			}
			return l.resigned(h, es)
		}},
	{Name: "replayed-ballot", Check: "one-ballot-per-credential",
		Doc: "a voter's first ballot, replaced by their re-vote, replayed after the last ballot (revisions renumbered, re-signed): the rules alone would count the old choice again",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			_, replaced := l.CountedBallot()
			last := l.findLast(h.Entries, "BallotCast")
			env, _ := domain.ParseEntry(h.Entries[replaced])
			lastEnv, _ := domain.ParseEntry(h.Entries[last])
			env.Revision, env.Time = lastEnv.Revision+1, lastEnv.Time
			return l.afterLastBallot(h, env)
		}},
	{Name: "split-view", Check: "consistency",
		Doc: "history rewritten (the bill's source changed in entry 0, every later entry kept, re-signed) and shown to a verifier that saw an earlier checkpoint of the honest log (3 entries fewer)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			seen, err := l.Sign(h.Entries[:len(h.Entries)-3])
			if err != nil {
				return nil, nil, err
			}
			env, _ := domain.ParseEntry(h.Entries[0])
			env.Event.(*domain.BillIntroduced).Source = "https://example.org/rewritten"
			src, _, err := l.reencoded(h, 0, env)
			return src, seen, err
		}},
	{Name: "rolled-back", Check: "consistency",
		Doc: "the log shows its first entries only (the tally and shares gone), re-signed, to a verifier that saw the whole log",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			src, _, err := l.resigned(h, clone(h.Entries[:l.find(h.Entries, "TallyShareSubmitted", 0)]))
			return src, h.Signed, err
		}},
	{Name: "text-differs", Check: "texts",
		Doc: "the API serves the bill's stage text with one alinéa changed (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			api := cloneAPI(h.API)
			p := "/api/v1/bills/b1/stages/depot"
			var d map[string]any
			if err := json.Unmarshal(api[p], &d); err != nil {
				return nil, nil, err
			}
			al := d["articles"].([]any)[0].(map[string]any)["Alineas"].([]any)
			al[2] = "« Tout électeur peut consulter le registre des scrutins, sauf décision contraire. »"
			b, err := json.MarshalIndent(d, "", "  ")
			api[p] = b
			return &Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}, nil, err
		}},
	{Name: "title-differs", Check: "texts",
		Doc: "the API serves a bill title that differs from the log's (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			api := cloneAPI(h.API)
			api["/api/v1/bills"] = []byte(`{"bills": [{"id": "b1", "kind": "projet", "title": "Projet de loi relatif à la transparence de la vie privée"}]}` + "\n")
			return &Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}, nil, nil
		}},
	{Name: "forged-tally-served", Check: "tallies",
		Doc: "the API serves a tally whose counts differ from the log's (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			api := cloneAPI(h.API)
			p := "/api/v1/votes/" + string(l.Vote)
			var d map[string]any
			if err := json.Unmarshal(api[p], &d); err != nil {
				return nil, nil, err
			}
			g := d["tally"].(map[string]any)["Groups"].([]any)[0].(map[string]any)
			c := g["Counts"].([]any)
			c[0], c[2] = c[2], c[0]
			b, err := json.MarshalIndent(d, "", "  ")
			api[p] = b
			return &Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}, nil, err
		}},
}

func payloadOffset(env domain.Envelope) int {
	k := env.Event.Kind()
	return len(domain.EntryMagic) + 4 + len(k.Name) + 2 + 4 + len(env.Stream) + 8 + 8 + 4
}

// resigned serves es, re-signed, with the JSON API's entries to match (a
// server that lies about its log serves the same lie everywhere).
func (l *Ledger) resigned(h *Source, es [][]byte) (*Source, []byte, error) {
	signed, err := l.Sign(es)
	if err != nil {
		return nil, nil, err
	}
	api, err := withEntries(h.API, es)
	return &Source{Signed: signed, Entries: es, API: api, URL: h.URL}, nil, err
}

// withEntries is api with its pages of /api/v1/log/entries made from es.
func withEntries(api map[string][]byte, es [][]byte) (map[string][]byte, error) {
	out := map[string][]byte{}
	for p, b := range api {
		if !strings.HasPrefix(p, "/api/v1/log/entries?") {
			out[p] = b
		}
	}
	for start := 0; start < len(es); start += verifier.EntriesPage {
		end := min(start+verifier.EntriesPage, len(es))
		page, err := EntriesJSON(es[start:end], int64(start))
		if err != nil {
			return nil, err
		}
		out[verifier.EntriesPath(int64(start), int64(end))] = page
	}
	return out, nil
}

func (l *Ledger) reencoded(h *Source, i int, env domain.Envelope) (*Source, []byte, error) {
	e, err := domain.MarshalEntry(env)
	if err != nil {
		return nil, nil, err
	}
	es := clone(h.Entries)
	es[i] = e
	return l.resigned(h, es)
}

// find returns the position of the nth entry (from 0) of the kind.
func (l *Ledger) find(es [][]byte, kind string, nth int) int {
	for i, e := range es {
		env, err := domain.ParseEntry(e)
		if err == nil && env.Event.Kind().Name == kind {
			if nth == 0 {
				return i
			}
			nth--
		}
	}
	panic(fmt.Sprintf("ledgertest: no %s", kind))
}

func (l *Ledger) findLast(es [][]byte, kind string) int {
	last := -1
	for i, e := range es {
		env, err := domain.ParseEntry(e)
		if err == nil && env.Event.Kind().Name == kind {
			last = i
		}
	}
	return last
}

func clone(es [][]byte) [][]byte { return append([][]byte{}, es...) }

func remove(es [][]byte, i int) [][]byte {
	return append(clone(es[:i]), es[i+1:]...)
}

func insert(es [][]byte, i int, e []byte) [][]byte {
	out := append(clone(es[:i]), e)
	return append(out, es[i:]...)
}

// shift re-encodes the entries of stream at positions ≥ from with their
// revision moved by delta.
func shift(es [][]byte, from int, stream domain.StreamID, delta int) ([][]byte, error) {
	out := clone(es)
	for i := from; i < len(out); i++ {
		env, err := domain.ParseEntry(out[i])
		if err != nil {
			return nil, err
		}
		if env.Stream != stream {
			continue
		}
		env.Revision = uint64(int64(env.Revision) + int64(delta))
		if out[i], err = domain.MarshalEntry(env); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func cloneAPI(m map[string][]byte) map[string][]byte {
	out := make(map[string][]byte, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// afterLastBallot inserts env, numbered to follow the vote stream's last
// ballot, right after it, renumbers the stream's later revisions and
// re-signs the log.
func (l *Ledger) afterLastBallot(h *Source, env domain.Envelope) (*Source, []byte, error) {
	last := l.findLast(h.Entries, "BallotCast")
	e, err := domain.MarshalEntry(env)
	if err != nil {
		return nil, nil, err
	}
	es, err := shift(h.Entries, last+1, domain.VoteStream(l.Vote), 1)
	if err != nil {
		return nil, nil, err
	}
	return l.resigned(h, insert(es, last+1, e))
}
