package web

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestCircomapProvenance: the embedded outlines are the ones
// testdata/gencircomap.go made, as testdata/README.md records, and cover
// every constituency holding a split commune.
func TestCircomapProvenance(t *testing.T) {
	sum := sha256.Sum256([]byte(circomapTSV))
	got := hex.EncodeToString(sum[:])
	readme, err := os.ReadFile("testdata/README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), got) {
		t.Errorf("testdata/README.md does not record circomap.tsv's sha256 %s", got)
	}
	for _, r := range communes.rows {
		if _, ok := outlines()[r.District]; r.Partial && !ok {
			t.Errorf("%s is split but %s has no outline", r.Name, r.District)
		}
	}
}

var svgPath = regexp.MustCompile(`<path class="d" data-district="([0-9AB]+-[0-9]+)" d="M-?[0-9]+ -?[0-9]+l[-0-9 ]+z`)

func TestCommuneMaps(t *testing.T) {
	rows, _ := communes.search("Lyon")
	maps := communeMaps("fr", rows)
	if len(maps) != 1 {
		t.Fatalf("Lyon: %d maps, want 1", len(maps))
	}
	m := string(maps[0])
	var ds []string
	for _, p := range svgPath.FindAllStringSubmatch(m, -1) {
		ds = append(ds, p[1])
	}
	if strings.Join(ds, ",") != "69-01,69-02,69-03,69-04" {
		t.Errorf("Lyon's map draws %v", ds)
	}
	for _, w := range []string{`role="img"`, `aria-labelledby="map-0-t"`, "Carte : Lyon est partagée entre 4 circonscriptions, numérotées 1re, 2e, 3e, 4e.", "<figcaption>", `aria-hidden="true">4</text>`} {
		if !strings.Contains(m, w) {
			t.Errorf("Lyon's map: no %q", w)
		}
	}
	if strings.Count(m, "<text") != 4 {
		t.Errorf("Lyon's map: %d labels", strings.Count(m, "<text"))
	}
	if en := string(communeMaps("en", rows)[0]); !strings.Contains(en, "Map: Lyon is split between 4 constituencies, numbered 1, 2, 3, 4.") {
		t.Error("no English map title")
	}
	// A whole commune has no map; neither has a split commune with one
	// constituency in the answer.
	if rows, _ := communes.search("Nanterre"); len(communeMaps("fr", rows)) != 0 {
		t.Error("Nanterre has a map")
	}
	if _, ok := drawMap("fr", "m", "Lyon", rows[:1]); ok {
		t.Error("a map of one constituency")
	}
	// "saint" lists many split communes: the maps are bounded.
	if rows, _ := communes.search("saint"); len(communeMaps("fr", rows)) > maxMaps {
		t.Error("more than maxMaps maps")
	}
	// Each map stays small (Paris: eighteen outlines).
	rows, _ = communes.search("Paris")
	p := communeMaps("fr", rows)
	if len(p) != 1 || len(svgPath.FindAllString(string(p[0]), -1)) != 18 || len(p[0]) > 20000 {
		t.Errorf("Paris: %d maps, %d bytes", len(p), len(p[0]))
	}
}

// TestCommuneMapsHTTP: the page draws the maps without JavaScript; the
// fragment endpoint answers the script.
func TestCommuneMapsHTTP(t *testing.T) {
	srv, _ := billServer(t)
	_, body := get(t, srv.URL+"/inscription?commune=Lyon")
	if !strings.Contains(body, `<div id="commune-maps"><figure class="circomap" id="map-0">`) || len(svgPath.FindAllString(body, -1)) != 4 {
		t.Error("/inscription?commune=Lyon: no map of 4 outlines")
	}
	_, body = get(t, srv.URL+"/inscription?commune=Nanterre")
	if strings.Contains(body, "<figure") {
		t.Error("Nanterre: a map")
	}
	status, body := get(t, srv.URL+"/inscription/carte?q=75011&lang=en")
	if status != 200 || len(svgPath.FindAllString(body, -1)) != 18 || !strings.HasPrefix(body, `<figure class="circomap"`) || !strings.Contains(body, "Map: Paris 11e Arrondissement is split") {
		t.Errorf("/inscription/carte?q=75011: %d %.200s", status, body)
	}
	if _, body := get(t, srv.URL+"/inscription/carte?q=Nanterre"); body != "" {
		t.Errorf("/inscription/carte?q=Nanterre: %q", body)
	}
}
