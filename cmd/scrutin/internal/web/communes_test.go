package web

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/domain"
)

func TestCommuneSearch(t *testing.T) {
	if n := len(communes.rows); n < 35000 {
		t.Errorf("%d communes in the table", n)
	}
	districts := map[domain.District]bool{}
	for _, r := range communes.rows {
		districts[r.District] = true
	}
	if len(districts) != 577 {
		t.Errorf("the table covers %d constituencies, want 577", len(districts))
	}
	for _, c := range []struct {
		q    string
		want []domain.District // in order
		part bool
	}{
		// A city split between constituencies offers each of them.
		{"Paris", []domain.District{"75-01", "75-02", "75-03", "75-04", "75-05", "75-06", "75-07", "75-08", "75-09", "75-10", "75-11", "75-12", "75-13", "75-14", "75-15", "75-16", "75-17", "75-18"}, true},
		{"nanterre", []domain.District{"92-04"}, false},
		// Accents, hyphens and "St" are folded.
		{"st etienne du rouvray", []domain.District{"76-03"}, false},
		{"Miquelon-Langlade", []domain.District{"975-01"}, false},
		// Abroad, by the consulate's city.
		{"Abidjan", []domain.District{"099-09"}, false},
		// "Barre (La)" is found as "La Barre".
		{"la barre", nil, false},
	} {
		got, _ := communes.search(c.q)
		if c.want == nil {
			if len(got) == 0 {
				t.Errorf("%q: nothing found", c.q)
			}
			continue
		}
		var ds []domain.District
		for _, r := range got {
			ds = append(ds, r.District)
			if r.Partial != c.part {
				t.Errorf("%q: %s partial=%v", c.q, r.District, r.Partial)
			}
		}
		if strings.Join(dstr(ds), ",") != strings.Join(dstr(c.want), ",") {
			t.Errorf("%q: %v, want %v", c.q, ds, c.want)
		}
	}
	if got, _ := communes.search("x"); got != nil {
		t.Errorf("a one-letter search answers %d rows", len(got))
	}
	if got, _ := communes.search("zzqq"); len(got) != 0 {
		t.Errorf("zzqq: %v", got)
	}
	if got, more := communes.search("saint"); len(got) != maxCommunes || !more {
		t.Errorf("saint: %d rows, more=%v", len(got), more)
	}
}

func dstr(ds []domain.District) []string {
	var s []string
	for _, d := range ds {
		s = append(s, string(d))
	}
	return s
}

// TestRegisterByCommune: the search works as a plain GET (no JS) and as
// JSON; a split city offers all its constituencies; nothing is preselected.
func TestRegisterByCommune(t *testing.T) {
	srv, _ := billServer(t)
	status, body := get(t, srv.URL+"/inscription")
	if status != 200 || !strings.Contains(body, `<option value="">— choisir —</option>`) {
		t.Fatalf("/inscription: %d", status)
	}
	if strings.Contains(body, " selected") || strings.Contains(body, " checked") {
		t.Error("/inscription preselects a constituency")
	}
	if strings.Contains(body, "Ed25519") {
		t.Error("/inscription speaks of Ed25519")
	}
	status, body = get(t, srv.URL+"/inscription?commune=Lyon")
	if status != 200 {
		t.Fatalf("?commune=Lyon: %d", status)
	}
	if n := strings.Count(body, `name="district"`); n != 4 {
		t.Errorf("Lyon: %d choices, want 4 (69-01 to 69-04)", n)
	}
	for _, w := range []string{`value="69-01"`, `value="69-04"`, "Rhône, 1re circonscription", `id="partial-note"`, "Lyon</strong> (en partie)"} {
		if !strings.Contains(body, w) {
			t.Errorf("Lyon: no %q", w)
		}
	}
	if strings.Contains(body, " checked") {
		t.Error("a constituency is preselected")
	}
	_, body = get(t, srv.URL+"/inscription?commune=Nowhereville")
	if !strings.Contains(body, `id="commune-none"`) {
		t.Error("no answer for an unknown commune")
	}
	_, body = get(t, srv.URL+"/inscription/communes?q=Marseille")
	var ans struct {
		Communes []communeRow `json:"communes"`
	}
	if err := json.Unmarshal([]byte(body), &ans); err != nil || len(ans.Communes) != 7 || !ans.Communes[0].Partial || ans.Communes[0].District != "13-01" {
		t.Errorf("Marseille: %v %s", err, body)
	}
}
