package server_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
)

// TestDemoAmendedLaw: the demo's amendments carry their text and are
// applied; GET /api/v1/bills/{id}/law?amendments= composes them onto their
// stage's text; bad choices are a 400 with a message.
func TestDemoAmendedLaw(t *testing.T) {
	url := seededDemo(t)
	const bill = "/api/v1/bills/13-reforme_ports_outre-mer"
	// The amendments, applied to their article.
	resp, body := request(t, "GET", url+bill+"/amendments", "", "", "")
	var am struct {
		Articles []struct {
			Amendments []struct {
				ID      string
				Applied *struct{ Applied, Deleted bool }
			}
		}
	}
	if err := json.Unmarshal([]byte(body), &am); resp.StatusCode != 200 || err != nil {
		t.Fatal(resp.StatusCode, err, body)
	}
	applied, total := 0, 0
	var ids []string
	for _, g := range am.Articles {
		for _, a := range g.Amendments {
			total++
			ids = append(ids, a.ID)
			if a.Applied != nil && a.Applied.Applied {
				applied++
			}
		}
	}
	if total != 14 || applied < 7 {
		t.Fatalf("%d of %d amendments applied", applied, total)
	}
	// All of them at once: the articles they delete, deleted.
	resp, body = request(t, "GET", url+bill+"/law?amendments="+strings.Join(ids, ","), "", "", "")
	var v struct {
		Stage        string
		Amendments   []struct{ ID, Status string }
		BillArticles []struct {
			Article string
			Deleted bool
		} `json:"bill_articles"`
	}
	if err := json.Unmarshal([]byte(body), &v); resp.StatusCode != 200 || err != nil {
		t.Fatal(resp.StatusCode, err, body)
	}
	deleted := 0
	for _, a := range v.BillArticles {
		if a.Deleted {
			deleted++
		}
	}
	if v.Stage != "avant_04_1erelecture_senat_commission" || len(v.Amendments) != 14 || deleted != 7 {
		t.Fatalf("stage %s, %d amendments, %d articles deleted", v.Stage, len(v.Amendments), deleted)
	}
	for _, bad := range []string{"/law?amendments=nope", "/law?pending=yes", "/law?amendments=" + ids[0] + "&stage=x"} {
		if resp, body := request(t, "GET", url+bill+bad, "", "", ""); resp.StatusCode != 400 || !strings.Contains(body, `"error"`) {
			t.Errorf("%s: %d %s", bad, resp.StatusCode, body)
		}
	}
	// Amendments of two bills' stages cannot mix: Hadopi's and the ports
	// bill's are on different bills, so an id of one is unknown to the other.
	if resp, _ := request(t, "GET", url+"/api/v1/bills/pjl07-405/law?amendments="+ids[0], "", "", ""); resp.StatusCode != 400 {
		t.Errorf("another bill's amendment: %d", resp.StatusCode)
	}
}

// seededDemo serves a new server seeded with the demo content and returns
// its URL.
func seededDemo(t *testing.T) string {
	t.Helper()
	s, err := server.Open(server.Config{DataDir: t.TempDir(), Demo: true, RatePerSecond: 1e6, Burst: 1e6})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SeedDemo(context.Background()); err != nil {
		t.Fatal(err)
	}
	url, _ := serve(t, s)
	return url
}
