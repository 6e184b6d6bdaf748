package ledgertest

import (
	"fmt"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/scrutin/scrutin/verifier"
)

// ServeDir serves an archive directory as a Scrutin server's public API
// would: /log/checkpoint and the C2SP tiles under /log/, the JSON
// resources under /api/v1/, and, if tiles is false, no tiles but
// /api/v1/log/entries instead (as a server whose log backend has none).
func ServeDir(dir string, tiles bool) http.Handler {
	files := http.FileServer(http.Dir(filepath.Join(dir, "log")))
	src := verifier.NewDirSource(dir)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		switch {
		case p == "/log/checkpoint":
			http.StripPrefix("/log", files).ServeHTTP(w, r)
		case strings.HasPrefix(p, "/log/tile/"):
			if !tiles {
				http.Error(w, "this log backend serves no tiles", http.StatusNotImplemented)
				return
			}
			http.StripPrefix("/log", files).ServeHTTP(w, r)
		case p == "/api/v1/log/entries":
			serveEntries(w, r, src)
		case strings.HasPrefix(p, "/api/v1/") && path.Clean(p) == p:
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "/"))+".json"))
			if err != nil {
				http.Error(w, `{"error": "not found"}`, http.StatusNotFound)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			w.Write(b)
		default:
			http.NotFound(w, r)
		}
	})
}

func serveEntries(w http.ResponseWriter, r *http.Request, src *verifier.DirSource) {
	start, _ := strconv.ParseInt(r.URL.Query().Get("start"), 10, 64)
	end, _ := strconv.ParseInt(r.URL.Query().Get("end"), 10, 64)
	if end < start || end-start > 1000 {
		http.Error(w, `{"error": "bad range"}`, http.StatusBadRequest)
		return
	}
	// The page as archived, if it is.
	if b, err := src.Get(r.Context(), verifier.EntriesPath(start, end)); err == nil {
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
		return
	}
	var raws [][]byte
	for i := start; i < end; {
		n := i / verifier.BundleSize
		// Read the bundle that holds i, full or the archive's partial one.
		var es [][]byte
		var err error
		for wd := verifier.BundleSize; wd > 0; wd-- {
			var b []byte
			if b, err = src.Tile(r.Context(), verifier.EntryBundlePath(n, wd)); err == nil {
				es, err = ParseBundle(b)
				break
			}
		}
		if err != nil {
			http.Error(w, fmt.Sprintf(`{"error": %q}`, err), http.StatusNotFound)
			return
		}
		for j := i - n*verifier.BundleSize; j < int64(len(es)) && i < end; j++ {
			raws = append(raws, es[j])
			i++
		}
		if int64(len(es)) < verifier.BundleSize && i < end {
			http.Error(w, `{"error": "beyond the tree"}`, http.StatusBadRequest)
			return
		}
	}
	b, err := EntriesJSON(raws, start)
	if err != nil {
		http.Error(w, fmt.Sprintf(`{"error": %q}`, err), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}
