package ledgertest

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
)

// API returns the public API resources a server holding the ledger would
// serve, by path, in the server's JSON shapes (cmd/scrutin/internal/httpapi,
// which the verifier may not import): /api/v1/log, /api/v1/votes,
// /api/v1/votes/{id}, /api/v1/votes/{id}/sums and /api/v1/bills (the
// fields the verifier reads).
func (l *Ledger) API(signed []byte) (map[string][]byte, error) {
	out := map[string][]byte{}
	put := func(p string, v any) error {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return err
		}
		out[p] = append(b, '\n')
		return nil
	}
	st := l.State
	if err := put("/api/v1/log", map[string]any{"origin": l.Origin, "verifier_key": l.VerifierKey, "size": len(l.Entries), "checkpoint": string(signed)}); err != nil {
		return nil, err
	}
	var bills []map[string]any
	for id, b := range st.Bills {
		bills = append(bills, map[string]any{"id": id, "kind": b.Type.String(), "title": b.Title})
		var stages []map[string]any
		for name, sg := range st.Law().Stages[id] {
			t := sg.Tabled
			sum := map[string]any{"id": name, "order": t.Order, "label": t.Label, "institution": t.Institution, "step": t.Step,
				"reading": t.Reading, "date": t.Date, "has_text": t.HasText, "articles": len(sg.Articles), "complete": sg.Complete()}
			if h, ok := st.StageHash(id, name); ok {
				sum["text_hash"] = hex.EncodeToString(h[:])
			}
			stages = append(stages, sum)
			var arts []map[string]any
			for _, a := range sg.Articles {
				// law.Article's JSON: Go field names.
				arts = append(arts, map[string]any{"Number": a.Number, "FinalNumber": "", "Section": a.Section, "Status": a.Status, "Alineas": a.Alineas})
			}
			if err := put(fmt.Sprintf("/api/v1/bills/%s/stages/%s", id, name), map[string]any{"bill": id, "stage": sum, "articles": arts}); err != nil {
				return nil, err
			}
		}
		if err := put(fmt.Sprintf("/api/v1/bills/%s/stages", id), map[string]any{"bill": id, "stages": stages}); err != nil {
			return nil, err
		}
	}
	if err := put("/api/v1/bills", map[string]any{"bills": bills}); err != nil {
		return nil, err
	}
	var list []map[string]any
	for id, v := range st.Votes {
		o := v.Opened
		status := "open"
		switch {
		case v.Tally != nil:
			status = "tallied"
		case v.Closed:
			status = "closed"
		}
		sum := map[string]any{"id": id, "bill": o.Bill, "stage": o.Stage, "question": o.Question, "options": o.Options,
			"election": o.Election, "opens": o.Opens.Format(time.RFC3339Nano), "closes": o.Closes.Format(time.RFC3339Nano),
			"status": status, "voters": len(st.Counted(v)), "text_hash": hex.EncodeToString(o.TextHash[:])}
		list = append(list, sum)
		byDistrict, byDep := map[string]uint64{}, map[string]uint64{}
		var total uint64
		for d, n := range st.Turnout(v) {
			info, _ := domain.LookupDistrict(d)
			byDistrict[string(d)] += n
			byDep[info.Departement] += n
			total += n
		}
		detail := map[string]any{}
		for k, x := range sum {
			detail[k] = x
		}
		detail["election_key"] = hex.EncodeToString(v.Key.Bytes())
		detail["min_group"] = o.MinGroup
		detail["turnout"] = map[string]any{"vote": id, "total": total, "by_district": byDistrict, "by_departement": byDep, "position": st.Position()}
		if v.Closed {
			detail["closed_at"] = v.ClosedAt
		}
		if v.Tally != nil {
			detail["tally"] = v.Tally
		}
		if err := put(fmt.Sprintf("/api/v1/votes/%s", id), detail); err != nil {
			return nil, err
		}
		if v.Closed {
			var cts []string
			for _, c := range v.Sums {
				b, _ := c.MarshalBinary()
				cts = append(cts, hex.EncodeToString(b))
			}
			if err := put(fmt.Sprintf("/api/v1/votes/%s/sums", id), map[string]any{"vote": id, "groups": v.Groups, "ciphertexts": cts,
				"parts": v.Parts(), "part_size": domain.MaxTallyPart, "decrypted_by": v.Decrypted()}); err != nil {
				return nil, err
			}
		}
	}
	if err := put("/api/v1/votes", list); err != nil {
		return nil, err
	}
	return out, nil
}

// Source serves a ledger from memory.
type Source struct {
	Signed  []byte
	Entries [][]byte
	API     map[string][]byte
}

func (s *Source) String() string { return "memory" }

func (s *Source) Checkpoint(ctx context.Context) ([]byte, error) { return s.Signed, nil }

func (s *Source) EntryBundle(ctx context.Context, n int64, width int) ([][]byte, error) {
	lo := n * verifier.BundleSize
	if lo+int64(width) > int64(len(s.Entries)) {
		return nil, fmt.Errorf("%w: bundle %d.p/%d", verifier.ErrNotFound, n, width)
	}
	return s.Entries[lo : lo+int64(width)], nil
}

func (s *Source) Get(ctx context.Context, p string) ([]byte, error) {
	b, ok := s.API[p]
	if !ok {
		return nil, fmt.Errorf("%w: %s", verifier.ErrNotFound, p)
	}
	return b, nil
}

// Honest returns the ledger as a Source.
func (l *Ledger) Honest() (*Source, error) {
	signed, err := l.Sign(l.Entries)
	if err != nil {
		return nil, err
	}
	api, err := l.API(signed)
	if err != nil {
		return nil, err
	}
	return &Source{Signed: signed, Entries: l.Entries, API: api}, nil
}

// WriteDir archives src into dir, as scrutin-verify fetch would.
func WriteDir(src verifier.Source, dir string) error {
	return verifier.Archive(context.Background(), src, dir, nil)
}
