package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
)

// runImport runs "scrutin import args…" in-process and returns its output.
func runImport(t *testing.T, args ...string) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	importCmd(args)
	w.Close()
	os.Stdout = old
	out := <-done
	t.Logf("scrutin import %s\n%s", strings.Join(args, " "), out)
	return out
}

// TestImportCommand imports the demo data into a new ledger, checks the
// counts it prints, and imports again: nothing is appended the second time.
func TestImportCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("appends 2,621 events")
	}
	data := filepath.Join(t.TempDir(), "data")
	args := []string{"--data", data, "--codes", "../../domain/law/testdata/hadopi/avant", "internal/demodata/data"}
	out := runImport(t, args...)
	for _, want := range []string{
		"read 236 files: bills 5, stages 24, articles 347, amendments 938 (decided 681), deputies 577, groups 21, scrutins 4 (ballots 719), code articles 21",
		"votes tied to their bill by dossier: 4",
		"skipped records: 0, warnings: 0",
		"events appended: 2621, already in the ledger: 0",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	out = runImport(t, args...)
	if !strings.Contains(out, "events appended: 0, already in the ledger: 2621") {
		t.Errorf("second import appended events")
	}
}

// TestImportRemote imports through a running server's admin API, then
// reads the bill API: a constituency shows its deputy's recorded votes.
func TestImportRemote(t *testing.T) {
	if testing.Short() {
		t.Skip("appends 2,621 events")
	}
	s, err := server.Open(server.Config{DataDir: t.TempDir(), AdminToken: "secret-token"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	srv := httptest.NewServer(s.Handler)
	defer srv.Close()
	t.Setenv("SCRUTIN_ADMIN_TOKEN", "secret-token")
	args := []string{"--server", srv.URL, "--codes", "../../domain/law/testdata/hadopi/avant", "internal/demodata/data"}
	if out := runImport(t, args...); !strings.Contains(out, "events appended: 2621, already in the ledger: 0") {
		t.Fatal("first import through the API did not append every event")
	}
	if out := runImport(t, args...); !strings.Contains(out, "events appended: 0, already in the ledger: 2621") {
		t.Fatal("second import through the API appended events")
	}
	resp, err := http.Get(srv.URL + "/api/v1/bills/PIONANR5L17B0949/constituencies?district=01-02")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Constituencies []struct {
			District  string
			Deputy    struct{ Name string }
			Positions map[string]string
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || len(got.Constituencies) != 1 {
		t.Fatalf("constituencies: %v %+v", err, got)
	}
	c := got.Constituencies[0]
	t.Logf("01-02: %s, %v", c.Deputy.Name, c.Positions)
	if c.Deputy.Name == "" || c.Positions["VTANR5L17V2220"] != "for" {
		t.Errorf("01-02: got %+v, want a deputy who voted for VTANR5L17V2220", c)
	}
	for _, c := range []struct {
		path   string
		status int
		want   string
	}{
		{"/api/v1/bills", 200, `"id": "pjl07-405"`},
		{"/api/v1/bills/pjl07-405", 200, `"final_stage": "15_constitutionnalité_conseilconstitutionnel_"`},
		{"/api/v1/bills/pjl07-405/stages", 200, `"text_hash": "`},
		{"/api/v1/bills/pjl07-405/stages/05_1erelecture_assemblee_hemicycle", 200, `"Number": "1er"`},
		{"/api/v1/bills/pjl07-405/diff?from=00_1erelecture_senat_depot&to=05_1erelecture_assemblee_hemicycle", 200, `"counts": {`},
		{"/api/v1/bills/pjl07-405/diff?from=00_1erelecture_senat_depot", 400, "both stages"},
		{"/api/v1/bills/pjl07-405/diff?from=x&to=y", 404, "no such stage"},
		// Hadopi's amendments carry no text: none is applied; the Ports
		// bill's are, and the one not read says why.
		{"/api/v1/bills/13-reforme_ports_outre-mer/amendments?article=1er", 200, `"applied": {`},
		{"/api/v1/bills/13-reforme_ports_outre-mer/amendments?article=1er", 200, `"class": "not-read"`},
		{"/api/v1/bills/pjl07-405/law", 200, `"status": "modified"`},
		{"/api/v1/bills/PIONANR5L17B0949/constituencies?district=99-99", 400, "577"},
		{"/api/v1/bills/PIONANR5L17B0949/district-groups", 200, `"votes": {}`},
		{"/api/v1/bills/nope", 404, "no bill"},
	} {
		resp, err := http.Get(srv.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status || !strings.Contains(string(b), c.want) {
			t.Errorf("GET %s: %d, want %d with %q; got %.300s", c.path, resp.StatusCode, c.status, c.want, b)
		}
	}
}
