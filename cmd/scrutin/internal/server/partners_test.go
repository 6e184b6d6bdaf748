package server_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/domain"
)

// TestPartnerPositions: a partner proves control of its domain (a token
// served by a local HTTP server), publishes a signed position, which is
// moderated with a public reason, republished and withdrawn; bad input is
// refused with nothing appended.
func TestPartnerPositions(t *testing.T) {
	e := newElection(t)
	ctx := context.Background()
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	key := hex.EncodeToString(pub)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/.well-known/scrutin-partner.txt" {
			w.Write([]byte("# Scrutin partner proof\nscrutin-partner asso-a " + key + "\n"))
			return
		}
		http.NotFound(w, r)
	}))
	defer site.Close()
	dom := strings.TrimPrefix(site.URL, "http://")

	refuse := func(name string, code int, msg string, fn func() (int, string)) {
		t.Helper()
		before := e.size()
		got, body := fn()
		if got != code || !strings.Contains(body, msg) {
			t.Fatalf("%s: got %d %s, want %d with %q", name, got, trim(body), code, msg)
		}
		if e.size() != before {
			t.Fatalf("%s: the log grew", name)
		}
	}
	verify := func(partner, key string) (int, string) {
		b, _ := json.Marshal(map[string]string{"partner": partner, "name": "Association A", "domain": dom, "key": key})
		return do(t, "POST", e.url+"/api/v1/admin/partners", e.admin, string(b))
	}
	other, _, _ := ed25519.GenerateKey(rand.Reader)
	refuse("unverified domain", 422, "not verified", func() (int, string) { return verify("asso-b", hex.EncodeToString(other)) })
	refuse("key not on the domain", 422, "not verified", func() (int, string) { return verify("asso-a", hex.EncodeToString(other)) })
	if code, body := verify("asso-a", key); code != 201 {
		t.Fatalf("verify: %d %s", code, body)
	}

	position := func(partner domain.PartnerID, summary string, signer ed25519.PrivateKey) *domain.PartnerPositionPublished {
		ev := &domain.PartnerPositionPublished{Partner: partner, Bill: "pjl07-405", Stance: domain.StanceAgainst, Summary: summary, Link: "https://asso-a.example/hadopi"}
		domain.SignAsPartner(signer, ev)
		return ev
	}
	post := func(ev *domain.PartnerPositionPublished) (int, string) {
		b, _ := json.Marshal(map[string]any{"bill": ev.Bill, "stance": ev.Stance, "summary": ev.Summary, "link": ev.Link, "signature": ev.Signature[:]})
		return do(t, "POST", e.url+"/api/v1/partners/"+string(ev.Partner)+"/positions", "", string(b))
	}
	_, otherPriv, _ := ed25519.GenerateKey(rand.Reader)
	refuse("bad signature", 422, "partner-signature", func() (int, string) { return post(position("asso-a", "Texte liberticide.", otherPriv)) })
	refuse("unverified partner", 422, "partner-verified", func() (int, string) { return post(position("asso-b", "Texte.", priv)) })
	refuse("summary over 1,000 characters", 422, "summary of 1001 characters", func() (int, string) {
		return post(position("asso-a", strings.Repeat("é", 1001), priv))
	})
	if code, body := post(position("asso-a", "Une riposte graduée disproportionnée.", priv)); code != 201 {
		t.Fatalf("publish: %d %s", code, body)
	}
	var list struct {
		Positions []struct{ Name, Stance, Summary string }
		Moderated []struct{ Partner, Reason string }
	}
	get := func() {
		list.Positions, list.Moderated = nil, nil
		if err := e.c.Get(ctx, "/api/v1/positions?bill=pjl07-405", &list); err != nil {
			t.Fatal(err)
		}
	}
	get()
	if len(list.Positions) != 1 || list.Positions[0].Stance != "against" || list.Positions[0].Name != "Association A" {
		t.Fatalf("positions: %+v", list)
	}
	// The bill page shows it, apart from the vote, with the order it follows.
	if code, page := do(t, "GET", e.url+"/textes/pjl07-405", "", ""); code != 200 || !strings.Contains(page, "Association A") ||
		!strings.Contains(page, "Une riposte graduée disproportionnée.") || !strings.Contains(page, "ordre alphabétique") {
		t.Fatalf("bill page: %d, partner position not shown", code)
	}
	e.adminPost("/api/v1/admin/partners/asso-a/moderations", map[string]string{"bill": "pjl07-405", "reason": "lien mort"})
	get()
	if len(list.Positions) != 0 || len(list.Moderated) != 1 || list.Moderated[0].Reason != "lien mort" {
		t.Fatalf("after moderation: %+v", list)
	}
	if code, body := post(position("asso-a", "Position corrigée.", priv)); code != 201 {
		t.Fatalf("republish: %d %s", code, body)
	}
	w := &domain.PartnerPositionWithdrawn{Partner: "asso-a", Bill: "pjl07-405"}
	domain.SignAsPartner(priv, w)
	if err := e.c.Post(ctx, "/api/v1/partners/asso-a/withdrawals", map[string]any{"bill": w.Bill, "signature": w.Signature[:]}, nil); err != nil {
		t.Fatal(err)
	}
	get()
	if len(list.Positions) != 0 {
		t.Fatalf("after withdrawal: %+v", list)
	}
	var ce *client.Error
	if err := e.c.Post(ctx, "/api/v1/partners/asso-a/withdrawals", map[string]any{"bill": w.Bill, "signature": w.Signature[:]}, nil); !errors.As(err, &ce) || ce.Status != 422 {
		t.Fatalf("second withdrawal: %v", err)
	}
}
