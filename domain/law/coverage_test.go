package law

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// exactFloor is the measured number of the Hadopi law's 42 target articles
// that come out equal to the official consolidated text, typography
// normalised ([NormalizeTypography]). It may only go up: raise it when the
// parser improves, never lower it to make a change pass.
const exactFloor = 39

// strictFloor is the same count under white-space normalisation only
// ([NormalizeSpace]), with ApplyOptions.LegifranceTypography.
const strictFloor = 36

const hadopiCensored = "Dispositions déclarées non conformes à la Constitution par la décision du Conseil constitutionnel n° 2009-580 DC du 10 juin 2009"

// loadCorpus reads a tree of the codes-juridiques-francais repository:
// codes-(non-)en-vigueur/<code>/…/article-*.md.
func loadCorpus(t testing.TB, root string) Corpus {
	t.Helper()
	c := Corpus{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasPrefix(d.Name(), "article-") {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		parts := strings.Split(filepath.ToSlash(rel), "/")
		code := strings.TrimSuffix(parts[1], "-cgi")
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		a, ok := ParseCodeArticleMarkdown(strings.ReplaceAll(code, "-", " "), string(b))
		if !ok {
			t.Errorf("%s: no heading", p)
			return nil
		}
		c[a.Ref] = a
		return nil
	})
	if err != nil {
		t.Fatalf("couldn't load %s: %v", root, err)
	}
	return c
}

// loadFabriqueText reads the articles of a La Fabrique de la loi texte.json.
func loadFabriqueText(t testing.TB, path string) []Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Articles []struct {
			Titre   string            `json:"titre"`
			Alineas map[string]string `json:"alineas"`
			Statut  string            `json:"statut"`
			Order   int               `json:"order"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("couldn't decode %s: %v", path, err)
	}
	var arts []Article
	for _, a := range doc.Articles {
		keys := make([]string, 0, len(a.Alineas))
		for k := range a.Alineas {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		art := Article{Number: ArticleNumber(a.Titre)}
		for _, k := range keys {
			art.Alineas = append(art.Alineas, a.Alineas[k])
		}
		arts = append(arts, art)
	}
	return arts
}

type coverage struct {
	Found, Parsed, Unparsed, Context, Edits int
	Targets, Exact, Strict, Missing         int
	Failures                                []string
}

func measureHadopi(t testing.TB) coverage {
	avant := loadCorpus(t, "testdata/hadopi/avant")
	apres := loadCorpus(t, "testdata/hadopi/apres")
	ins := ParseInstructions(loadFabriqueText(t, "testdata/hadopi/texte.json"))
	st := Stats(ins)
	got, errs := Apply(avant, ins, ApplyOptions{CensoredMention: hadopiCensored, LegifranceTypography: true})
	cv := coverage{Found: st.Found, Parsed: st.Parsed, Unparsed: st.Unparsed, Context: st.Context, Edits: st.Edits}
	for _, e := range errs {
		if e.Missing {
			cv.Missing++
		} else if _, ok := apres[e.Ref]; ok {
			cv.Failures = append(cv.Failures, e.Error())
		}
	}
	for _, ref := range Changed(avant, apres) {
		cv.Targets++
		g, gok := got[ref]
		w, wok := apres[ref]
		if gok != wok {
			cv.Failures = append(cv.Failures, ref.String()+": presence differs")
			continue
		}
		if !gok {
			cv.Exact++
			cv.Strict++
			continue
		}
		gs, ws := strings.Join(g.Alineas, "\n"), strings.Join(w.Alineas, "\n")
		if NormalizeSpace(gs) == NormalizeSpace(ws) {
			cv.Strict++
		} else {
			cv.Failures = append(cv.Failures, ref.String()+": differs in white-space-normalised text")
		}
		if NormalizeTypography(gs) == NormalizeTypography(ws) {
			cv.Exact++
		} else {
			cv.Failures = append(cv.Failures, ref.String()+": text differs")
			if testing.Verbose() {
				for _, op := range DiffWords(NormalizeTypography(ws), NormalizeTypography(gs)) {
					if op.Kind != OpEqual {
						cv.Failures = append(cv.Failures, "    "+string(op.Kind)+" "+op.Text)
					}
				}
			}
		}
	}
	return cv
}

// TestHadopiCoverage applies the final text of the Hadopi bill to the codes
// as they stood before it, and compares with the official consolidation.
func TestHadopiCoverage(t *testing.T) {
	cv := measureHadopi(t)
	pct := 100 * float64(cv.Exact) / float64(cv.Targets)
	strict := 100 * float64(cv.Strict) / float64(cv.Targets)
	t.Logf("instructions found %d, parsed %d, context %d, unparsed %d, edits %d, edits on articles not in the sample %d", cv.Found, cv.Parsed, cv.Context, cv.Unparsed, cv.Edits, cv.Missing)
	t.Logf("target articles %d: exact (typography-normalised) %d = %.1f%%, exact (white space only) %d = %.1f%%", cv.Targets, cv.Exact, pct, cv.Strict, strict)
	for _, f := range cv.Failures {
		t.Log(f)
	}
	if cv.Exact < exactFloor {
		t.Errorf("exact articles: got %d, want at least %d (the measured floor)", cv.Exact, exactFloor)
	}
	if cv.Strict < strictFloor {
		t.Errorf("strictly exact articles: got %d, want at least %d (the measured floor)", cv.Strict, strictFloor)
	}
}
