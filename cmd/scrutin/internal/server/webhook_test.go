package server_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/news"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
)

// TestWebhookChild is the server the webhook test kills: it runs only in
// the child process, appends SCRUTIN_TEST_APPENDS events (bills, which are
// news, and registrations, which are not), writes DATA/appended-<run>, then
// serves until killed.
func TestWebhookChild(t *testing.T) {
	dir := os.Getenv("SCRUTIN_TEST_WEBHOOK_CHILD")
	if dir == "" {
		t.Skip("the child of TestWebhooksSurviveSIGKILL")
	}
	s, err := server.Open(server.Config{DataDir: dir, Demo: true, RatePerSecond: 1e6, Burst: 1e6,
		WebhooksFile: os.Getenv("SCRUTIN_WEBHOOKS_FILE"), WebhookMinBackoff: 20 * time.Millisecond, WebhookMaxBackoff: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	run := os.Getenv("SCRUTIN_TEST_RUN")
	os.WriteFile(filepath.Join(dir, "started-"+run), nil, 0o600)
	n, _ := strconv.Atoi(os.Getenv("SCRUTIN_TEST_APPENDS"))
	for i := range n {
		if i%3 == 2 {
			v, _ := client.NewVoter()
			_, err = s.App.Append(ctx, domain.VoterStream(v.Credential()), &domain.VoterRegistered{Credential: v.Credential(), District: "75-01", Registrar: "demo"})
		} else {
			b := domain.BillID(fmt.Sprintf("b-%s-%d", run, i))
			_, err = s.App.Append(ctx, domain.BillStream(b), &domain.BillIntroduced{Bill: b, Type: domain.BillProjet, Title: "Texte " + string(b)})
		}
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Millisecond)
	}
	os.WriteFile(filepath.Join(dir, "appended-"+run), nil, 0o600)
	time.Sleep(time.Hour)
}

// TestWebhooksSurviveSIGKILL: a server delivering webhooks to a receiver
// that fails a quarter of the time is killed with SIGKILL at random points,
// while it appends and delivers, and restarted; in the end the receiver has
// every news item of the ledger, each with a valid signature, and nothing
// else.
func TestWebhooksSurviveSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills server processes")
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	secret := []byte("a-webhook-secret-of-enough-bytes")
	var mu sync.Mutex
	got := map[string]int{}
	bad := 0
	rng := rand.New(rand.NewPCG(1, 2))
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		// The signature, checked as docs/OPERATIONS.md says, by hand.
		var ts, sig string
		for _, p := range strings.Split(r.Header.Get("Scrutin-Signature"), ",") {
			k, v, _ := strings.Cut(p, "=")
			if k == "t" {
				ts = v
			} else if k == "v1" {
				sig = v
			}
		}
		m := hmac.New(sha256.New, secret)
		m.Write([]byte(ts + "."))
		m.Write(body)
		sec, _ := strconv.ParseInt(ts, 10, 64)
		var it news.Item
		json.Unmarshal(body, &it)
		if sig != hex.EncodeToString(m.Sum(nil)) || time.Since(time.Unix(sec, 0)).Abs() > time.Minute ||
			it.ID == "" || r.Header.Get("Idempotency-Key") != it.ID || r.Header.Get("Scrutin-Event") != it.Type {
			bad++
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		if rng.IntN(4) == 0 {
			http.Error(w, "flaky", http.StatusServiceUnavailable)
			return
		}
		got[it.ID]++
	}))
	defer recv.Close()
	secretFile := filepath.Join(dir, "secret")
	os.WriteFile(secretFile, secret, 0o600)
	hooks := filepath.Join(dir, "webhooks.json")
	os.WriteFile(hooks, fmt.Appendf(nil, `{"endpoints": [{"name": "partner", "url": %q, "secret_file": %q}]}`, recv.URL, secretFile), 0o600)

	start := func(run string, appends int) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestWebhookChild$", "-test.timeout", "10m")
		cmd.Env = append(os.Environ(), "SCRUTIN_TEST_WEBHOOK_CHILD="+data, "SCRUTIN_WEBHOOKS_FILE="+hooks,
			"SCRUTIN_TEST_RUN="+run, "SCRUTIN_TEST_APPENDS="+strconv.Itoa(appends))
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			cmd.Process.Kill()
			cmd.Wait()
			if t.Failed() {
				t.Logf("child %s:\n%s", run, out.String())
			}
		})
		return cmd
	}
	kills := 0
	for run := range 4 {
		cmd := start(strconv.Itoa(run), 150)
		waitFor(t, func() bool { _, err := os.Stat(filepath.Join(data, "started-"+strconv.Itoa(run))); return err == nil })
		// Kill it at a random point: while it appends, or after, while
		// it delivers.
		time.Sleep(time.Duration(rand.IntN(600)) * time.Millisecond)
		cmd.Process.Kill() // SIGKILL
		cmd.Wait()
		kills++
	}
	// A last run appends more and is left to finish its appends; then it
	// is killed too, and the ledger read to know what must arrive.
	cmd := start("last", 60)
	waitFor(t, func() bool { _, err := os.Stat(filepath.Join(data, "appended-last")); return err == nil })
	cmd.Process.Kill()
	cmd.Wait()
	want := map[string]bool{}
	db, err := embedded.Open(filepath.Join(data, "ledger.db"), embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	recs, err := db.ReadAll(context.Background(), 0, 1<<20)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		env, err := domain.ParseEntry(r.Entry)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := news.FromEvent(r.Position, env); ok {
			want[news.ID(r.Entry)] = true
		}
	}
	// The drain: a server that appends nothing delivers what is left.
	start("drain", 0)
	deadline := time.Now().Add(60 * time.Second)
	for {
		mu.Lock()
		missing := 0
		for id := range want {
			if got[id] == 0 {
				missing++
			}
		}
		n, dups := len(got), 0
		for _, c := range got {
			dups += c - 1
		}
		mu.Unlock()
		if missing == 0 {
			if n != len(want) {
				t.Fatalf("received %d distinct items, the ledger makes %d", n, len(want))
			}
			if bad != 0 {
				t.Fatalf("%d deliveries with a bad signature", bad)
			}
			t.Logf("%d events in the ledger, %d news items delivered after %d SIGKILLs; %d repeats (at least once)", len(recs), n, kills, dups)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d news items never arrived", missing, len(want))
		}
		time.Sleep(100 * time.Millisecond)
	}
}
