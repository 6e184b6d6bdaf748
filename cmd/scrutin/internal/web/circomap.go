package web

import (
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/scrutin/scrutin/domain"
)

// A map for split communes: when a commune is split between
// constituencies, the registration page draws their outlines, numbered,
// in a small server-rendered SVG next to the list, which stays the
// control (the map is a help to read it, with a text alternative).
//
// circomap.tsv is made by testdata/gencircomap.go from aktiur's
// constituency outlines (provenance in testdata/README.md): the 249
// constituencies that hold a split commune, in a plane shared by each
// département's constituencies.

//go:embed circomap.tsv
var circomapTSV string

// outline is a constituency's simplified outline.
type outline struct {
	minX, minY, maxX, maxY int
	labelX, labelY         int
	path                   string
}

var outlines = sync.OnceValue(func() map[domain.District]outline {
	m := map[domain.District]outline{}
	for _, line := range strings.Split(strings.TrimSpace(circomapTSV), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			panic("circomap.tsv: bad line " + f[0])
		}
		var o outline
		box, label := ints(f[1]), ints(f[2])
		if len(box) != 4 || len(label) != 2 {
			panic("circomap.tsv: bad box or label for " + f[0])
		}
		o.minX, o.minY, o.maxX, o.maxY = box[0], box[1], box[2], box[3]
		o.labelX, o.labelY = label[0], label[1]
		o.path = f[3]
		m[domain.District(f[0])] = o
	}
	return m
})

func ints(s string) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// maxMaps bounds the maps of one answer (a search for "saint" may hold
// several split communes): the page stays light.
const maxMaps = 3

// communeMaps draws a map for each split commune in rows (up to
// maxMaps): the outlines of the constituencies it is offered in.
func communeMaps(l string, rows []communeRow) []template.HTML {
	type group struct {
		name string
		rows []communeRow
	}
	var groups []*group
	by := map[string]*group{}
	for _, r := range rows {
		if !r.Partial || r.District == "" {
			continue
		}
		dep, _, _ := strings.Cut(string(r.District), "-")
		k := dep + "|" + r.Name
		if by[k] == nil {
			by[k] = &group{name: r.Name}
			groups = append(groups, by[k])
		}
		by[k].rows = append(by[k].rows, r)
	}
	var out []template.HTML
	for i, g := range groups {
		if len(out) == maxMaps {
			break
		}
		if m, ok := drawMap(l, fmt.Sprintf("map-%d", i), g.name, g.rows); ok {
			out = append(out, m)
		}
	}
	return out
}

// drawMap draws the outlines of the constituencies of rows, one commune
// split between them, each numbered; ok is false when one has no outline.
func drawMap(l, id, name string, rows []communeRow) (template.HTML, bool) {
	if len(rows) < 2 {
		return "", false
	}
	all := outlines()
	minX, minY, maxX, maxY := 1<<31-1, 1<<31-1, -1<<31, -1<<31
	var nums []string
	for _, r := range rows {
		o, ok := all[r.District]
		if !ok {
			return "", false
		}
		minX, minY, maxX, maxY = min(minX, o.minX), min(minY, o.minY), max(maxX, o.maxX), max(maxY, o.maxY)
		nums = append(nums, ordinal(l, r.Number))
	}
	w, h := maxX-minX, maxY-minY
	pad := max(w, h) / 40
	font := max(w, h) / 18
	var b strings.Builder
	title := fmt.Sprintf(tr(l, "map.title"), name, len(rows), strings.Join(nums, ", "))
	fmt.Fprintf(&b, `<figure class="circomap" id="%s"><svg viewBox="%d %d %d %d" role="img" aria-labelledby="%s-t"><title id="%s-t">%s</title>`,
		id, minX-pad, minY-pad, w+2*pad, h+2*pad, id, id, html.EscapeString(title))
	for _, r := range rows {
		fmt.Fprintf(&b, `<path class="d" data-district="%s" d="%s"/>`, r.District, all[r.District].path)
	}
	for _, r := range rows {
		o := all[r.District]
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="%d" aria-hidden="true">%d</text>`, o.labelX, o.labelY, font, r.Number)
	}
	fmt.Fprintf(&b, `</svg><figcaption>%s</figcaption></figure>`, html.EscapeString(fmt.Sprintf(tr(l, "map.caption"), name)))
	return template.HTML(b.String()), true
}

func ordinal(l string, n int) string {
	s := strconv.Itoa(n)
	switch {
	case l == "en":
	case n == 1:
		s += "re"
	default:
		s += "e"
	}
	return s
}

// communeMapsHTML answers the registration page's script (where.js) with
// the maps of a search's split communes, as an HTML fragment (empty when
// none): GET /inscription/carte?q=…
func communeMapsHTML(w http.ResponseWriter, r *http.Request) {
	rows, _ := communes.search(r.URL.Query().Get("q"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	for _, m := range communeMaps(lang(r), rows) {
		fmt.Fprint(w, m)
	}
}

func init() {
	messages["map.title"] = [2]string{"Carte : %s est partagée entre %d circonscriptions, numérotées %s.", "Map: %s is split between %d constituencies, numbered %s."}
	messages["map.caption"] = [2]string{"Les circonscriptions de %s, avec leur numéro. La carte est indicative : votre carte électorale dit laquelle est la vôtre.", "The constituencies of %s, with their numbers. The map is a guide: your voter card says which one is yours."}
}
