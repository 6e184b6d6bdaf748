package verifier

import (
	"context"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
)

// TestAuditHeap audits the archive SCRUTIN_VERIFY_HEAP_DIR and writes a
// heap profile of what the audit still holds at its end (the audit's
// retained state, before it is dropped) to SCRUTIN_VERIFY_HEAP_PROFILE:
//
//	SCRUTIN_VERIFY_HEAP_DIR=/tmp/bills-100k SCRUTIN_VERIFY_HEAP_PROFILE=heap.prof go test ./verifier -run TestAuditHeap -v
//	go tool pprof -sample_index=inuse_space -top heap.prof
func TestAuditHeap(t *testing.T) {
	dir, out := os.Getenv("SCRUTIN_VERIFY_HEAP_DIR"), os.Getenv("SCRUTIN_VERIFY_HEAP_PROFILE")
	if dir == "" || out == "" {
		t.Skip("set SCRUTIN_VERIFY_HEAP_DIR and SCRUTIN_VERIFY_HEAP_PROFILE to run")
	}
	a, err := runAudit(context.Background(), NewDirSource(dir), Config{})
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		t.Fatal(err)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d entries: heap in use at the end %d MiB, heap peak (sys) %d MiB", a.cp.Size, ms.HeapInuse>>20, ms.HeapSys>>20)
	runtime.KeepAlive(a)
}
