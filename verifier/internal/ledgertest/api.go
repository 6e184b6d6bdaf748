package ledgertest

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
	"golang.org/x/mod/sumdb/tlog"
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
	li, err := LogInfo(l.Origin, l.VerifierKey, signed)
	if err != nil {
		return nil, err
	}
	out["/api/v1/log"] = li
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
		turnout := map[string]any{"vote": id, "total": total, "by_district": byDistrict, "by_departement": byDep, "position": st.Position()}
		detail["turnout"] = turnout
		if err := put(fmt.Sprintf("/api/v1/votes/%s/turnout", id), turnout); err != nil {
			return nil, err
		}
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
	for id, el := range st.Elections {
		info := map[string]any{"id": id, "threshold": el.Created.Threshold, "trustees": el.Created.Trustees}
		dealings := map[int]string{}
		for i, d := range el.Dealings {
			b, _ := d.MarshalBinary()
			dealings[i] = hex.EncodeToString(b)
		}
		info["dealings"] = dealings
		if el.Key != nil {
			info["key"] = hex.EncodeToString(el.Key.Bytes())
			var vks []string
			for _, vk := range el.VKeys {
				vks = append(vks, hex.EncodeToString(vk.Bytes()))
			}
			info["verification_keys"] = vks
		}
		if err := put(fmt.Sprintf("/api/v1/elections/%s", id), info); err != nil {
			return nil, err
		}
	}
	// The JSON entries, in the pages the verifier asks for.
	for start := 0; start < len(l.Entries); start += verifier.EntriesPage {
		end := min(start+verifier.EntriesPage, len(l.Entries))
		page, err := EntriesJSON(l.Entries[start:end], int64(start))
		if err != nil {
			return nil, err
		}
		out[verifier.EntriesPath(int64(start), int64(end))] = page
	}
	return out, nil
}

// LogInfo is /api/v1/log for a log whose latest checkpoint is signed.
func LogInfo(origin, vkey string, signed []byte) ([]byte, error) {
	text, _, _ := strings.Cut(string(signed), "\n\n")
	cp, err := domain.ParseCheckpoint(text + "\n")
	if err != nil {
		return nil, err
	}
	b, err := json.MarshalIndent(map[string]any{"origin": origin, "verifier_key": vkey, "size": cp.Size,
		"root_hash": hex.EncodeToString(cp.Hash[:]), "checkpoint": string(signed)}, "", "  ")
	return append(b, '\n'), err
}

// Entry is an entry as /api/v1/log/entries serves it.
type Entry = domain.LogEntry[domain.Event]

// EntriesJSON is the JSON API's page of entries, the first at index start.
func EntriesJSON(raws [][]byte, start int64) ([]byte, error) {
	es := make([]Entry, len(raws))
	for i, raw := range raws {
		var err error
		if es[i], err = domain.NewLogEntry(uint64(start)+uint64(i), raw); err != nil {
			// An entry that does not decode is served with its bytes only.
			es[i] = domain.UndecodedLogEntry(uint64(start)+uint64(i), raw)
		}
	}
	b, err := json.Marshal(es)
	return append(b, '\n'), err
}

// Source serves a ledger from memory.
type Source struct {
	Signed  []byte
	Entries [][]byte
	API     map[string][]byte
	// URL is the log's URL (its identity in the verifier's state).
	URL string
	// Tiles replaces the tiles served, by path ("tile/entries/000",
	// "tile/0/000"): a nil value is not served. Other tiles are made from
	// Entries.
	Tiles map[string][]byte

	once   sync.Once
	hashes []tlog.Hash
}

func (s *Source) String() string { return "memory" }

// LogURL implements verifier.LogURLer.
func (s *Source) LogURL() string { return s.URL }

func (s *Source) Checkpoint(ctx context.Context) ([]byte, error) { return s.Signed, nil }

// Tile serves entry bundles and hash tiles of the tree of Entries, as a
// server does: any width the tree covers.
func (s *Source) Tile(ctx context.Context, p string) ([]byte, error) {
	if b, ok := s.Tiles[p]; ok {
		if b == nil {
			return nil, fmt.Errorf("%w: %s", verifier.ErrNotFound, p)
		}
		return b, nil
	}
	sumdb := "tile/8/" + strings.TrimPrefix(p, "tile/")
	if rest, ok := strings.CutPrefix(p, "tile/entries/"); ok {
		sumdb = "tile/8/data/" + rest
	}
	t, err := tlog.ParseTilePath(sumdb)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", verifier.ErrNotFound, p)
	}
	if t.L < 0 {
		lo := t.N * verifier.BundleSize
		if lo+int64(t.W) > int64(len(s.Entries)) {
			return nil, fmt.Errorf("%w: %s", verifier.ErrNotFound, p)
		}
		return FormatBundle(s.Entries[lo : lo+int64(t.W)]), nil
	}
	s.once.Do(func() {
		var err error
		if s.hashes, err = storedHashes(s.Entries); err != nil {
			panic(err) // the test ledger's own entries
		}
	})
	hr := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			if x >= int64(len(s.hashes)) {
				return nil, fmt.Errorf("%w: %s", verifier.ErrNotFound, p)
			}
			out[i] = s.hashes[x]
		}
		return out, nil
	})
	span := int64(1) << (8 * t.L)
	if (t.N*256+int64(t.W))*span > int64(len(s.Entries)) {
		return nil, fmt.Errorf("%w: %s", verifier.ErrNotFound, p)
	}
	return tlog.ReadTileData(t, hr)
}

// storedHashes returns the tree's stored hashes of entries, in tlog's
// order (tlog.StoredHashIndex).
func storedHashes(entries [][]byte) ([]tlog.Hash, error) {
	var hashes []tlog.Hash
	for i, e := range entries {
		hs, err := tlog.StoredHashes(int64(i), e, hashReader(hashes))
		if err != nil {
			return nil, err
		}
		hashes = append(hashes, hs...)
	}
	return hashes, nil
}

// hashReader reads stored hashes from hashes, by index.
func hashReader(hashes []tlog.Hash) tlog.HashReader {
	return tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = hashes[x]
		}
		return out, nil
	})
}

func (s *Source) Get(ctx context.Context, p string) ([]byte, error) {
	b, ok := s.API[p]
	if !ok || b == nil {
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
	return &Source{Signed: signed, Entries: l.Entries, API: api, URL: TestURL}, nil
}

// TestURL is the URL of the ledgers' log.
const TestURL = "https://scrutin.test"

// WriteDir archives src into dir, as scrutin-verify fetch would.
func WriteDir(src verifier.Source, dir string) error {
	return verifier.Archive(context.Background(), src, dir, nil)
}
