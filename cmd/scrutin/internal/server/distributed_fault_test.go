package server_test

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/tlog"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
)

// The replica crash test runs a replica in a child process (this test
// binary, re-executed) and kills it with SIGKILL at random points.
const replicaChildEnv = "SCRUTIN_REPLICA_CHILD" // JSON childConfig, set in the child

type childConfig struct {
	Addr, DataDir, SKey, Admin, Store, LogURL, DSN string
}

func TestMain(m *testing.M) {
	if c := os.Getenv(replicaChildEnv); c != "" {
		os.Exit(replicaChild(c))
	}
	if dir := os.Getenv(seedChildEnv); dir != "" {
		os.Exit(seedChild(dir))
	}
	os.Exit(m.Run())
}

func replicaChild(conf string) int {
	var c childConfig
	if err := json.Unmarshal([]byte(conf), &c); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	s, err := server.Open(server.Config{DataDir: c.DataDir, LogKey: c.SKey, AdminToken: c.Admin, Demo: true,
		RatePerSecond: 1e6, Burst: 1e6, Store: c.Store, LogURL: c.LogURL, LeaseDSN: c.DSN, Log: logger})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	ln, err := netListen(c.Addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	s.Serve(ctx, ln)
	s.Close()
	return 0
}

// ack is a registration the ledger acknowledged: its credential and index.
type ack struct {
	cred  string
	index uint64
}

// registrar registers fresh credentials through urls in turn until stop is
// closed, and records what was acknowledged and what was refused.
type loadResult struct {
	mu      sync.Mutex
	acks    []ack
	refused map[int]int // status → count
	paused  int         // 503s saying writes are paused
}

func registerLoad(stop <-chan struct{}, urls func() []string, workers int) *loadResult {
	res := &loadResult{refused: map[int]int{}}
	var wg sync.WaitGroup
	hc := &http.Client{Timeout: 10 * time.Second}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				us := urls()
				url := us[(w+i)%len(us)]
				pub, _, _ := ed25519.GenerateKey(nil)
				cred := hex.EncodeToString(pub)
				body := fmt.Sprintf(`{"credential":%q,"district":"75-01"}`, cred)
				resp, err := hc.Post(url+"/api/v1/register", "application/json", strings.NewReader(body))
				if err != nil {
					time.Sleep(20 * time.Millisecond)
					continue
				}
				var out struct {
					Index uint64 `json:"index"`
					Error string `json:"error"`
				}
				json.NewDecoder(resp.Body).Decode(&out)
				resp.Body.Close()
				res.mu.Lock()
				switch resp.StatusCode {
				case http.StatusCreated:
					res.acks = append(res.acks, ack{cred, out.Index})
				case http.StatusServiceUnavailable:
					res.refused[resp.StatusCode]++
					if strings.Contains(out.Error, "writes are paused") {
						res.paused++
					}
				default:
					res.refused[resp.StatusCode]++
				}
				res.mu.Unlock()
				if resp.StatusCode != http.StatusCreated {
					time.Sleep(20 * time.Millisecond)
				}
			}
		}()
	}
	go func() { <-stop; wg.Wait() }()
	return res
}

