package law

import (
	"errors"
	"maps"
	"testing"
)

// TestOrder14JumpOver: a new article placed beside one and numbered past
// an article in force between them ("Après l'article L. 10, il est
// inséré un article L. 12" while L. 11 is in force) is refused
// (errJumpsOver): codes never number that way. Read still: the next
// number free, an article between repealed or renumbered away earlier in
// the text or held repealed, the new articles themselves between,
// numbering schemes in their order (L. 1-1 then L. 1-1-1 then L. 1-2; 4,
// 4 bis, 4 ter; 200 A, 200 B), and orders codes write differently ("L. 4
// bis" beside "L. 4-1") not judged.
func TestOrder14JumpOver(t *testing.T) {
	A := []string{"Le maire agit."}
	art := func(h string) string { return "« Art. " + h + ". – Le bureau siège. »" }
	ins := func(where, anchor, h string) []string {
		return []string{where + " l'article " + anchor + " du code civil, il est inséré un article " + h + " ainsi rédigé :", art(h)}
	}
	runGrammar(t, []grammarCase{
		{name: "L. 1 then L. 3 over L. 2: refused", before: A, more: map[string][]string{"L2": A}, text: ins("Après", "L. 1", "L. 3")},
		{name: "L. 1 then L. 2, L. 3 in force: read", before: A, more: map[string][]string{"L3": A}, text: ins("Après", "L. 1", "L. 2"), want: A},
		{name: "L. 1 then L. 1-2 over L. 1-1: refused", before: A, more: map[string][]string{"L1-1": A}, text: ins("Après", "L. 1", "L. 1-2")},
		{name: "L. 1 then L. 1-1-1 over L. 1-1: refused", before: A, more: map[string][]string{"L1-1": A}, text: ins("Après", "L. 1", "L. 1-1-1")},
		{name: "L. 1-1 then L. 1-1-1, L. 1-2 in force: read", before: A, more: map[string][]string{"L1-1": A, "L1-2": A}, text: ins("Après", "L. 1-1", "L. 1-1-1"), want: A},
		{name: "L. 1-1 then L. 1-2 over L. 1-1-1: refused", before: A, more: map[string][]string{"L1-1": A, "L1-1-1": A}, text: ins("Après", "L. 1-1", "L. 1-2")},
		{name: "avant L. 3, L. 1-1 over L. 2: refused", before: A, more: map[string][]string{"L2": A, "L3": A}, text: ins("Avant", "L. 3", "L. 1-1")},
		{name: "avant L. 2, L. 1-1: read", before: A, more: map[string][]string{"L2": A}, text: ins("Avant", "L. 2", "L. 1-1"), want: A},
		{name: "4 bis after 4, 4-1 in force: not judged", before: A, more: map[string][]string{"L4": A, "L4-1": A}, text: ins("Après", "L. 4", "L. 4 bis"), want: A},
		{name: "4 ter after 4 over 4 bis: refused", before: A, more: map[string][]string{"L4": A, "L4 bis": A}, text: ins("Après", "L. 4", "L. 4 ter")},
		{name: "4 ter after 4 bis: read", before: A, more: map[string][]string{"L4": A, "L4 bis": A}, text: ins("Après", "L. 4 bis", "L. 4 ter"), want: A},
		{name: "200 C after 200 A over 200 B: refused", before: A, more: map[string][]string{"200 A": A, "200 B": A}, text: []string{"Après l'article 200 A du code civil, il est inséré un article 200 C ainsi rédigé :", "« Art. 200 C. – Le bureau siège. »"}},
		{name: "L. 3 after L. 1 over LO 2: refused", before: A, more: map[string][]string{"LO2": A}, text: ins("Après", "L. 1", "L. 3")},
		{name: "L. and LO numbered apart: LO 1-2 after LO 1, L. 1-1 in force: read", before: A, more: map[string][]string{"LO1": A, "L1-1": A}, text: ins("Après", "LO 1", "LO 1-2"), want: A},
		{name: "L. 3 after L. 1, R. 2 in force: read", before: A, more: map[string][]string{"R2": A}, text: ins("Après", "L. 1", "L. 3"), want: A},
		{name: "L. 3 after L. 1, L. 2 held repealed: read", before: A, more: map[string][]string{"L2": {"(Abrogé)"}}, text: ins("Après", "L. 1", "L. 3"), want: A},
		{name: "L. 2 repealed first: read", before: A, more: map[string][]string{"L2": A}, text: append([]string{"I. – L'article L. 2 du code civil est abrogé.", "II. – Après l'article L. 1 du même code, il est inséré un article L. 3 ainsi rédigé :"}, art("L. 3")), want: A},
		{name: "L. 2 renumbered first: read", before: A, more: map[string][]string{"L2": A}, text: append([]string{"I. – L'article L. 2 du code civil devient l'article L. 5.", "II. – Après l'article L. 1 du même code, il est inséré un article L. 3 ainsi rédigé :"}, art("L. 3")), want: A},
		{name: "two new ones: read", before: A, more: map[string][]string{"L3": A}, text: []string{"Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 et L. 1-2 ainsi rédigés :", art("L. 1-1"), art("L. 1-2")}, want: A},
	})
	c := Corpus{}
	for _, h := range []string{"L5211-10", "L5211-11"} {
		r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[r] = CodeArticle{Ref: r, Heading: h, Alineas: A}
	}
	got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: ins("Après", "L. 5211-10", "L. 5211-12")}}), ApplyOptions{})
	var j errJumpsOver
	if len(errs) != 1 || !errors.As(errs[0].Err, &j) || j.over != "l5211-11" || len(got) != 2 {
		t.Errorf("errors %v, %d articles: want refused over l5211-11", errs, len(got))
	}
}

