package server_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/backup"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
)

// TestBackupUnderLoad: a backup taken through the admin API while writers
// append restores to a ledger that scrutin-verify's audit passes, holding
// at least every event acknowledged before the backup began; a backup cut
// short is refused whole.
func TestBackupUnderLoad(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	secretFile := filepath.Join(dir, "secret")
	os.WriteFile(secretFile, []byte("a-webhook-secret-of-enough-bytes"), 0o600)
	hooks := filepath.Join(dir, "webhooks.json")
	os.WriteFile(hooks, fmt.Appendf(nil, `{"endpoints": [{"name": "nowhere", "url": "http://127.0.0.1:1/", "secret_file": %q}]}`, secretFile), 0o600)
	s, err := server.Open(server.Config{DataDir: filepath.Join(dir, "data"), Demo: true, RatePerSecond: 1e6, Burst: 1e6,
		AdminToken: "backup-test-token", WebhooksFile: hooks})
	if err != nil {
		t.Fatal(err)
	}
	url, stop := serve(t, s)
	vkey := s.Ledger.VerifierKey()

	// A ledger of some megabytes, so the copy takes a while: one stage
	// of 60 articles of 40 kB.
	const arts = 60
	if _, err := s.App.Append(ctx, domain.BillStream("big"), &domain.BillIntroduced{Bill: "big", Type: domain.BillProjet, Title: "Un long texte"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.App.Append(ctx, domain.BillStream("big"), &domain.StageTabled{Bill: "big", Stage: "00_depot", Step: "depot", HasText: true, Articles: arts}); err != nil {
		t.Fatal(err)
	}
	for i := range arts {
		al := strings.Repeat(fmt.Sprintf("Alinéa de l'article %d. ", i+1), 40<<10/25)
		if _, err := s.App.Append(ctx, domain.BillStream("big"), &domain.ArticleTexted{Bill: "big", Stage: "00_depot", Index: uint32(i), Number: fmt.Sprint(i + 1), Part: 1, Parts: 1, Alineas: []string{al}}); err != nil {
			t.Fatal(err)
		}
	}

	// Writers: bills and registrations, as fast as they go.
	var acked atomic.Uint64
	loadCtx, stopLoad := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; loadCtx.Err() == nil; i++ {
				var err error
				if w == 2 {
					v, _ := client.NewVoter()
					_, err = s.App.Append(loadCtx, domain.VoterStream(v.Credential()), &domain.VoterRegistered{Credential: v.Credential(), District: "75-01", Registrar: "demo"})
				} else {
					b := domain.BillID(fmt.Sprintf("b%d-%d", w, i))
					_, err = s.App.Append(loadCtx, domain.BillStream(b), &domain.BillIntroduced{Bill: b, Type: domain.BillProjet, Title: "Texte " + string(b)})
				}
				if err != nil {
					if loadCtx.Err() == nil {
						t.Errorf("writer %d: %v", w, err)
					}
					return
				}
				acked.Add(1)
			}
		}()
	}
	waitFor(t, func() bool { return acked.Load() >= 300 })

	get := func(token string) *http.Response {
		req, _ := http.NewRequest("GET", url+"/api/v1/admin/backup", nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	if resp := get("wrong"); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("backup with a wrong token: %s", resp.Status)
	}
	before, _ := s.Head(ctx)
	resp := get("backup-test-token")
	// Read slowly, as over a modest link: the server's read transaction
	// stays open while the writers go on.
	var buf bytes.Buffer
	for {
		n, err := io.CopyN(&buf, resp.Body, 32<<10)
		if err != nil || n == 0 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	resp.Body.Close()
	raw := buf.Bytes()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/x-tar" {
		t.Fatalf("backup: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	after, _ := s.Head(ctx)
	stopLoad()
	wg.Wait()
	stop()
	if after <= before {
		t.Fatalf("no writes during the backup (log %d → %d): the test proves nothing", before, after)
	}

	// A stream cut anywhere is refused, and leaves nothing behind.
	for _, cut := range []int{len(raw) / 3, len(raw) - 2048, len(raw) - 10} {
		dest := filepath.Join(dir, fmt.Sprintf("cut-%d", cut))
		if _, err := backup.Extract(bytes.NewReader(raw[:cut]), dest); !errors.Is(err, backup.ErrIncomplete) {
			t.Fatalf("a backup cut at %d of %d: %v, want ErrIncomplete", cut, len(raw), err)
		}
		if _, err := os.Stat(dest); err == nil {
			t.Fatalf("a refused backup left %s", dest)
		}
	}

	restored := filepath.Join(dir, "restored")
	m, err := backup.Extract(bytes.NewReader(raw), restored)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"ledger.db", "log.key", "webhooks.db"} {
		if _, ok := m.Files[f]; !ok {
			t.Fatalf("the backup lacks %s: %v", f, m.Files)
		}
	}
	if _, err := backup.Extract(bytes.NewReader(raw), restored); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("restoring over an existing directory: %v", err)
	}

	// The restore: a server on the copy, audited like any server.
	s2, err := server.Open(server.Config{DataDir: restored})
	if err != nil {
		t.Fatal(err)
	}
	url2, _ := serve(t, s2)
	size, _ := s2.Head(ctx)
	if size < before || size > after {
		t.Fatalf("the restored log holds %d events; the backup began at %d and ended at %d", size, before, after)
	}
	if s2.Ledger.VerifierKey() != vkey {
		t.Fatal("the restored server signs with another key")
	}
	src, err := verifier.NewHTTPSource(url2, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := verifier.Audit(ctx, src, verifier.Config{VerifierKey: vkey})
	if err != nil || rep.Exit != 0 {
		t.Fatalf("scrutin-verify on the restored ledger: exit %d, %v", rep.Exit, err)
	}
	t.Logf("backup of %d bytes (%d files) taken while the log grew from %d to %d; restored %d events, audit passed in %v",
		len(raw), len(m.Files), before, after, size, rep.Elapsed.Round(time.Millisecond))
}
