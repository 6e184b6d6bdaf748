package ledgertest

import (
	"encoding/hex"
	"encoding/json"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// Receipt returns the JSON receipt the server would give for the ballot at
// index, with the honest log's proofs (the server's shape, see
// cmd/scrutin/internal/app/receipt.go).
func (l *Ledger) Receipt(index int, status string) ([]byte, error) {
	var hashes []tlog.Hash
	r := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = hashes[x]
		}
		return out, nil
	})
	for i, e := range l.Entries {
		hs, err := tlog.StoredHashes(int64(i), e, r)
		if err != nil {
			return nil, err
		}
		hashes = append(hashes, hs...)
	}
	hexes := func(hs []tlog.Hash) []string {
		out := make([]string, len(hs))
		for i, h := range hs {
			out[i] = hex.EncodeToString(h[:])
		}
		return out
	}
	size := int64(len(l.Entries))
	signed, err := l.Sign(l.Entries)
	if err != nil {
		return nil, err
	}
	p, err := tlog.ProveRecord(size, int64(index), r)
	if err != nil {
		return nil, err
	}
	env, err := domain.ParseEntry(l.Entries[index])
	if err != nil {
		return nil, err
	}
	b := env.Event.(*domain.BallotCast)
	leaf := domain.LeafHash(l.Entries[index])
	rec := map[string]any{"tracking_code": hex.EncodeToString(leaf[:]), "words": domain.TrackingWords(leaf), "vote": b.Vote,
		"credential": b.Credential.String(), "index": index, "checkpoint": string(signed), "size": size,
		"inclusion_proof": hexes(p), "status": status, "tallied": l.State.Votes[b.Vote].Tally != nil}
	if v := l.State.Votes[b.Vote]; v.Closed {
		csize := int64(v.ClosedAt) + 1
		csigned, err := l.Sign(l.Entries[:csize])
		if err != nil {
			return nil, err
		}
		cp, err := tlog.ProveRecord(csize, int64(index), r)
		if err != nil {
			return nil, err
		}
		cons, err := tlog.ProveTree(size, csize, r)
		if err != nil {
			return nil, err
		}
		rec["closing"] = map[string]any{"size": csize, "checkpoint": string(csigned), "inclusion_proof": hexes(cp), "consistency_proof": hexes(cons)}
	}
	return json.MarshalIndent(rec, "", "  ")
}

// CountedBallot returns the position of a counted ballot (voter 0's) and of
// one replaced by a re-vote (voter 3's first).
func (l *Ledger) CountedBallot() (counted, replaced int) {
	v := l.State.Votes[l.Vote]
	counted = int(v.Ballots[l.Voters[0].Cred].Position)
	last := v.Ballots[l.Voters[3].Cred].Position
	for i, e := range l.Entries {
		env, _ := domain.ParseEntry(e)
		if b, ok := env.Event.(*domain.BallotCast); ok && b.Credential == l.Voters[3].Cred && uint64(i) != last {
			replaced = i
		}
	}
	return counted, replaced
}
