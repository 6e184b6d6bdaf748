package web

import (
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/news"
	"github.com/scrutin/scrutin/projections"
)

// A stage recorded long after its day says its own date: a promulgation of
// 2009 imported today is not a promulgation today.
func TestRevisionLinesStageDate(t *testing.T) {
	paris := time.FixedZone("CET", 3600)
	v := projections.BillView{}
	v.ID = "pjl"
	v.StageList = []projections.StageSummary{
		{ID: "old", Label: "Promulgation", Date: time.Date(2009, 6, 13, 0, 0, 0, 0, paris)},
		{ID: "new", Label: "Texte déposé", Date: time.Date(2026, 12, 6, 9, 0, 0, 0, paris)},
		{ID: "none", Label: "Texte de la commission"},
	}
	rec := time.Date(2026, 12, 6, 10, 0, 0, 0, paris)
	lines := revisionLines("fr", v, nil, []news.Change{
		{Type: news.BillRevised, Time: rec, Stage: "old"},
		{Type: news.BillRevised, Time: rec, Stage: "new"},
		{Type: news.BillRevised, Time: rec, Stage: "none"},
	})
	want := []string{"Nouvelle étape : Promulgation (13/06/2009)", "Nouvelle étape : Texte déposé", "Nouvelle étape : Texte de la commission"}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i, w := range want {
		if lines[i].Text != w || lines[i].Date != "06/12/2026" {
			t.Errorf("line %d: %q %q, want 06/12/2026 %q", i, lines[i].Date, lines[i].Text, w)
		}
	}
}
