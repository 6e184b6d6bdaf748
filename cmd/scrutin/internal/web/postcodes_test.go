package web

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/domain"
)

// TestPostcodesProvenance: the embedded table is the one the generator
// made from codes-postaux 4.1.2 and testdata/README.md records.
func TestPostcodesProvenance(t *testing.T) {
	sum := sha256.Sum256([]byte(postcodesTSV))
	if got := hex.EncodeToString(sum[:]); got != postcodesSHA256 {
		t.Errorf("postcodes.tsv sha256 %s, want %s (regenerate with testdata/genpostcodes.go and record the sum)", got, postcodesSHA256)
	}
	readme, err := os.ReadFile("testdata/README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{postcodesSHA256, "codes-postaux", "4.1.2", "genpostcodes.go"} {
		if !strings.Contains(string(readme), w) {
			t.Errorf("testdata/README.md does not record %q", w)
		}
	}
	if n := len(postcodes()); n < 6000 {
		t.Errorf("%d postcodes", n)
	}
}

func TestPostcodeSearch(t *testing.T) {
	for _, c := range []struct {
		q     string
		want  []string // "commune district", in order
		found bool
	}{
		// A postcode serving two whole communes of one constituency.
		{"01000", []string{"Bourg-en-Bresse 01-01", "Bourg-en-Bresse 01-04", "Saint-Denis-lès-Bourg 01-01"}, true},
		// A Paris arrondissement: Paris is split, each constituency offered.
		{"75011", []string{"Paris 11e Arrondissement 75-01", "Paris 11e Arrondissement 75-02"}, true},
		// Overseas: three-digit départements.
		{"97200", []string{"Fort-de-France 972-03"}, true},
		// Corsica: 2A; Ajaccio split in two.
		{"20000", []string{"Ajaccio 2A-01", "Ajaccio 2A-02", "Lecci 2A-02"}, true},
		{"00000", nil, false},
	} {
		rows, ok := communes.searchPostcode(c.q)
		if ok != c.found {
			t.Errorf("%s: found=%v", c.q, ok)
		}
		var got []string
		for _, r := range rows {
			got = append(got, r.Name+" "+string(r.District))
			if r.INSEE == "" {
				t.Errorf("%s: %s has no INSEE code", c.q, r.Name)
			}
		}
		if c.q == "75011" {
			// Which Paris constituencies: all eighteen (the table knows
			// Paris, not its arrondissements); check the first two.
			if len(got) != 18 {
				t.Errorf("75011: %d rows, want 18", len(got))
			}
			got = got[:min(2, len(got))]
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: %v, want %v", c.q, got, c.want)
		}
	}
	// The search box takes a postcode too, and drops the communes the
	// join misses (merged after 2010: the voter uses the full list).
	got, more := communes.search(" 01000 ")
	if len(got) != 3 || more {
		t.Errorf("search 01000: %d rows, more=%v", len(got), more)
	}
	for pc := range postcodes() {
		rows, _ := communes.search(pc)
		for _, r := range rows {
			if _, ok := domain.LookupDistrict(r.District); !ok {
				t.Fatalf("%s: %s in unknown constituency %q", pc, r.Name, r.District)
			}
		}
	}
	// How much the join finds (names of 2010 against names of today).
	miss, all := 0, 0
	for pc := range postcodes() {
		rows, _ := communes.searchPostcode(pc)
		for _, r := range rows {
			all++
			if r.District == "" {
				miss++
			}
		}
	}
	if miss*50 > all {
		t.Errorf("the join misses %d of %d communes (over 2 %%)", miss, all)
	}
	t.Logf("the join misses %d of %d (postcode, commune, constituency) rows", miss, all)
}

// TestRegisterByPostcode: a postcode in the search box, as a page (no
// JS) and as JSON.
func TestRegisterByPostcode(t *testing.T) {
	srv, _ := billServer(t)
	status, body := get(t, srv.URL+"/inscription?commune=69003")
	if status != 200 {
		t.Fatalf("?commune=69003: %d", status)
	}
	if n := strings.Count(body, `name="district"`); n != 4 {
		t.Errorf("69003: %d choices, want Lyon's 4", n)
	}
	if !strings.Contains(body, "Lyon 3e Arrondissement</strong> (en partie)") {
		t.Error("69003: the arrondissement is not named")
	}
	_, body = get(t, srv.URL+"/inscription/communes?q=01000")
	var ans struct {
		Communes []communeRow `json:"communes"`
	}
	if err := json.Unmarshal([]byte(body), &ans); err != nil || len(ans.Communes) != 3 || ans.Communes[2].Name != "Saint-Denis-lès-Bourg" || ans.Communes[2].INSEE != "01344" || ans.Communes[2].District != "01-01" {
		t.Errorf("01000: %v %s", err, body)
	}
	_, body = get(t, srv.URL+"/inscription?commune=99999")
	if !strings.Contains(body, `id="commune-none"`) {
		t.Error("no answer for an unknown postcode")
	}
}
