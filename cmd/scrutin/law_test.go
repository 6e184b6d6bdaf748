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
	if code := lawEval([]string{t.TempDir()}, &out, &errb); code != 1 {
		t.Errorf("an empty directory: exit %d, want 1", code)
	}
	if code := lawEval(nil, &out, &errb); code != 2 {
		t.Errorf("no directory: exit %d, want 2", code)
	}
}