// checkAcks checks, through r, that the log holds exactly the store's
// events in order, each acknowledged registration at its index, and no
// credential registered twice; and that every checkpoint seen is
// consistent with the final one.
func checkAcks(t *testing.T, r *replica, acks []ack, seen []string) {
	t.Helper()
	ctx := context.Background()
	size := sequenced(t, r)
	store, log := r.srv.Ledger.Store, r.srv.Ledger.Log
	regs := map[string][]uint64{}
	for from := uint64(0); from < size; {
		rs, err := store.ReadAll(ctx, from, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) == 0 {
			t.Fatalf("the store ends at %d, the log at %d", from, size)
		}
		entries, err := log.Entries(ctx, from, from+uint64(len(rs)))
		if err != nil {
			t.Fatal(err)
		}
		for i, rec := range rs {
			if rec.Position != from+uint64(i) || string(entries[i]) != string(rec.Entry) {
				t.Fatalf("leaf %d is not the store's event %d", from+uint64(i), rec.Position)
			}
			env, err := domain.ParseEntry(rec.Entry)
			if err != nil {
				t.Fatal(err)
			}
			if v, ok := env.Event.(*domain.VoterRegistered); ok {
				regs[v.Credential.String()] = append(regs[v.Credential.String()], rec.Position)
			}
		}
		from += uint64(len(rs))
	}
	for c, at := range regs {
		if len(at) != 1 {
			t.Fatalf("credential %s registered at %v", c, at)
		}
	}
	for _, a := range acks {
		if at := regs[a.cred]; len(at) != 1 || at[0] != a.index {
			t.Fatalf("acknowledged registration of %s at %d: the log has it at %v", a.cred, a.index, at)
		}
	}
	_, final := get(t, r.url+"/log/checkpoint")
	fcp, _, err := domain.OpenCheckpoint([]byte(final), r.srv.Ledger.Verifier())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range seen {
		cp, _, err := domain.OpenCheckpoint([]byte(s), r.srv.Ledger.Verifier())
		if err != nil {
			t.Fatalf("a checkpoint served during the test: %v", err)
		}
		if cp.Size == 0 || cp.Size == fcp.Size {
			if cp.Size == fcp.Size && cp.Hash != fcp.Hash {
				t.Fatalf("two checkpoints at %d with different hashes", cp.Size)
			}
			continue
		}
		p, err := log.ConsistencyProof(ctx, uint64(cp.Size), uint64(fcp.Size))
		if err != nil {
			t.Fatal(err)
		}
		if err := tlog.CheckTree(p, fcp.Size, fcp.Hash, cp.Size, cp.Hash); err != nil {
			t.Fatalf("checkpoint at %d is not consistent with the final one at %d: %v", cp.Size, fcp.Size, err)
		}
	}
	t.Logf("%d events, %d acknowledged registrations all in the log once at their index, %d checkpoints consistent with the final one",
		size, len(acks), len(seen))
}

// watchCheckpoints collects the checkpoints urls serve until stop.
func watchCheckpoints(stop <-chan struct{}, urls func() []string) func() []string {
	var mu sync.Mutex
	var seen []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		hc := &http.Client{Timeout: 2 * time.Second}
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
			for _, u := range urls() {
				resp, err := hc.Get(u + "/log/checkpoint")
				if err != nil {
					continue
				}
				var b strings.Builder
				_, err = ioCopy(&b, resp)
				if err == nil && resp.StatusCode == 200 {
					mu.Lock()
					seen = append(seen, b.String())
					mu.Unlock()
				}
			}
		}
	}()
	return func() []string { <-done; mu.Lock(); defer mu.Unlock(); return seen }
}

// TestDistributedMariaDBDown: MariaDB (Trillian's database) stopped under
// load: /readyz fails, writes answer 503 saying why, nothing acknowledged
// is lost, and the service resumes by itself once MariaDB is back.
// .ci/distributed.sh gives the commands that stop and start MariaDB.
func TestDistributedMariaDBDown(t *testing.T) {
	d := newDistEnv(t)
	stopCmd, startCmd := os.Getenv("SCRUTIN_TEST_MARIADB_STOP"), os.Getenv("SCRUTIN_TEST_MARIADB_START")
	if stopCmd == "" || startCmd == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("SCRUTIN_TEST_MARIADB_STOP and _START are not set (.ci/distributed.sh sets them)")
		}
		t.Skip("SCRUTIN_TEST_MARIADB_STOP and _START are not set: run .ci/distributed.sh")
	}
	r := d.replica(true)
	stop := make(chan struct{})
	urls := func() []string { return []string{r.url} }
	load := registerLoad(stop, urls, 4)
	seen := watchCheckpoints(stop, urls)
	time.Sleep(2 * time.Second)
	ready := func() int { code, _ := get(t, r.url+"/readyz"); return code }
	if c := ready(); c != 200 {
		t.Fatalf("/readyz before the fault: %d", c)
	}

	sh(t, stopCmd)
	restarted := false
	defer func() {
		if !restarted {
			sh(t, startCmd)
		}
	}()
	deadline := time.Now().Add(2 * time.Minute)
	for ready() != http.StatusServiceUnavailable {
		if time.Now().After(deadline) {
			t.Fatal("/readyz still succeeds 2 minutes after MariaDB stopped")
		}
		time.Sleep(100 * time.Millisecond)
	}
	_, why := get(t, r.url+"/readyz")
	t.Logf("MariaDB stopped: /readyz %s", trim(why))
	load.mu.Lock()
	pausedBefore := load.paused
	load.mu.Unlock()
	time.Sleep(2 * time.Second)
	load.mu.Lock()
	paused := load.paused - pausedBefore
	load.mu.Unlock()
	if paused == 0 {
		t.Fatal("no write was refused with 503 \"writes are paused\" while MariaDB was down")
	}

	sh(t, startCmd)
	restarted = true
	deadline = time.Now().Add(5 * time.Minute)
	for ready() != 200 {
		if time.Now().After(deadline) {
			_, why := get(t, r.url+"/readyz")
			t.Fatalf("/readyz has not recovered 5 minutes after MariaDB came back: %s", trim(why))
		}
		time.Sleep(200 * time.Millisecond)
	}
	load.mu.Lock()
	n := len(load.acks)
	load.mu.Unlock()
	time.Sleep(2 * time.Second)
	close(stop)
	load.mu.Lock()
	defer load.mu.Unlock()
	if len(load.acks) <= n {
		t.Fatal("no write was acknowledged after MariaDB came back")
	}
	t.Logf("refused while down: %v (%d saying writes are paused)", load.refused, load.paused)
	checkAcks(t, r, load.acks, seen())
}

