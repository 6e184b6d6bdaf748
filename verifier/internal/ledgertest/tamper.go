package ledgertest

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
	"github.com/scrutin/scrutin/verifier"
	"golang.org/x/mod/sumdb/tlog"
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
	{Name: "tally-served-ahead", Check: "served-position",
		Doc: "the API serves a forged tally (Pour and Contre exchanged) with a turnout position set past the checkpoint, as if the log had grown (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			return l.editVote(h, func(d map[string]any) {
				d["turnout"].(map[string]any)["position"] = json.Number(fmt.Sprint(len(h.Entries) + 10))
				c := d["tally"].(map[string]any)["Groups"].([]any)[0].(map[string]any)["Counts"].([]any)
				c[0], c[1] = c[1], c[0]
			}, nil)
		}},
	{Name: "options-swapped", Check: "served-votes",
		Doc: "the API serves the vote's options in another order (Contre, Pour, Abstention): a page would show every Pour as Contre (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			swap := func(d map[string]any) {
				o := d["options"].([]any)
				o[0], o[1] = o[1], o[0]
			}
			return l.editVote(h, swap, swap)
		}},
	{Name: "question-changed", Check: "served-votes",
		Doc: "the API serves another question for the vote (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			q := func(d map[string]any) { d["question"] = "Pour ou contre l'abrogation du projet de loi ?" }
			return l.editVote(h, q, q)
		}},
	{Name: "text-hash-changed", Check: "served-votes",
		Doc: "the API serves another hash of the text voted on (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			th := func(d map[string]any) { d["text_hash"] = strings.Repeat("ab", 32) }
			return l.editVote(h, th, th)
		}},
	{Name: "status-changed", Check: "served-votes",
		Doc: "the API serves the tallied vote as still open (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			st := func(d map[string]any) { d["status"] = "open" }
			return l.editVote(h, st, st)
		}},
	{Name: "closing-time-changed", Check: "served-votes",
		Doc: "the API serves a closing time a day later than the log's (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			ct := func(d map[string]any) {
				t, _ := time.Parse(time.RFC3339Nano, d["closes"].(string))
				d["closes"] = t.Add(24 * time.Hour).Format(time.RFC3339Nano)
			}
			return l.editVote(h, ct, ct)
		}},
	{Name: "election-key-replaced", Check: "served-keys",
		Doc: "the API serves another election key (trustee 1's own public key) for the vote and its ceremony: ballots encrypted to it could be read by trustee 1 alone (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			other := hex.EncodeToString(l.Trustees[0].Enc.Public().Bytes())
			src, _, err := l.editVote(h, func(d map[string]any) { d["election_key"] = other }, nil)
			if err != nil {
				return nil, nil, err
			}
			return src, nil, editJSON(src.API, "/api/v1/elections/"+string(l.Election), func(d map[string]any) { d["key"] = other })
		}},
	{Name: "trustee-key-replaced", Check: "served-keys",
		Doc: "the API serves the key ceremony with trustee 2's encryption key replaced by trustee 1's (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			src, _, err := l.editVote(h, nil, nil)
			if err != nil {
				return nil, nil, err
			}
			return src, nil, editJSON(src.API, "/api/v1/elections/"+string(l.Election), func(d map[string]any) {
				ts := d["trustees"].([]any)
				ts[1].(map[string]any)["EncryptionKey"] = ts[0].(map[string]any)["EncryptionKey"]
			})
		}},
	{Name: "turnout-raised", Check: "served-turnout",
		Doc: "the API serves the vote's turnout multiplied by ten, in total, by district and by département (the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			return l.editVote(h, func(d map[string]any) {
				t := d["turnout"].(map[string]any)
				times10 := func(v any) any { n, _ := v.(json.Number).Int64(); return json.Number(fmt.Sprint(10 * n)) }
				t["total"] = times10(t["total"])
				for _, k := range []string{"by_district", "by_departement"} {
					m := t[k].(map[string]any)
					for d, n := range m {
						m[d] = times10(n)
					}
				}
			}, nil)
		}},
	{Name: "turnout-page-differs", Check: "served-turnout",
		Doc: "/api/v1/votes/{id}/turnout serves one voter more in one district than the log counts (the vote's details honest; the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			api := cloneAPI(h.API)
			err := editJSON(api, "/api/v1/votes/"+string(l.Vote)+"/turnout", func(d map[string]any) {
				m := d["by_district"].(map[string]any)
				n, _ := m["75-01"].(json.Number).Int64()
				m["75-01"] = json.Number(fmt.Sprint(n + 1))
			})
			return &Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}, nil, err
		}},
	{Name: "log-info-differs", Check: "served-log",
		Doc: "/api/v1/log serves a root hash other than its signed checkpoint's (a reader of the JSON would be shown another tree; the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			api := cloneAPI(h.API)
			err := editJSON(api, "/api/v1/log", func(d map[string]any) { d["root_hash"] = strings.Repeat("00", 32) })
			return &Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}, nil, err
		}},
	{Name: "vote-left-out", Check: "served-votes",
		Doc: "the API's list of votes leaves the vote out (its page still served; the log untouched)",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			api := cloneAPI(h.API)
			api["/api/v1/votes"] = []byte("[]\n")
			return &Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}, nil, nil
		}},
	{Name: "bundle-extra-entry", Check: "tiles",
		Doc: "the entry bundle served holds one entry more than its width (the last entry repeated), checkpoint untouched",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			p, es := lastBundle(h)
			return withTile(h, p, FormatBundle(append(clone(es), es[len(es)-1])))
		}},
	{Name: "bundle-trailing-bytes", Check: "tiles",
		Doc: "the entry bundle served ends with a byte after its last entry, checkpoint untouched",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			p, es := lastBundle(h)
			return withTile(h, p, append(FormatBundle(es), 0))
		}},
	{Name: "bundle-short", Check: "tiles",
		Doc: "the entry bundle served holds one entry fewer than its width, checkpoint untouched",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			p, es := lastBundle(h)
			return withTile(h, p, FormatBundle(es[:len(es)-1]))
		}},
	{Name: "hash-tile-corrupted", Check: "tiles",
		Doc: "one hash of the level-0 hash tile served changed (a client reading proofs from tiles would be misled), entries and checkpoint untouched",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			t := tlog.NewTiles(8, 0, int64(len(h.Entries)))[0]
			p := verifier.HashTilePath(t)
			b, err := h.Tile(context.Background(), p)
			if err != nil {
				return nil, nil, err
			}
			b = append([]byte{}, b...)
			b[5*tlog.HashSize+3] ^= 0x10
			return withTile(h, p, b)
		}},
	{Name: "entries-api-differs", Check: "entries-api",
		Doc: "/api/v1/log/entries serves the bill's entry with its raw bytes intact but its decoded title changed (a reader of the JSON would be misled), tiles and checkpoint untouched",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			api := cloneAPI(h.API)
			p := verifier.EntriesPath(0, int64(min(len(h.Entries), verifier.EntriesPage)))
			dec := json.NewDecoder(bytes.NewReader(api[p]))
			dec.UseNumber()
			var page []map[string]any
			if err := dec.Decode(&page); err != nil {
				return nil, nil, err
			}
			page[0]["event"].(map[string]any)["Title"] = "Projet de loi relatif à l'opacité de la vie publique"
			b, err := json.Marshal(page)
			api[p] = append(b, '\n')
			return &Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}, nil, err
		}},
	{Name: "rekeyed-rollback", Check: "log-identity",
		Doc: "the log's first entries only (the tally and shares gone), re-signed under a new origin and key that the API serves, shown at the same URL to a verifier that saw the whole log: refused unless the new key is accepted",
		Make: func(l *Ledger, h *Source) (*Source, []byte, error) {
			es := clone(h.Entries[:l.find(h.Entries, "TallyShareSubmitted", 0)])
			signer, vkey, err := LogKey(l.Seed+" other", "scrutin.test/other")
			if err != nil {
				return nil, nil, err
			}
			signed, err := SignAs(signer, "scrutin.test/other", es)
			if err != nil {
				return nil, nil, err
			}
			api, err := withEntries(h.API, es)
			if err != nil {
				return nil, nil, err
			}
			api["/api/v1/log"], err = LogInfo("scrutin.test/other", vkey, signed)
			return &Source{Signed: signed, Entries: es, API: api, URL: h.URL}, h.Signed, err
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

// editVote serves the vote's detail edited by detail and its entry in the
// list of votes by list (either may be nil).
func (l *Ledger) editVote(h *Source, detail, list func(map[string]any)) (*Source, []byte, error) {
	api := cloneAPI(h.API)
	src := &Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}
	if detail != nil {
		if err := editJSON(api, "/api/v1/votes/"+string(l.Vote), detail); err != nil {
			return nil, nil, err
		}
	}
	if list != nil {
		dec := json.NewDecoder(bytes.NewReader(api["/api/v1/votes"]))
		dec.UseNumber()
		var vs []map[string]any
		if err := dec.Decode(&vs); err != nil {
			return nil, nil, err
		}
		for _, v := range vs {
			if v["id"] == string(l.Vote) {
				list(v)
			}
		}
		b, err := json.MarshalIndent(vs, "", "  ")
		if err != nil {
			return nil, nil, err
		}
		api["/api/v1/votes"] = append(b, '\n')
	}
	return src, nil, nil
}

// editJSON edits the JSON object api serves at p (numbers kept as written).
func editJSON(api map[string][]byte, p string, edit func(map[string]any)) error {
	dec := json.NewDecoder(bytes.NewReader(api[p]))
	dec.UseNumber()
	var d map[string]any
	if err := dec.Decode(&d); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	edit(d)
	b, err := json.MarshalIndent(d, "", "  ")
	api[p] = append(b, '\n')
	return err
}

// lastBundle returns the path and entries of the tree's last entry bundle.
func lastBundle(h *Source) (string, [][]byte) {
	n := int64(len(h.Entries)-1) / verifier.BundleSize
	es := h.Entries[n*verifier.BundleSize:]
	return verifier.EntryBundlePath(n, len(es)), es
}

// withTile serves h with the tile at p replaced.
func withTile(h *Source, p string, b []byte) (*Source, []byte, error) {
	tiles := map[string][]byte{}
	for k, v := range h.Tiles {
		tiles[k] = v
	}
	tiles[p] = b
	return &Source{Signed: h.Signed, Entries: h.Entries, API: h.API, URL: h.URL, Tiles: tiles}, nil, nil
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
	if err != nil {
		return nil, nil, err
	}
	api["/api/v1/log"], err = LogInfo(l.Origin, l.VerifierKey, signed)
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
