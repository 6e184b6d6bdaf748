package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestLawEvalCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if code := lawEval([]string{"../../domain/law/testdata/hadopi"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "| hadopi | texte.json | ") {
		t.Errorf("no hadopi row in:\n%s", out.String())
	}
	out.Reset()
	if code := lawEval([]string{"--json", "../../domain/law/testdata/hadopi"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r struct {
		Laws []struct {
			Name    string `json:"name"`
			Targets int    `json:"articles_targets"`
		} `json:"laws"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Laws) != 1 || r.Laws[0].Name != "hadopi" || r.Laws[0].Targets == 0 {
		t.Errorf("got %+v", r)
	}
	// The amendment folders, with their hand-checked list of folders whose
	// after-text no amendment explains.
	out.Reset()
	if code := lawEval([]string{"--json", "../../domain/law/testdata/amendments"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var a struct {
		All struct {
			Folders          int     `json:"folders"`
			Explained        int     `json:"folders_explained"`
			ExactExplained   int     `json:"exact_explained"`
			ExactOfExplained float64 `json:"exact_of_explained_percent"`
		} `json:"bills_all"`
		Folders []struct {
			Unexplained string `json:"unexplained"`
		} `json:"amendment_folders"`
	}
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	listed := 0
	for _, f := range a.Folders {
		if f.Unexplained != "" {
			listed++
		}
	}
	if a.All.Folders == 0 || listed == 0 || a.All.Explained != a.All.Folders-listed || a.All.ExactOfExplained <= 0 {
		t.Errorf("got %+v, %d folders listed", a.All, listed)
	}
	if code := lawEval([]string{t.TempDir()}, &out, &errb); code != 1 {
		t.Errorf("an empty directory: exit %d, want 1", code)
	}
	if code := lawEval(nil, &out, &errb); code != 2 {
		t.Errorf("no directory: exit %d, want 2", code)
	}
}

// TestLawEvalBadDir: a path that is not a directory gets a clear error and
// the usage exit code.
func TestLawEvalBadDir(t *testing.T) {
	var out, errb bytes.Buffer
	if code := lawEval([]string{"testdata-that-does-not-exist"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "testdata-that-does-not-exist is not a directory") {
		t.Fatalf("exit %d: %q", code, errb.String())
	}
}
