// Command floorserver is the floor of the side by side append benchmark
// (.ci/bench-peers.sh, docs/BENCHMARKS.md): a net/http server whose POST
// /add reads the body and answers a sequence number, as Tessera's POSIX
// conformance server answers its index — and does nothing else: nothing
// is kept, hashed or written. What the same load tool reaches against it
// on the same machine is the most any server on Go's net/http can reach
// there, with one entry a request.
//
//	floorserver --listen 127.0.0.1:2026
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"strconv"
	"sync/atomic"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:2026", "address to serve on")
	flag.Parse()
	var n atomic.Uint64
	mux := http.NewServeMux()
	mux.HandleFunc("POST /add", func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.Copy(io.Discard, http.MaxBytesReader(w, r.Body, 1<<16)); err != nil {
			http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Write(strconv.AppendUint(nil, n.Add(1)-1, 10))
	})
	mux.HandleFunc("GET /checkpoint", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "floor\n%d\n", n.Load())
	})
	log.Fatal(http.ListenAndServe(*listen, mux))
}
