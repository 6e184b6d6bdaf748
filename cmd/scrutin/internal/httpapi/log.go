package httpapi

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// tileHeight is the height of C2SP tlog-tiles: 2^8 = 256 hashes a tile.
const tileHeight = 8

// checkpoint serves the C2SP signed checkpoint: with witnesses, the latest
// one a quorum of them cosigned (their cosignatures as extra signature
// lines), until the first the log's current one.
func (s *Server) checkpoint(w http.ResponseWriter, r *http.Request) {
	var signed []byte
	if s.cfg.Witnessed != nil {
		signed = s.cfg.Witnessed()
	}
	if signed == nil {
		var err error
		if signed, _, err = s.cfg.Ledger.Checkpoint(r.Context()); err != nil {
			s.writeError(w, r, err)
			return
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(signed)
}

// tile serves C2SP tlog-tiles: /log/tile/<L>/<N>[.p/<W>] (hashes) and
// /log/tile/entries/<N>[.p/<W>] (entry bundles).
func (s *Server) tile(w http.ResponseWriter, r *http.Request) {
	rest := chi.URLParam(r, "*")
	// x/mod's parser reads the sumdb form, which adds the height and names
	// the entries level "data": translate, then check the round trip so
	// only canonical paths are served.
	sumdbPath := "tile/8/" + rest
	if strings.HasPrefix(rest, "entries/") {
		sumdbPath = "tile/8/data/" + strings.TrimPrefix(rest, "entries/")
	}
	t, err := tlog.ParseTilePath(sumdbPath)
	if err != nil || t.H != tileHeight || t.Path() != sumdbPath {
		s.writeError(w, r, notFound("no such tile: %s", rest))
		return
	}
	size, err := s.cfg.Ledger.Log.Size(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	level := t.L
	if level < 0 {
		level = 0
	}
	// The tile covers leaves [N·256^(L+1), N·256^(L+1) + W·256^L).
	span := uint64(1) << (uint(tileHeight) * uint(level))
	first := uint64(t.N) * span * (1 << tileHeight)
	need := first + uint64(t.W)*span
	if span == 0 || need > size || need < first {
		s.writeError(w, r, notFound("tile %s is beyond the tree (size %d)", rest, size))
		return
	}
	var data []byte
	if t.L < 0 {
		data, err = s.entryBundle(r, first, first+uint64(t.W))
	} else {
		data, err = s.hashTile(r, t)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if t.W == 1<<tileHeight {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(data)
}

func (s *Server) hashTile(r *http.Request, t tlog.Tile) ([]byte, error) {
	hr, ok := s.cfg.Ledger.Log.(merklelog.HashReader)
	if !ok {
		return nil, &apiError{http.StatusNotImplemented, "this log backend serves no hash tiles"}
	}
	return tlog.ReadTileData(t, tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		return hr.ReadHashes(r.Context(), idx)
	}))
}

func (s *Server) entryBundle(r *http.Request, start, end uint64) ([]byte, error) {
	entries, err := s.cfg.Ledger.Log.Entries(r.Context(), start, end)
	if err != nil {
		return nil, err
	}
	var b []byte
	for _, e := range entries {
		b = binary.BigEndian.AppendUint16(b, uint16(len(e)))
		b = append(b, e...)
	}
	return b, nil
}

type logInfo struct {
	Origin      string `json:"origin"`
	VerifierKey string `json:"verifier_key"`
	Size        int64  `json:"size"`
	RootHash    string `json:"root_hash"`
	Checkpoint  string `json:"checkpoint"`
}

func (s *Server) logInfo(r *http.Request) (any, int, error) {
	signed, cp, err := s.cfg.Ledger.Checkpoint(r.Context())
	if err != nil {
		return nil, 0, err
	}
	return logInfo{
		Origin: cp.Origin, VerifierKey: s.cfg.Ledger.VerifierKey(),
		Size: cp.Size, RootHash: hex.EncodeToString(cp.Hash[:]), Checkpoint: string(signed),
	}, http.StatusOK, nil
}

// Entry is one log entry as the JSON API shows it (the wire type lives
// once, in domain, for the server, its tests and the verifier).
type Entry = domain.LogEntry[domain.Event]

func newEntry(index uint64, raw []byte) (Entry, error) {
	e, err := domain.NewLogEntry(index, raw)
	if err != nil {
		return Entry{}, fmt.Errorf("entry %d in the log does not decode: %w", index, err)
	}
	return e, nil
}

const maxEntriesPerPage = 1000

func (s *Server) entries(r *http.Request) (any, int, error) {
	size, err := s.cfg.Ledger.Log.Size(r.Context())
	if err != nil {
		return nil, 0, err
	}
	start, err := uintParam(r, "start", 0)
	if err != nil {
		return nil, 0, err
	}
	end, err := uintParam(r, "end", min(start+100, size))
	if err != nil {
		return nil, 0, err
	}
	if end < start {
		return nil, 0, badRequest("end %d before start %d", end, start)
	}
	if end-start > maxEntriesPerPage {
		return nil, 0, badRequest("at most %d entries a request", maxEntriesPerPage)
	}
	raws, err := s.cfg.Ledger.Log.Entries(r.Context(), start, end)
	if err != nil {
		return nil, 0, err
	}
	out := make([]Entry, len(raws))
	for i, raw := range raws {
		if out[i], err = newEntry(start+uint64(i), raw); err != nil {
			return nil, 0, err
		}
	}
	return out, http.StatusOK, nil
}

func (s *Server) entry(r *http.Request) (any, int, error) {
	i, err := strconv.ParseUint(chi.URLParam(r, "index"), 10, 64)
	if err != nil {
		return nil, 0, badRequest("index %q is not a number", chi.URLParam(r, "index"))
	}
	raws, err := s.cfg.Ledger.Log.Entries(r.Context(), i, i+1)
	if err != nil {
		return nil, 0, err
	}
	e, err := newEntry(i, raws[0])
	return e, http.StatusOK, err
}

// InclusionProof is the JSON form of an inclusion proof.
type InclusionProof struct {
	Index      uint64   `json:"index"`
	Size       uint64   `json:"size"`
	LeafHash   string   `json:"leaf_hash"`
	RootHash   string   `json:"root_hash"`
	Proof      []string `json:"proof"`
	Checkpoint string   `json:"checkpoint,omitempty"` // signed, when size is the current checkpoint's
}

func (s *Server) inclusion(r *http.Request) (any, int, error) {
	ctx := r.Context()
	signed, cp, err := s.cfg.Ledger.Checkpoint(ctx)
	if err != nil {
		return nil, 0, err
	}
	size, err := uintParam(r, "size", uint64(cp.Size))
	if err != nil {
		return nil, 0, err
	}
	var index uint64
	var leaf tlog.Hash
	if hs := r.URL.Query().Get("hash"); hs != "" {
		h, err := parseHash(hs)
		if err != nil {
			return nil, 0, err
		}
		if index, err = s.cfg.Ledger.Log.LeafIndex(ctx, h); err != nil {
			return nil, 0, err
		}
		leaf = h
	} else {
		if r.URL.Query().Get("index") == "" {
			return nil, 0, badRequest("give index or hash")
		}
		if index, err = uintParam(r, "index", 0); err != nil {
			return nil, 0, err
		}
		if index < size {
			raws, err := s.cfg.Ledger.Log.Entries(ctx, index, index+1)
			if err != nil {
				return nil, 0, err
			}
			leaf = tlog.RecordHash(raws[0])
		}
	}
	proof, err := s.cfg.Ledger.Log.InclusionProof(ctx, index, size)
	if err != nil {
		return nil, 0, err
	}
	root, err := s.cfg.Ledger.Log.TreeHash(ctx, size)
	if err != nil {
		return nil, 0, err
	}
	out := InclusionProof{Index: index, Size: size, LeafHash: hex.EncodeToString(leaf[:]), RootHash: hex.EncodeToString(root[:]), Proof: domain.FormatHashes(proof)}
	if size == uint64(cp.Size) {
		out.Checkpoint = string(signed)
	}
	return out, http.StatusOK, nil
}

// ConsistencyProof is the JSON form of a consistency proof.
type ConsistencyProof struct {
	Old   uint64   `json:"old"`
	New   uint64   `json:"new"`
	Proof []string `json:"proof"`
}

func (s *Server) consistency(r *http.Request) (any, int, error) {
	_, cp, err := s.cfg.Ledger.Checkpoint(r.Context())
	if err != nil {
		return nil, 0, err
	}
	if r.URL.Query().Get("old") == "" {
		return nil, 0, badRequest("give old (and new, default the current size)")
	}
	old, err := uintParam(r, "old", 0)
	if err != nil {
		return nil, 0, err
	}
	nw, err := uintParam(r, "new", uint64(cp.Size))
	if err != nil {
		return nil, 0, err
	}
	p, err := s.cfg.Ledger.Log.ConsistencyProof(r.Context(), old, nw)
	if err != nil {
		return nil, 0, err
	}
	return ConsistencyProof{Old: old, New: nw, Proof: domain.FormatHashes(p)}, http.StatusOK, nil
}

func parseHash(s string) (tlog.Hash, error) {
	h, err := domain.ParseHash(s)
	if err != nil {
		return h, badRequest("hash %v", err)
	}
	return h, nil
}

func uintParam(r *http.Request, name string, def uint64) (uint64, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, badRequest("%s %q is not a non-negative integer", name, v)
	}
	return n, nil
}
