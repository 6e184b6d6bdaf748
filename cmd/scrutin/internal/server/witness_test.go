package server_test

import (
	"crypto/rand"
	"encoding/hex"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
)

// TestCheckpointWitnessed runs the server with the witness .ci/witness.sh
// starts: /log/checkpoint carries its cosignature once the log has grown.
func TestCheckpointWitnessed(t *testing.T) {
	if testing.Short() {
		t.Skip("needs a running witness (.ci/witness.sh)")
	}
	wurl, wkey, addLog := os.Getenv("SCRUTIN_WITNESS_URL"), os.Getenv("SCRUTIN_WITNESS_VKEY"), strings.Fields(os.Getenv("SCRUTIN_WITNESS_ADD_LOG"))
	if wurl == "" || wkey == "" || len(addLog) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatal("no witness: run .ci/witness.sh")
		}
		t.Skip("no witness: run .ci/witness.sh")
	}
	b := make([]byte, 8)
	rand.Read(b)
	origin := "scrutin.test/" + hex.EncodeToString(b)
	skey, vkey, err := note.GenerateKey(rand.Reader, origin)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(addLog[0], append(addLog[1:], origin, vkey)...).CombinedOutput(); err != nil {
		t.Fatalf("couldn't register the log with the witness: %v: %s", err, out)
	}
	s, err := server.Open(server.Config{DataDir: t.TempDir(), LogKey: skey, Witnesses: wkey + "=" + wurl})
	if err != nil {
		t.Fatal(err)
	}
	url, _ := serve(t, s)

	logKey, _ := note.NewVerifier(vkey)
	policy := domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{{Key: wkey}}}
	appendBills(t, s.DB, 100)
	deadline := time.Now().Add(2 * time.Minute)
	for {
		code, body := do(t, "GET", url+"/log/checkpoint", "", "")
		cp, err := domain.OpenWitnessed([]byte(body), logKey, policy)
		if code == 200 && err == nil && cp.Size == 100 {
			t.Logf("served:\n%s", body)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no cosigned checkpoint of size 100 served after 2 minutes: %d %v\n%s", code, err, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