// TestOrder14RangeWithHole: a range of articles one of which an earlier
// instruction of the text repealed ("L'article L. 3 est abrogé" then
// "Les articles L. 2 à L. 4 …"). Read on the text as it is now, as each
// instruction is: repealed, rewritten ("sont ainsi rédigés", "sont
// remplacés par des articles L. 2 et L. 4"), words edited — the articles
// left, the same result either way the range is drawn. Renumbered ("…
// deviennent les articles L. 12 à L. 14"): two articles left onto three
// numbers, which is not said — refused whole (errRangeHoled; it
// renumbered L. 2 and L. 4 and reported L. 3). A hole the text did not
// make (an article the corpus does not hold) is not this refusal.
func TestOrder14RangeWithHole(t *testing.T) {
	repeal := "L'article L. 3 du code civil est abrogé."
	for _, c := range []struct {
		name string
		arts []string
		want map[string]string // changed articles; nil refused
	}{
		{"repealed", []string{repeal, "Les articles L. 2 à L. 4 du code civil sont abrogés."}, map[string]string{"l2": "gone", "l3": "gone", "l4": "gone"}},
		{"words", []string{repeal, "Aux articles L. 2 à L. 4 du code civil, le mot : « premier » est remplacé par le mot : « dernier »."},
			map[string]string{"l2": "Le préfet statue en dernier ressort.|Le préfet peut déléguer sa signature.|Le préfet rend compte au conseil.", "l3": "gone", "l4": "Le greffier statue en dernier ressort.|Le greffier peut déléguer sa signature.|Le greffier rend compte au conseil."}},
		{"replaced by two", []string{repeal, "Les articles L. 2 à L. 4 du code civil sont remplacés par des articles L. 2 et L. 4 ainsi rédigés :\n« Art. L. 2. – Le préfet signe. »\n« Art. L. 4. – Le juge signe. »"},
			map[string]string{"l2": "Le préfet signe.", "l3": "gone", "l4": "Le juge signe."}},
		{"rewritten, the hole re-established", []string{repeal, "Les articles L. 2 à L. 4 du code civil sont ainsi rédigés :\n« Art. L. 2. – Le préfet signe. »\n« Art. L. 3. – Le maire signe. »\n« Art. L. 4. – Le juge signe. »"},
			map[string]string{"l2": "Le préfet signe.", "l3": "Le maire signe.", "l4": "Le juge signe."}},
		{"renumbered: refused", []string{repeal, "Les articles L. 2 à L. 4 du code civil deviennent les articles L. 12 à L. 14."}, nil},
		{"renumbered, the hole an end: refused", []string{"L'article L. 4 du code civil est abrogé.", "Les articles L. 2 à L. 4 du code civil deviennent les articles L. 12 à L. 14."}, nil},
		{"renumbered, same bill article: refused", []string{"Le code civil est ainsi modifié :\n1° L'article L. 3 est abrogé ;\n2° Les articles L. 2 à L. 4 deviennent les articles L. 12 à L. 14."}, nil},
		{"renumbered, no hole", []string{"Les articles L. 2 à L. 4 du code civil deviennent les articles L. 12 à L. 14."},
			map[string]string{"l2": "gone", "l3": "gone", "l4": "gone", "l12": "Le préfet statue en premier ressort.|Le préfet peut déléguer sa signature.|Le préfet rend compte au conseil.", "l13": "Le juge statue en premier ressort.|Le juge peut déléguer sa signature.|Le juge rend compte au conseil.", "l14": "Le greffier statue en premier ressort.|Le greffier peut déléguer sa signature.|Le greffier rend compte au conseil."}},
	} {
		_, got, errs := c11Apply(t, c.arts...)
		if c.want == nil {
			var h errRangeHoled
			refused := false
			for _, e := range errs {
				refused = refused || errors.As(e.Err, &h)
			}
			if !refused || got["l12"] != "" || got["l14"] != "" || got["l2"] != "" {
				t.Errorf("%s: changed %v, errors %v: want refused whole", c.name, got, errs)
			}
			continue
		}
		if len(errs) > 0 || !maps.Equal(got, c.want) {
			t.Errorf("%s: changed %v, errors %v; want %v", c.name, got, errs, c.want)
		}
	}
}

