package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/internal/trustee"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/backup"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
)

// TestVotesCommand: an operator lists a bill's stages, opens a vote on one
// with a complete text (the server fills the text's hash), is refused one
// without, sees the vote listed, cannot shorten its window, and backs the
// server up.
func TestVotesCommand(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := server.Open(server.Config{DataDir: filepath.Join(dir, "data"), AdminToken: "op-token"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	srv := httptest.NewServer(s.Handler)
	defer srv.Close()

	// A bill with a committee text, and a ceremony among three trustees.
	app := func(st domain.StreamID, ev domain.Event) {
		t.Helper()
		if _, err := s.App.Append(ctx, st, ev); err != nil {
			t.Fatal(err)
		}
	}
	app(domain.BillStream("pjl-1"), &domain.BillIntroduced{Bill: "pjl-1", Type: domain.BillProjet, Title: "Projet de loi sur les essais"})
	app(domain.BillStream("pjl-1"), &domain.StageTabled{Bill: "pjl-1", Stage: "01_commission", Order: 1, Step: "commission", Institution: "assemblee", Label: "Commission", HasText: true, Articles: 1})
	app(domain.BillStream("pjl-1"), &domain.ArticleTexted{Bill: "pjl-1", Stage: "01_commission", Number: "1er", Part: 1, Parts: 1, Alineas: []string{"Un alinéa."}})
	app(domain.BillStream("pjl-1"), &domain.StageTabled{Bill: "pjl-1", Stage: "02_hemicycle", Order: 2, Step: "hemicycle", Institution: "assemblee", Label: "Séance"})
	token := func() (string, error) { return "op-token", nil }
	run := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := runVotes(ctx, append(args[:1:1], append([]string{"--server", srv.URL}, args[1:]...)...), &out, token)
		t.Logf("scrutin votes %s\n%s%v", strings.Join(args, " "), out.String(), err)
		return out.String(), err
	}
	// The ceremony, from what each trustee's "scrutin-trustee init" printed.
	var ts []*trustee.Trustee
	files := []string{"ceremony", "--election", "e2026", "--threshold", "2"}
	for i := range 3 {
		tr, err := trustee.Init(filepath.Join(dir, fmt.Sprint("t", i)), fmt.Sprint("T", i))
		if err != nil {
			t.Fatal(err)
		}
		ts = append(ts, tr)
		b, _ := json.MarshalIndent(tr.Info(), "", "  ")
		f := filepath.Join(dir, fmt.Sprintf("t%d.json", i))
		os.WriteFile(f, b, 0o600)
		files = append(files, f)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"Name": "x", "Key": "y"}`), 0o600)
	if _, err := run("ceremony", "--election", "e2026", "--threshold", "2", bad); err == nil || !strings.Contains(err.Error(), "not what scrutin-trustee init prints") {
		t.Fatalf("ceremony with a bad trustee file: %v", err)
	}
	if out, err := run(files...); err != nil || !strings.Contains(out, "opened ceremony e2026 among 3 trustees, 2 needed") {
		t.Fatalf("ceremony: %v", err)
	}
	for _, tr := range ts {
		if err := tr.Deal(ctx, client.New(srv.URL), "e2026"); err != nil {
			t.Fatal(err)
		}
	}
	out, err := run("stages", "pjl-1")
	if err != nil || !strings.Contains(out, "01_commission  commission  assemblee    complete") || !strings.Contains(out, "02_hemicycle   hemicycle   assemblee    none") {
		t.Fatalf("stages: %v\n%s", err, out)
	}
	if _, err := run("open", "--bill", "pjl-1", "--stage", "02_hemicycle", "--election", "e2026"); err == nil || !strings.Contains(err.Error(), "no stage \"02_hemicycle\" with a complete text") {
		t.Fatalf("open on a stage without text: %v", err)
	}
	if _, err := run("open", "--bill", "pjl-1", "--election", "e2026"); !errors.Is(err, errUsage) {
		t.Fatalf("open without --stage: %v", err)
	}
	if err := runVotes(ctx, []string{"open", "--server", srv.URL, "--bill", "pjl-1", "--stage", "01_commission", "--election", "e2026"}, new(bytes.Buffer),
		func() (string, error) { return "wrong", nil }); err == nil || !strings.Contains(err.Error(), "401") {
		t.Fatalf("open with a wrong token: %v", err)
	}
	out, err = run("open", "--bill", "pjl-1", "--stage", "01_commission", "--election", "e2026", "--days", "3")
	if err != nil || !strings.Contains(out, "opened vote vote-pjl-1-01_commission") {
		t.Fatalf("open: %v", err)
	}
	var opened *domain.VoteOpened
	var hash [32]byte
	s.App.View(func(st *domain.State) {
		opened = st.Votes["vote-pjl-1-01_commission"].Opened
		hash, _ = st.StageHash("pjl-1", "01_commission")
	})
	if opened.TextHash != hash || opened.Question != "Approuvez-vous le texte « Projet de loi sur les essais » tel qu'adopté à cette étape ?" ||
		strings.Join(opened.Options, ",") != "Pour,Contre,Abstention" || opened.Closes.Sub(opened.Opens) != 72*time.Hour {
		t.Fatalf("opened %+v", opened)
	}
	out, err = run("list")
	if err != nil || !strings.Contains(out, "vote-pjl-1-01_commission  open") {
		t.Fatalf("list: %v", err)
	}
	if _, err := run("close", "vote-pjl-1-01_commission"); err == nil || !strings.Contains(err.Error(), "vote-window") {
		t.Fatalf("close before the closing time: %v, want refused (vote-window)", err)
	}

	// The backup, through the same admin API.
	dest := filepath.Join(dir, "backup")
	if _, err := fetchBackup(ctx, srv.URL, "wrong", dest); err == nil || !strings.Contains(err.Error(), "401") {
		t.Fatalf("backup with a wrong token: %v", err)
	}
	m, err := fetchBackup(ctx, srv.URL, "op-token", dest)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := m.Files["ledger.db"]; !ok {
		t.Fatalf("backup files: %v", m.Files)
	}
	if _, err := os.Stat(filepath.Join(dest, backup.ManifestName)); err != nil {
		t.Fatal(err)
	}
	if _, err := fetchBackup(ctx, srv.URL, "op-token", dest); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("backup into an existing directory: %v", err)
	}
}
