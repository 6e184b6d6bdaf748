//go:build ignore

// gencircomap simplifies the outlines of the constituencies that share a
// commune into the small table the registration page draws its maps from
// (../circomap.tsv): when a commune is split between constituencies, the
// page shows their outlines side by side (circomap.go). Run from the web
// directory, after communes.tsv:
//
//	go run testdata/gencircomap.go PATH/france-circonscriptions-legislatives-2012.json
//
// Source: france-circonscriptions-legislatives-2012.json of
// aktiur/carte-circonscriptions @ fb7d57f (no licence stated), also in
// the team's shared data folder (geo/); the generator refuses any other
// file (sha256 below). GeoJSON, 566 features (the constituencies abroad
// have none), properties code_dpt ("01", "2A", "ZA" for 971…) and
// num_circ.
//
// Output: one line per constituency holding a split commune ("*" in
// communes.tsv), "DISTRICT<TAB>minx miny maxx maxy<TAB>labelx labely<TAB>path".
// Coordinates are integers, 1/10,000 degree: x = longitude × cos(the
// département's mean latitude), y = −latitude, so the constituencies of
// one département (all the candidates of one commune) share a plane. The
// path is SVG: each ring "M x y" then relative "l dx dy …" and "z",
// simplified (Douglas–Peucker) to 1/150 of the constituency's size. The
// label point is the centroid of its largest ring.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

const sourceSHA256 = "28c4291fdff57bb2b0c511c6fb514929d1ec650677ae25ff9f21a375cfe67515"

var overseas = map[string]string{
	"ZA": "971", "ZB": "972", "ZC": "973", "ZD": "974", "ZM": "976", "ZN": "988",
	"ZP": "987", "ZS": "975", "ZW": "986", "ZX": "977", "ZZ": "099",
}

type pt struct{ x, y float64 }

type feature struct {
	Properties struct {
		Dep string `json:"code_dpt"`
		Num string `json:"num_circ"`
	}
	Geometry struct {
		Type        string
		Coordinates json.RawMessage
	}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run testdata/gencircomap.go france-circonscriptions-legislatives-2012.json")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "gencircomap:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if sum := fmt.Sprintf("%x", sha256.Sum256(src)); sum != sourceSHA256 {
		return fmt.Errorf("%s: sha256 %s, want %s", path, sum, sourceSHA256)
	}
	// The constituencies holding a split commune.
	tsv, err := os.ReadFile("communes.tsv")
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(tsv)), "\n") {
		d, list, _ := strings.Cut(line, "\t")
		if strings.Contains(list, "*") {
			want[d] = true
		}
	}
	var fc struct{ Features []feature }
	if err := json.Unmarshal(src, &fc); err != nil {
		return err
	}
	polys := map[string][][][]pt{} // district → polygons → rings
	for _, f := range fc.Features {
		dep := f.Properties.Dep
		if o, ok := overseas[dep]; ok {
			dep = o
		}
		n, err := strconv.Atoi(f.Properties.Num)
		if err != nil {
			return fmt.Errorf("num_circ %q: %v", f.Properties.Num, err)
		}
		d := fmt.Sprintf("%s-%02d", dep, n)
		var ps [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			err = json.Unmarshal(f.Geometry.Coordinates, &p)
			ps = [][][][2]float64{p}
		case "MultiPolygon":
			err = json.Unmarshal(f.Geometry.Coordinates, &ps)
		default:
			err = fmt.Errorf("geometry %s", f.Geometry.Type)
		}
		if err != nil {
			return fmt.Errorf("%s: %v", d, err)
		}
		for _, p := range ps {
			var rings [][]pt
			for _, r := range p {
				var ring []pt
				for _, c := range r {
					ring = append(ring, pt{c[0], c[1]})
				}
				rings = append(rings, ring)
			}
			polys[d] = append(polys[d], rings)
		}
	}
	// Each département's scale: cos of its constituencies' mean latitude.
	lat := map[string][]float64{}
	for d, ps := range polys {
		dep, _, _ := strings.Cut(d, "-")
		for _, p := range ps {
			for _, c := range p[0] {
				lat[dep] = append(lat[dep], c.y)
			}
		}
	}
	scale := map[string]float64{}
	for dep, ys := range lat {
		s := 0.0
		for _, y := range ys {
			s += y
		}
		scale[dep] = math.Cos(s / float64(len(ys)) * math.Pi / 180)
	}
	var ds []string
	for d := range want {
		if _, ok := polys[d]; !ok {
			fmt.Fprintf(os.Stderr, "gencircomap: %s holds a split commune but has no outline (abroad?)\n", d)
			continue
		}
		ds = append(ds, d)
	}
	sort.Strings(ds)
	var out bytes.Buffer
	for _, d := range ds {
		dep, _, _ := strings.Cut(d, "-")
		k := scale[dep]
		proj := func(c pt) pt { return pt{math.Round(c.x * k * 1e4), math.Round(-c.y * 1e4)} }
		minx, miny, maxx, maxy := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		var rings [][]pt
		for _, p := range polys[d] {
			for _, r := range p {
				var pr []pt
				for _, c := range r {
					q := proj(c)
					pr = append(pr, q)
					minx, miny, maxx, maxy = math.Min(minx, q.x), math.Min(miny, q.y), math.Max(maxx, q.x), math.Max(maxy, q.y)
				}
				rings = append(rings, pr)
			}
		}
		tol := math.Max(maxx-minx, maxy-miny) / 150
		var path strings.Builder
		var big []pt
		bigArea := 0.0
		for _, r := range rings {
			s := simplify(r, tol)
			if len(s) < 4 { // a speck at this scale
				continue
			}
			if a := math.Abs(area(r)); a > bigArea {
				big, bigArea = r, a
			}
			fmt.Fprintf(&path, "M%d %d", int(s[0].x), int(s[0].y))
			path.WriteString("l")
			for i := 1; i < len(s)-1; i++ { // the last point closes the ring: z
				if i > 1 {
					path.WriteString(" ")
				}
				fmt.Fprintf(&path, "%d %d", int(s[i].x-s[i-1].x), int(s[i].y-s[i-1].y))
			}
			path.WriteString("z")
		}
		c := centroid(big)
		fmt.Fprintf(&out, "%s\t%d %d %d %d\t%d %d\t%s\n", d, int(minx), int(miny), int(maxx), int(maxy), int(math.Round(c.x)), int(math.Round(c.y)), path.String())
	}
	if err := os.WriteFile("circomap.tsv", out.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("circomap.tsv: %d constituencies, %d bytes, sha256 %x\n", len(ds), out.Len(), sha256.Sum256(out.Bytes()))
	return nil
}

