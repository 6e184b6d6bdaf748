package server_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
)

// tool returns the path of an external checker named by env, failing in CI
// (CI=true) when it is missing, skipping with a message elsewhere.
func tool(t *testing.T, env string) string {
	t.Helper()
	p := os.Getenv(env)
	if p == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not set: .ci/run installs the tool and sets it", env)
		}
		t.Skipf("%s not set (see .ci/run for how to install the tool)", env)
	}
	return p
}

func start(t *testing.T) (*server.Server, string) {
	t.Helper()
	return startIn(t, t.TempDir())
}

func startIn(t *testing.T, dir string) (*server.Server, string) {
	t.Helper()
	s, err := server.Open(server.Config{DataDir: dir, Origin: "scrutin.test/log"})
	if err != nil {
		t.Fatal(err)
	}
	url, _ := serve(t, s)
	return s, url
}

// serve serves s on a loopback port until the test ends, or stop is
// called, then closes it; it returns its URL.
func serve(t *testing.T, s *server.Server) (url string, stop func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.Close()
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Serve(ctx, ln); close(done) }()
	stop = sync.OnceFunc(func() { cancel(); <-done; s.Close() })
	t.Cleanup(stop)
	return "http://" + ln.Addr().String(), stop
}

// appendBills appends n bills, each opening its own stream, from 64
// writers (the embedded store groups them into few commits).
func appendBills(t *testing.T, st eventstore.Store, n int) {
	t.Helper()
	ctx := context.Background()
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 64; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				ev := storetest.Bill(i)
				if _, err := st.Append(ctx, domain.BillStream(ev.(*domain.BillIntroduced).Bill), eventstore.NoStream, ev); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestTesseraFsck has Tessera's fsck, a C2SP tlog-tiles client that no one
// here wrote, check the served log: checkpoint signature, every entry
// bundle and every hash tile, against the root.
func TestTesseraFsck(t *testing.T) {
	fsck := tool(t, "SCRUTIN_FSCK")
	n := 100_000
	if testing.Short() {
		n = 20_000
	}
	s, url := start(t)
	appendBills(t, s.DB, n)
	keyFile := filepath.Join(t.TempDir(), "log.pub")
	if err := os.WriteFile(keyFile, []byte(s.Ledger.VerifierKey()), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	// fsck logs its verdict and, in this version, exits 0 either way: the
	// test reads the verdict line.
	run := func(base string) string {
		out, _ := exec.CommandContext(ctx, fsck, "--storage_url="+base+"/log/", "--public_key="+keyFile,
			"--origin=scrutin.test/log", "--ui=false", "--N=4").CombinedOutput()
		return string(out)
	}
	out := run(url)
	t.Logf("honest log: %s", lastLines(out, 2))
	if want := fmt.Sprintf("Successfully fsck'd log with size %d", n); !strings.Contains(out, want) {
		t.Fatalf("fsck did not pass the honest log of %d entries:\n%s", n, lastLines(out, 8))
	}

	// The same checker catches a server whose tiles lie: one byte flipped
	// in one entry bundle.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	tamper := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		s.Handler.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		if r.URL.Path == "/log/tile/entries/001" && len(body) > 100 {
			body[100] ^= 1
		}
		w.WriteHeader(rec.Code)
		w.Write(body)
	})
	srv := &http.Server{Handler: tamper}
	go srv.Serve(ln)
	defer srv.Close()
	out = run("http://" + ln.Addr().String())
	t.Logf("tampered log: %s", lastLines(out, 2))
	if strings.Contains(out, "Successfully fsck'd") {
		t.Fatalf("fsck passed a log with a flipped byte:\n%s", lastLines(out, 8))
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	for i, l := range lines {
		if len(l) > 300 {
			lines[i] = l[:300] + "…"
		}
	}
	return strings.Join(lines, "\n")
}
