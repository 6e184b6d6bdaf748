package web

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Registration by postcode: a postcode typed in the commune search box
// lists the communes it serves, each with the constituencies that hold it
// (communes.go), so "75011" offers Paris's constituencies and "01000"
// Bourg-en-Bresse's and Saint-Denis-lès-Bourg's.
//
// postcodes.tsv is made by testdata/genpostcodes.go from the npm package
// codes-postaux 4.1.2 (INSEE's Code officiel géographique and the DGFiP's
// FIMOCT; provenance in testdata/README.md). One line per postcode:
// "POSTCODE<TAB>INSEE name;INSEE name;…".
//
// The constituency table has names, not INSEE codes: a postcode's commune
// is joined to it by its département (the INSEE code's first two digits,
// three overseas) and its name as searched (foldName), a municipal
// arrondissement ("Paris 11e Arrondissement", "Lyon 3e Arrondissement")
// by its city's name. A commune the join misses (renamed or merged after
// the constituency table) is listed without a constituency, and the voter
// picks theirs in the full list.

//go:embed postcodes.tsv
var postcodesTSV string

// postcodesSHA256 is postcodes.tsv's sha256, as testdata/README.md
// records it (checked by TestPostcodesProvenance).
const postcodesSHA256 = "c737fd26e2f67c95deadee0ec8769d8283eb46b13ad804797fa6fa8548ecb794"

// postcodeCommune is a commune a postcode serves.
type postcodeCommune struct {
	INSEE string
	Name  string
}

// postcodes is the table, read on the first search (not at every start
// of every command).
var postcodes = sync.OnceValue(func() map[string][]postcodeCommune {
	m := map[string][]postcodeCommune{}
	for _, line := range strings.Split(strings.TrimSpace(postcodesTSV), "\n") {
		pc, list, _ := strings.Cut(line, "\t")
		for _, c := range strings.Split(list, ";") {
			code, name, _ := strings.Cut(c, " ")
			m[pc] = append(m[pc], postcodeCommune{INSEE: code, Name: name})
		}
	}
	return m
})

var isPostcode = regexp.MustCompile(`^[0-9]{5}$`)

// arrondissement matches a municipal arrondissement's name.
var arrondissement = regexp.MustCompile(`^(Paris|Lyon|Marseille) [0-9]+(er|e) Arrondissement$`)

// departement is the département of an INSEE commune code as the
// constituency codes write it: "01", "2A", "971".
func departement(insee string) string {
	if strings.HasPrefix(insee, "97") || strings.HasPrefix(insee, "98") {
		return insee[:3]
	}
	return insee[:2]
}

// byPlace indexes the constituency table by département and folded name.
func (ix *communeIndex) byPlace() map[string][]int {
	ix.placeOnce.Do(func() {
		ix.place = map[string][]int{}
		for i, r := range ix.rows {
			dep, _, _ := strings.Cut(string(r.District), "-")
			k := dep + "|" + ix.keys[i]
			ix.place[k] = append(ix.place[k], i)
		}
	})
	return ix.place
}

// searchPostcode answers a postcode: each commune it serves, once per
// constituency that holds it; a commune the join misses comes once, with
// no constituency (District ""). ok is false when pc is no known postcode.
func (ix *communeIndex) searchPostcode(pc string) (out []communeRow, ok bool) {
	list, ok := postcodes()[pc]
	if !ok {
		return nil, false
	}
	place := ix.byPlace()
	for _, c := range list {
		name := c.Name
		if m := arrondissement.FindStringSubmatch(name); m != nil {
			name = m[1]
		}
		rows := place[departement(c.INSEE)+"|"+foldName(name)]
		if len(rows) == 0 {
			out = append(out, communeRow{Name: c.Name, INSEE: c.INSEE})
			continue
		}
		for _, i := range rows {
			r := ix.rows[i]
			r.Name, r.INSEE = c.Name, c.INSEE
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].District < out[j].District
	})
	return out, true
}