// TestOrder14WhichText guards the text a bare or anaphoric reference
// names in a bill article that named a code and a law (already read; kept
// as rules): "du même code" is the last code named, past a law named
// since; "de la même loi", "de la même ordonnance" the last law or
// ordonnance, past a code named since; "du même texte" is refused. A bare
// article ("L'article L. 2 est abrogé") in a bill article that named two
// codes is refused, unless the enclosing "Le code X est ainsi modifié :"
// names one (then it is X's, even after an item naming the other code).
func TestOrder14WhichText(t *testing.T) {
	w := ", le mot : « a » est remplacé par le mot : « b »."
	rural, civil := CodeKey("code rural et de la pêche maritime"), CodeKey("code civil")
	for _, c := range []struct {
		name string
		text []string
		want string // the last instruction's code/article; "" refused
	}{
		{"du même code past a law", []string{"I. – À l'article L. 1 du code rural" + w, "II. – À l'article 3 de la loi n° 2000-1 du 4 janvier 2000" + w, "III. – À l'article L. 2 du même code" + w}, rural + "/l2"},
		{"de la même loi past a code", []string{"I. – À l'article 3 de la loi n° 2000-1 du 4 janvier 2000" + w, "II. – À l'article L. 1 du code rural" + w, "III. – À l'article 4 de la même loi" + w}, "loi 2000 1/4"},
		{"de la même ordonnance past a code", []string{"I. – À l'article 3 de l'ordonnance n° 2000-1 du 4 janvier 2000" + w, "II. – À l'article L. 1 du code rural" + w, "III. – À l'article 4 de la même ordonnance" + w}, "ordonnance 2000 1/4"},
		{"du même texte: refused", []string{"I. – À l'article L. 1 du code rural" + w, "II. – À l'article 3 de la loi n° 2000-1 du 4 janvier 2000" + w, "III. – À l'article 4 du même texte" + w}, ""},
		{"bare, two codes named: refused", []string{"I. – À l'article L. 1 du code rural" + w, "II. – À l'article L. 1 du code civil" + w, "III. – L'article L. 2 est abrogé."}, ""},
		{"bare, under the code rural's context", []string{"I. – Le code rural est ainsi modifié :", "1° À l'article L. 1" + w[:len(w)-1] + " ;", "2° À l'article L. 1 du code civil" + w[:len(w)-1] + " ;", "3° L'article L. 2 est abrogé."}, rural + "/l2"},
		{"bare, under the code civil's context", []string{"I. – À l'article L. 1 du code rural" + w, "II. – Le code civil est ainsi modifié :", "1° L'article L. 2 est abrogé."}, civil + "/l2"},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: c.text}})
		last := ins[len(ins)-1]
		got := ""
		if last.Status == Parsed && len(last.Edits) == 1 {
			got = last.Edits[0].Scope.Ref.Code + "/" + last.Edits[0].Scope.Ref.Article
		}
		if got != c.want || c.want == "" && last.Status != Unparsed {
			t.Errorf("%s: %q (%v %s), want %q", c.name, got, last.Status, last.Reason, c.want)
		}
	}
}
