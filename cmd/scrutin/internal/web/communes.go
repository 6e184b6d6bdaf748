package web

import (
	_ "embed"
	"encoding/json"
	"net/http"
	"sort"
	"strings"
	"sync"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// Registration by where you live: the voter types their commune (or, abroad,
// the city of their consulate) and picks their constituency among those
// that hold it — one when the commune is whole in one, several when it is
// split ("en partie": Paris, Lyon, Marseille, large towns), where the voter's
// address decides (their voter card says which). Nothing is preselected.
//
// communes.tsv is made by testdata/gencommunes.go from aktiur's table of
// the communes of each constituency (provenance: README next to it).

//go:embed communes.tsv
var communesTSV string

// communeRow is a commune in a constituency.
type communeRow struct {
	Name     string          `json:"commune"`
	District domain.District `json:"district"`
	DepNom   string          `json:"departement"`
	Number   int             `json:"number"` // the constituency's number in its département
	Partial  bool            `json:"partial"`
	INSEE    string          `json:"insee,omitempty"` // when found by postcode (postcodes.go)
}

type communeIndex struct {
	rows []communeRow
	keys []string // folded names, parallel to rows

	placeOnce sync.Once
	place     map[string][]int // "département|folded name" → rows (postcodes.go)
}

var communes = func() *communeIndex {
	ix := &communeIndex{}
	for _, line := range strings.Split(strings.TrimSpace(communesTSV), "\n") {
		code, list, _ := strings.Cut(line, "\t")
		d := domain.District(code)
		info, ok := domain.LookupDistrict(d)
		if !ok {
			panic("communes.tsv: unknown constituency " + code)
		}
		_, num, _ := strings.Cut(code, "-")
		n := 0
		for _, c := range num {
			n = 10*n + int(c-'0')
		}
		for _, c := range strings.Split(list, ";") {
			partial := strings.HasSuffix(c, "*")
			c = strings.TrimSuffix(c, "*")
			ix.rows = append(ix.rows, communeRow{Name: c, District: d, DepNom: info.DepartementNom, Number: n, Partial: partial})
			ix.keys = append(ix.keys, foldName(c))
		}
	}
	return ix
}()

// foldName is a name as searched: lower case, no accents, hyphens and
// apostrophes as spaces (law.CodeKey), "saint" and "st" alike.
func foldName(s string) string {
	f := strings.Fields(law.CodeKey(s))
	for i, w := range f {
		switch w {
		case "st":
			f[i] = "saint"
		case "ste":
			f[i] = "sainte"
		}
	}
	return strings.Join(f, " ")
}

// maxCommunes bounds a search's answer.
const maxCommunes = 30

// search finds the communes a postcode serves (postcodes.go), else the
// communes whose name is q, else starts with q, else holds q; each with its constituency, so a split commune comes once per
// constituency. more says the answer was cut at maxCommunes.
func (ix *communeIndex) search(q string) (out []communeRow, more bool) {
	if q = strings.TrimSpace(q); isPostcode.MatchString(q) {
		rows, _ := ix.searchPostcode(q)
		for _, r := range rows {
			if r.District != "" { // a commune the join misses: the full list
				out = append(out, r)
			}
		}
		return out, false
	}
	k := foldName(q)
	if len([]rune(k)) < 2 {
		return nil, false
	}
	var exact, prefix, inside []communeRow
	for i, key := range ix.keys {
		switch {
		case key == k:
			exact = append(exact, ix.rows[i])
		case strings.HasPrefix(key, k):
			prefix = append(prefix, ix.rows[i])
		case strings.Contains(key, k):
			inside = append(inside, ix.rows[i])
		}
	}
	byName := func(rs []communeRow) {
		sort.SliceStable(rs, func(i, j int) bool {
			if rs[i].Name != rs[j].Name {
				return rs[i].Name < rs[j].Name
			}
			return rs[i].District < rs[j].District
		})
	}
	byName(exact)
	byName(prefix)
	byName(inside)
	out = exact
	if len(out) == 0 {
		out = append(prefix, inside...)
	}
	if len(out) > maxCommunes {
		return out[:maxCommunes], true
	}
	return out, false
}

// communesJSON answers the registration page's search as you type:
// GET /inscription/communes?q=…
func communesJSON(w http.ResponseWriter, r *http.Request) {
	rows, more := communes.search(r.URL.Query().Get("q"))
	if rows == nil {
		rows = []communeRow{}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	json.NewEncoder(w).Encode(map[string]any{"communes": rows, "more": more})
}
