package httpapi

import (
	"compress/flate"

	"github.com/go-chi/chi/v5/middleware"
)

// compress gzips (or deflates) the responses whose type gains from it —
// pages, stylesheets, scripts, JSON, CSV, SVG, WebAssembly — when the
// client accepts it. Left out on purpose: the log's tiles and entry
// bundles (application/octet-stream: hashes do not compress, and C2SP
// clients fetch them by the thousand), the checkpoint (text/plain, under
// 1 KB), the metrics. A handler that encodes its own body (the voter's
// WebAssembly, gzipped once in memory) sets Content-Encoding, and the
// middleware leaves it alone.
var compress = middleware.Compress(flate.DefaultCompression,
	"text/html", "text/css", "text/javascript", "application/javascript",
	"application/json", "application/problem+json", "text/csv", "image/svg+xml", "application/wasm")
