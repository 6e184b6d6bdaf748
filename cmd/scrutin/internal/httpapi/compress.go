package httpapi

import (
	"compress/flate"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5/middleware"
)

// compress gzips (or deflates) the responses whose type gains from it —
// pages, stylesheets, scripts, JSON, CSV, SVG, WebAssembly — when the
// client accepts it. Left out on purpose: the log's tiles and entry
// bundles (application/octet-stream: hashes do not compress, and C2SP
// clients fetch them by the thousand), the checkpoint (text/plain, under
// 1 KB), the metrics. A handler that encodes its own body (the voter's
// WebAssembly, gzipped once in memory) sets Content-Encoding, and the
// middleware leaves it alone. The API's writes (POST under /api/) answer
// plain: their answers are a few positions or a receipt, which gzip does
// not shrink, and resetting a compressor for each cost more CPU than the
// append it answered (docs/BENCHMARKS.md "Side by side").
func compress(next http.Handler) http.Handler {
	gz := gzipper(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, "/api/") {
			next.ServeHTTP(w, r)
			return
		}
		gz.ServeHTTP(w, r)
	})
}

var gzipper = middleware.Compress(flate.DefaultCompression,
	"text/html", "text/css", "text/javascript", "application/javascript",
	"application/json", "application/problem+json", "text/csv", "image/svg+xml", "application/wasm")