// simplify is Douglas–Peucker on a closed ring (first point = last).
func simplify(r []pt, tol float64) []pt {
	if len(r) < 4 {
		return r
	}
	keep := make([]bool, len(r))
	keep[0], keep[len(r)-1] = true, true
	// A closed ring: split it at its farthest point from the first.
	far, fd := 0, -1.0
	for i, p := range r {
		if d := math.Hypot(p.x-r[0].x, p.y-r[0].y); d > fd {
			far, fd = i, d
		}
	}
	keep[far] = true
	var dp func(a, b int)
	dp = func(a, b int) {
		if b <= a+1 {
			return
		}
		best, bd := -1, tol
		for i := a + 1; i < b; i++ {
			if d := segDist(r[i], r[a], r[b]); d > bd {
				best, bd = i, d
			}
		}
		if best >= 0 {
			keep[best] = true
			dp(a, best)
			dp(best, b)
		}
	}
	dp(0, far)
	dp(far, len(r)-1)
	var out []pt
	for i, p := range r {
		if keep[i] && (len(out) == 0 || p != out[len(out)-1]) {
			out = append(out, p)
		}
	}
	return out
}

func segDist(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	l := dx*dx + dy*dy
	if l == 0 {
		return math.Hypot(p.x-a.x, p.y-a.y)
	}
	t := math.Max(0, math.Min(1, ((p.x-a.x)*dx+(p.y-a.y)*dy)/l))
	return math.Hypot(p.x-a.x-t*dx, p.y-a.y-t*dy)
}

func area(r []pt) float64 {
	s := 0.0
	for i := 0; i+1 < len(r); i++ {
		s += r[i].x*r[i+1].y - r[i+1].x*r[i].y
	}
	return s / 2
}

func centroid(r []pt) pt {
	a := area(r)
	if a == 0 {
		return r[0]
	}
	var cx, cy float64
	for i := 0; i+1 < len(r); i++ {
		f := r[i].x*r[i+1].y - r[i+1].x*r[i].y
		cx += (r[i].x + r[i+1].x) * f
		cy += (r[i].y + r[i+1].y) * f
	}
	return pt{cx / (6 * a), cy / (6 * a)}
}
