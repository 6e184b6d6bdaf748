package embedded_test

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/ledger"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// The crash test's child: it appends under load from several writers and
// prints a line for every acknowledged event ("ack POS LEAFHASH") and every
// checkpoint it issues ("cp BASE16(note)"), until it is killed.
func init() {
	path := os.Getenv("SCRUTIN_CRASH_CHILD")
	if path == "" {
		return
	}
	crashChild(path, os.Getenv("SCRUTIN_CRASH_KEY"))
	os.Exit(0)
}

func crashChild(path, skey string) {
	db, err := embedded.Open(path, embedded.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	l, err := ledger.New(db, db.Log(), skey)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	var mu sync.Mutex
	say := func(s string) {
		mu.Lock()
		defer mu.Unlock()
		os.Stdout.WriteString(s + "\n") // unbuffered: once written, the parent has it
	}
	ctx := context.Background()
	say("ready")
	for w := 0; w < 16; w++ {
		go func() {
			for i := 0; ; i++ {
				st := domain.NewStreamID("crash", fmt.Sprintf("w%d", w))
				a, err := db.Append(ctx, st, eventstore.Any, storetest.Bill(w*1_000_000+i), storetest.Bill(i))
				if err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(4)
				}
				for _, r := range a.Events {
					h := domain.LeafHash(r.Entry)
					say(fmt.Sprintf("ack %d %x", r.Position, h[:]))
				}
			}
		}()
	}
	for {
		signed, _, err := l.Checkpoint(ctx)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(5)
		}
		say("cp " + hex.EncodeToString(signed))
		time.Sleep(5 * time.Millisecond)
	}
}

// TestCrash kills an appending child with SIGKILL at random points, many
// times, and checks after each restart that every acknowledged event is
// there and the log is consistent with every checkpoint issued before.
func TestCrash(t *testing.T) {
	rounds := 25
	if testing.Short() {
		rounds = 8
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "ledger.db")
	skey, vkey, _ := note.GenerateKey(rand.Reader, "crash.test/log")
	verifier, _ := note.NewVerifier(vkey)
	acked := map[uint64]string{}
	var checkpoints []domain.Checkpoint
	for round := 0; round < rounds; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "SCRUTIN_CRASH_CHILD="+path, "SCRUTIN_CRASH_KEY="+skey)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		n, _ := rand.Int(rand.Reader, big.NewInt(400))
		delay := time.Duration(50+n.Int64()) * time.Millisecond
		// The random delay runs from the child's "ready" (the file is open):
		// a slow start on a loaded machine must not eat it.
		var timer *time.Timer
		defer func() {
			if timer != nil {
				timer.Stop()
			}
		}()
		sc := bufio.NewScanner(out)
		sc.Buffer(nil, 1<<20)
		newAcks, newCps := 0, 0
		for sc.Scan() {
			kind, val, _ := strings.Cut(sc.Text(), " ")
			switch kind {
			case "ready":
				timer = time.AfterFunc(delay, func() { cmd.Process.Signal(syscall.SIGKILL) })
			case "ack":
				pos, h, _ := strings.Cut(val, " ")
				p, _ := strconv.ParseUint(pos, 10, 64)
				acked[p] = h
				newAcks++
			case "cp":
				b, _ := hex.DecodeString(val)
				c, _, err := domain.OpenCheckpoint(b, verifier)
				if err != nil {
					t.Fatalf("round %d: child issued a bad checkpoint: %v", round, err)
				}
				checkpoints = append(checkpoints, c)
				newCps++
			}
		}
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: child exited on its own: %v", round, err)
		}
		checkAfterCrash(t, round, path, acked, checkpoints)
		t.Logf("round %d: killed after %v; %d acks, %d checkpoints; total %d acked", round, delay, newAcks, newCps, len(acked))
	}
	if len(acked) == 0 || len(checkpoints) == 0 {
		t.Fatal("the child acknowledged nothing: the test checked nothing")
	}
}

func checkAfterCrash(t *testing.T, round int, path string, acked map[uint64]string, cps []domain.Checkpoint) {
	t.Helper()
	db, err := embedded.Open(path, embedded.Options{})
	if err != nil {
		t.Fatalf("round %d: store does not reopen: %v", round, err)
	}
	defer db.Close()
	ctx := context.Background()
	lg := db.Log()
	size, _ := lg.Size(ctx)
	// Every acknowledged event is there, with the same bytes.
	for pos, h := range acked {
		if pos >= size {
			t.Fatalf("round %d: acknowledged event %d lost (size %d)", round, pos, size)
		}
		e, err := lg.Entries(ctx, pos, pos+1)
		if err != nil {
			t.Fatal(err)
		}
		got := domain.LeafHash(e[0])
		if hex.EncodeToString(got[:]) != h {
			t.Fatalf("round %d: event %d changed", round, pos)
		}
	}
	// Every checkpoint issued is a prefix of the tree now.
	root := lg.Tree().Hash
	for _, c := range cps {
		if uint64(c.Size) > size {
			t.Fatalf("round %d: checkpoint of size %d beyond the recovered tree %d", round, c.Size, size)
		}
		if c.Size == 0 {
			continue
		}
		p, err := lg.ConsistencyProof(ctx, uint64(c.Size), size)
		if err != nil {
			t.Fatal(err)
		}
		if err := tlog.CheckTree(p, int64(size), root, c.Size, c.Hash); err != nil {
			t.Fatalf("round %d: checkpoint %d inconsistent with the tree of %d: %v", round, c.Size, size, err)
		}
	}
	// The tree is whole: recompute it from the entries; streams are dense.
	var hashes []tlog.Hash
	hr := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = hashes[x]
		}
		return out, nil
	})
	revs := map[domain.StreamID]uint64{}
	for from := uint64(0); from < size; {
		rs, err := db.ReadAll(ctx, from, 4096)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			env, err := domain.ParseEntry(r.Entry)
			if err != nil {
				t.Fatalf("round %d: entry %d: %v", round, r.Position, err)
			}
			if env.Revision != revs[env.Stream] {
				t.Fatalf("round %d: %s revision %d, want %d", round, env.Stream, env.Revision, revs[env.Stream])
			}
			revs[env.Stream]++
			hs, err := tlog.StoredHashes(int64(r.Position), r.Entry, hr)
			if err != nil {
				t.Fatal(err)
			}
			hashes = append(hashes, hs...)
		}
		from += uint64(len(rs))
	}
	th, err := tlog.TreeHash(int64(size), hr)
	if err != nil || th != root {
		t.Fatalf("round %d: recomputed root %v differs from the stored %v (%v)", round, th, root, err)
	}
}