func sh(t *testing.T, cmd string) {
	t.Helper()
	out, err := exec.Command("sh", "-c", cmd).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", cmd, err, out)
	}
}

// TestDistributedReplicaCrash: two replicas take writes; one, in a child
// process, is killed with SIGKILL at random points and restarted, many
// times, while it may hold the sequencer's lease. Every acknowledged write
// is in the log exactly once, at its index, in store order, and every
// checkpoint either replica served is consistent with the final one.
func TestDistributedReplicaCrash(t *testing.T) {
	d := newDistEnv(t)
	rounds := 8
	if v := os.Getenv("SCRUTIN_CRASH_ROUNDS"); v != "" {
		fmt.Sscan(v, &rounds)
		rounds = max(2, rounds/3)
	}
	b := d.replica(true)
	port := freePort(t)
	conf, _ := json.Marshal(childConfig{Addr: "127.0.0.1:" + port, DataDir: t.TempDir(), SKey: d.skey, Admin: d.admin,
		Store: d.es.URL(), LogURL: d.logURL, DSN: d.dsn})
	childURL := "http://127.0.0.1:" + port
	var cmd *exec.Cmd
	logf, err := os.Create(filepath.Join(t.TempDir(), "child.log"))
	if err != nil {
		t.Fatal(err)
	}
	startChild := func() {
		cmd = exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), replicaChildEnv+"="+string(conf))
		cmd.Stdout, cmd.Stderr = logf, logf
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	startChild()
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	stop := make(chan struct{})
	urls := func() []string { return []string{childURL, b.url} }
	load := registerLoad(stop, urls, 6)
	seen := watchCheckpoints(stop, urls)
	kills := 0
	for i := 0; i < rounds; i++ {
		time.Sleep(time.Duration(500+rand.IntN(2500)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		kills++
		time.Sleep(time.Duration(rand.IntN(500)) * time.Millisecond)
		startChild()
	}
	// The restarted child serves again.
	deadline := time.Now().Add(5 * time.Minute)
	for {
		resp, err := http.Get(childURL + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			out, _ := os.ReadFile(logf.Name())
			t.Fatalf("the restarted replica is not ready:\n%s", lastLines(string(out), 20))
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(time.Second)
	close(stop)
	load.mu.Lock()
	defer load.mu.Unlock()
	t.Logf("%d SIGKILLs of a replica; refused: %v", kills, load.refused)
	if len(load.acks) == 0 {
		t.Fatal("nothing was acknowledged")
	}
	checkAcks(t, b, load.acks, seen())
}

func netListen(addr string) (net.Listener, error) {
	var err error
	for i := 0; i < 50; i++ { // the killed child's port may linger a moment
		var ln net.Listener
		if ln, err = net.Listen("tcp", addr); err == nil {
			return ln, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil, err
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

func ioCopy(w io.Writer, resp *http.Response) (int64, error) {
	defer resp.Body.Close()
	return io.Copy(w, resp.Body)
}
