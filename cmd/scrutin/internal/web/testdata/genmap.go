//go:build ignore

// genmap simplifies the départements GeoJSON into the small SVG path set
// the pages draw (../departements.json). Run from the web directory:
//
//	go run testdata/genmap.go
//
// Input: testdata/departements-avec-outre-mer.geojson.gz, copied unedited
// (gzipped) from gregoiredavid/france-geojson @ 5d34ee6, Licence Ouverte
// (IGN Admin Express COG 2018). Metropolitan France is drawn in an
// equirectangular projection scaled by cos(46.5°); the five overseas
// départements are insets along the left edge, each at its own scale.
package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
)

type feature struct {
	Properties struct{ Code, Nom string }
	Geometry   struct {
		Type        string
		Coordinates json.RawMessage
	}
}

type pt struct{ x, y float64 }

func main() {
	f, err := os.Open("testdata/departements-avec-outre-mer.geojson.gz")
	check(err)
	zr, err := gzip.NewReader(f)
	check(err)
	var fc struct{ Features []feature }
	check(json.NewDecoder(zr).Decode(&fc))

	const W, H = 560.0, 500.0
	k := math.Cos(46.5 * math.Pi / 180)
	// Metropolitan bounds (lon, lat): about -5.2..9.6, 41.3..51.1.
	metro := box{-5.2, 41.3, 9.6, 51.1, 90, 5, W - 5, H - 5, k}
	insets := map[string]box{}
	y := 10.0
	for _, c := range []string{"971", "972", "973", "974", "976"} {
		insets[c] = box{0, 0, 0, 0, 5, y, 75, y + 80, 0}
		y += 97
	}
	type dep struct {
		Code string `json:"code"`
		Name string `json:"name"`
		D    string `json:"d"`
		// Inset is Paris and the petite couronne again, enlarged.
		Inset string `json:"inset,omitempty"`
	}
	var out []dep
	for _, ft := range fc.Features {
		var polys [][][][2]float64
		switch ft.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			check(json.Unmarshal(ft.Geometry.Coordinates, &p))
			polys = [][][][2]float64{p}
		case "MultiPolygon":
			check(json.Unmarshal(ft.Geometry.Coordinates, &polys))
		}
		b, ok := insets[ft.Properties.Code]
		if ok {
			b = b.fit(polys)
		} else {
			b = metro
		}
		d := path(polys, b, 0.9)
		inset := ""
		if petite[ft.Properties.Code] {
			inset = path(polys, idf, 0.6)
		}
		out = append(out, dep{ft.Properties.Code, ft.Properties.Nom, d, inset})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	b, err := json.Marshal(map[string]any{"viewBox": fmt.Sprintf("0 0 %d %d", int(W), int(H)), "departements": out})
	check(err)
	check(os.WriteFile("departements.json", append(b, '\n'), 0o644))
	fmt.Println(len(out), "départements,", len(b), "bytes")
}

// petite is Paris and the petite couronne, drawn again in the top-right
// inset (idf) where they are big enough to see.
var (
	petite = map[string]bool{"75": true, "92": true, "93": true, "94": true}
	idf    = box{2.14, 48.72, 2.61, 49.0, 470, 8, 555, 80, math.Cos(48.86 * math.Pi / 180)}
)

func path(polys [][][][2]float64, b box, tol float64) string {
	{
		var sb strings.Builder
		for _, poly := range polys {
			ring := poly[0] // outer rings only: no holes at this scale
			ps := make([]pt, len(ring))
			for i, c := range ring {
				ps[i] = b.proj(c[0], c[1])
			}
			ps = simplify(ps, tol)
			if len(ps) < 4 || area(ps) < 2 {
				continue
			}
			var last [2]int
			for i, p := range ps {
				q := [2]int{int(math.Round(p.x)), int(math.Round(p.y))}
				if i > 0 && q == last {
					continue
				}
				if i == 0 {
					fmt.Fprintf(&sb, "M%d %d", q[0], q[1])
				} else {
					fmt.Fprintf(&sb, "l%d %d", q[0]-last[0], q[1]-last[1])
				}
				last = q
			}
			sb.WriteString("z")
		}
		return sb.String()
	}
}

// box maps (lon, lat) in [x0,x1]×[y0,y1] onto the pixel box [px0,px1]×[py0,py1].
type box struct {
	x0, y0, x1, y1     float64
	px0, py0, px1, py1 float64
	k                  float64 // cos(latitude): horizontal scale
}

func (b box) proj(lon, lat float64) pt {
	sx := (b.px1 - b.px0) / ((b.x1 - b.x0) * b.k)
	sy := (b.py1 - b.py0) / (b.y1 - b.y0)
	s := math.Min(sx, sy)
	return pt{b.px0 + (lon-b.x0)*b.k*s, b.py0 + (b.y1-lat)*s}
}

// fit sets the geographic bounds to the feature's own.
func (b box) fit(polys [][][][2]float64) box {
	b.x0, b.y0, b.x1, b.y1 = 1e9, 1e9, -1e9, -1e9
	for _, p := range polys {
		for _, c := range p[0] {
			b.x0, b.x1 = math.Min(b.x0, c[0]), math.Max(b.x1, c[0])
			b.y0, b.y1 = math.Min(b.y0, c[1]), math.Max(b.y1, c[1])
		}
	}
	b.k = math.Cos((b.y0 + b.y1) / 2 * math.Pi / 180)
	return b
}

// simplify is Douglas–Peucker with tolerance tol (pixels).
func simplify(ps []pt, tol float64) []pt {
	if len(ps) < 3 {
		return ps
	}
	keep := make([]bool, len(ps))
	keep[0], keep[len(ps)-1] = true, true
	var rec func(i, j int)
	rec = func(i, j int) {
		best, at := 0.0, -1
		for m := i + 1; m < j; m++ {
			if d := dist(ps[m], ps[i], ps[j]); d > best {
				best, at = d, m
			}
		}
		if best > tol {
			keep[at] = true
			rec(i, at)
			rec(at, j)
		}
	}
	rec(0, len(ps)-1)
	var out []pt
	for i, k := range keep {
		if k {
			out = append(out, ps[i])
		}
	}
	return out
}

func dist(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	if dx == 0 && dy == 0 {
		return math.Hypot(p.x-a.x, p.y-a.y)
	}
	return math.Abs(dy*p.x-dx*p.y+b.x*a.y-b.y*a.x) / math.Hypot(dx, dy)
}

func area(ps []pt) float64 {
	s := 0.0
	for i := range ps {
		j := (i + 1) % len(ps)
		s += ps[i].x*ps[j].y - ps[j].x*ps[i].y
	}
	return math.Abs(s / 2)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
