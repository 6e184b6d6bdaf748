package law

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// refs22Corpus is a code civil of articles given as "L1: al|al".
func refs22Corpus(arts ...string) Corpus {
	c := Corpus{}
	for _, a := range arts {
		h, als, _ := strings.Cut(a, ": ")
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: strings.Split(als, "|")}
	}
	return c
}

// refs22Run applies "Le code civil est ainsi modifié :" and line; it
// gives the articles after ("L1: al|al", in order), the instruction and
// the errors.
func refs22Run(c Corpus, line string) ([]string, Instruction, []ApplyError) {
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Le code civil est ainsi modifié :", line}}})
	out, errs := Apply(c, ins, ApplyOptions{})
	var got []string
	for _, a := range out {
		got = append(got, a.Heading+": "+strings.Join(a.Alineas, "|"))
	}
	slices.SortFunc(got, func(a, b string) int {
		ha, _, _ := strings.Cut(a, ":")
		hb, _, _ := strings.Cut(b, ":")
		if articleLess(ArticleKey(ha), ArticleKey(hb)) {
			return -1
		}
		if articleLess(ArticleKey(hb), ArticleKey(ha)) {
			return 1
		}
		return 0
	})
	return got, ins[len(ins)-1], errs
}

const refs22Words = "le mot : « A » est remplacé par le mot : « B »."

// TestRefs22SeveralPlaces: a locator naming several places edits each
// and only each, the parts named once belonging to the place they
// follow ("au premier alinéa de l'article L. 1 et à l'article L. 2": the
// alinéa is L. 1's; "au dernier alinéa du I et au II de l'article L. 1":
// the alinéa is the I's, the article both's); a range of articles is
// every article of the code in force between its ends (L. 2-1 with
// them); a range of items or alinéas, each between. Outcomes checked by
// hand.
func TestRefs22SeveralPlaces(t *testing.T) {
	two := []string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche.|Le juge A rend."}
	for _, tc := range []struct {
		arts []string
		line string
		want []string
	}{
		{two, "1° Au premier alinéa des articles L. 1 et L. 2, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge A décide.", "L2: Le juge B tranche.|Le juge A rend."}},
		{append(slices.Clone(two), "L3: Le juge A dit."), "1° Aux articles L. 1, L. 2 et L. 3, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge B décide.", "L2: Le juge B tranche.|Le juge B rend.", "L3: Le juge B dit."}},
		{[]string{"L1: A.", "L2: A.", "L2-1: A.", "L3: A.", "L4: A."}, "1° Aux articles L. 1 à L. 3, " + refs22Words,
			[]string{"L1: B.", "L2: B.", "L2-1: B.", "L3: B.", "L4: A."}},
		{[]string{"L1: I. – Texte.|1° Un ;|2° Deux ;|3° Trois ;|4° Quatre :|a) Le juge A ;|b) Autre A.|II. – Fin A.", "L2: 1° Le juge A ;|2° Le juge A."},
			"1° Au a du 4° du I de l'article L. 1 et au 1° de l'article L. 2, " + refs22Words,
			[]string{"L1: I. – Texte.|1° Un ;|2° Deux ;|3° Trois ;|4° Quatre :|a) Le juge B ;|b) Autre A.|II. – Fin A.", "L2: 1° Le juge B ;|2° Le juge A."}},
		{[]string{"L1: A un.|A deux.|A trois.|A quatre."}, "1° Aux deuxième et troisième alinéas de l'article L. 1, " + refs22Words,
			[]string{"L1: A un.|B deux.|B trois.|A quatre."}},
		{[]string{"L1: A un.|A deux. A trois. A quatre.|A cinq."}, "1° Aux première et dernière phrases du deuxième alinéa de l'article L. 1, " + refs22Words,
			[]string{"L1: A un.|B deux. A trois. B quatre.|A cinq."}},
		{[]string{"L1: I. – A un.|A deux.|II. – A trois.|A quatre.|III. – A cinq."}, "1° Au dernier alinéa du I et au II de l'article L. 1, " + refs22Words,
			[]string{"L1: I. – A un.|B deux.|II. – B trois.|B quatre.|III. – A cinq."}},
		{[]string{"L1: I. – Texte :|1° A un ;|2° A deux ;|3° A trois.|II. – A."}, "1° Au 1° et au 3° du I de l'article L. 1, " + refs22Words,
			[]string{"L1: I. – Texte :|1° B un ;|2° A deux ;|3° B trois.|II. – A."}},
		{[]string{"L1: I. – Texte :|1° A un ;|2° A deux ;|3° A trois ;|4° A quatre.|II. – A."}, "1° Aux 1° à 3° du I de l'article L. 1, " + refs22Words,
			[]string{"L1: I. – Texte :|1° B un ;|2° B deux ;|3° B trois ;|4° A quatre.|II. – A."}},
		{two, "1° Au premier alinéa de l'article L. 1 et à l'article L. 2, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge A décide.", "L2: Le juge B tranche.|Le juge B rend."}},
		{two, "1° À l'article L. 1 et au premier alinéa de l'article L. 2, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge B décide.", "L2: Le juge B tranche.|Le juge A rend."}},
		{two, "1° À l'article L. 1, le mot : « A » est remplacé, partout où il figure, par le mot : « B ».",
			[]string{"L1: Le juge B statue.|Le juge B décide.", "L2: Le juge A tranche.|Le juge A rend."}},
		{two, "1° À l'article L. 1, le mot : « A » est remplacé, à chaque occurrence, par le mot : « B ».",
			[]string{"L1: Le juge B statue.|Le juge B décide.", "L2: Le juge A tranche.|Le juge A rend."}},
		// "(deux fois)" over two places: once in each.
		{[]string{"L1: Le juge A statue.", "L2: Le juge A tranche."}, "1° Aux articles L. 1 et L. 2, le mot : « A » (deux fois) est remplacé par le mot : « B ».",
			[]string{"L1: Le juge B statue.", "L2: Le juge B tranche."}},
	} {
		got, in, errs := refs22Run(refs22Corpus(tc.arts...), tc.line)
		if in.Status != Parsed || len(errs) > 0 {
			t.Errorf("%q: %v %q, errors %v", tc.line, in.Status, in.Reason, errs)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.line, got, tc.want)
		}
	}
	// "Dans l'ensemble du code civil": every article.
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Dans l'ensemble du code civil, " + refs22Words}}})
	out, errs := Apply(refs22Corpus(two...), ins, ApplyOptions{})
	if len(errs) > 0 || strings.Join(out[CodeRef{Code: "code civil", Article: "l2"}].Alineas, "|") != "Le juge B tranche.|Le juge B rend." || strings.Join(out[CodeRef{Code: "code civil", Article: "l1"}].Alineas, "|") != "Le juge B statue.|Le juge B décide." {
		t.Errorf("dans l'ensemble du code: %v %v", out, errs)
	}
}

// TestRefs22Mismatch: words missing in one of the places. In one
// article ("Aux deuxième et troisième alinéas", the third lacking the
// word) the article is put back whole, its other alinéa unchanged; over
// two articles the one lacking the word is refused, untouched, and the
// other keeps its edit, as the consolidated codes apply what can be of
// an instruction (TestCode7InstructionWholeOnAnArticle). A count over
// two places where each holds the words twice is refused in both.
func TestRefs22Mismatch(t *testing.T) {
	got, _, errs := refs22Run(refs22Corpus("L1: A un.|A deux.|C trois."), "1° Aux deuxième et troisième alinéas de l'article L. 1, "+refs22Words)
	if len(errs) == 0 || !slices.Equal(got, []string{"L1: A un.|A deux.|C trois."}) {
		t.Errorf("alinéas: %q, errors %v", got, errs)
	}
	got, _, errs = refs22Run(refs22Corpus("L1: A un.|A deux.", "L2: C trois."), "1° Aux articles L. 1 et L. 2, "+refs22Words)
	if len(errs) != 1 || errs[0].Ref.Article != "l2" || !slices.Equal(got, []string{"L1: B un.|B deux.", "L2: C trois."}) {
		t.Errorf("articles: %q, errors %v", got, errs)
	}
	got, _, errs = refs22Run(refs22Corpus("L1: A un A.", "L2: A deux A."), "1° Aux articles L. 1 et L. 2, le mot : « A » (deux fois) est remplacé par le mot : « B ».")
	if len(errs) != 2 || !slices.Equal(got, []string{"L1: A un A.", "L2: A deux A."}) {
		t.Errorf("count: %q, errors %v", got, errs)
	}
}

// TestRefs22PronounPlace: "et à celui de l'article L. 2" names the first
// place's noun in L. 2 (the pronoun was dropped: the whole L. 2
// edited); a pronoun that does not agree with the noun, a first place
// with no complement or with complements nested before the one the
// pronoun's stands for are refused (errPronounPlace22).
func TestRefs22PronounPlace(t *testing.T) {
	two := []string{"L1: A un. A deux.|A trois.|A quatre.", "L2: A cinq. A six.|A sept.|A huit."}
	for _, tc := range []struct {
		arts []string
		line string
		want []string // nil: refused, errPronounPlace22
	}{
		{two, "1° Au premier alinéa de l'article L. 1 et à celui de l'article L. 2, " + refs22Words,
			[]string{"L1: B un. B deux.|A trois.|A quatre.", "L2: B cinq. B six.|A sept.|A huit."}},
		{two, "1° Au premier alinéa de l'article L. 1 ainsi qu'à celui de l'article L. 2, " + refs22Words,
			[]string{"L1: B un. B deux.|A trois.|A quatre.", "L2: B cinq. B six.|A sept.|A huit."}},
		{two, "1° À la seconde phrase de l'article L. 1 et à celle de l'article L. 2, " + refs22Words,
			[]string{"L1: A un. B deux.|A trois.|A quatre.", "L2: A cinq. B six.|A sept.|A huit."}},
		{two, "1° Aux deuxième et troisième alinéas de l'article L. 1 et à ceux de l'article L. 2, " + refs22Words,
			[]string{"L1: A un. A deux.|B trois.|B quatre.", "L2: A cinq. A six.|B sept.|B huit."}},
		{[]string{"L1: Texte :|1° A un ;|2° A deux.", "L2: Texte :|1° A trois ;|2° A quatre."}, "1° Au 2° de l'article L. 1 et à celui de l'article L. 2, " + refs22Words,
			[]string{"L1: Texte :|1° A un ;|2° B deux.", "L2: Texte :|1° A trois ;|2° B quatre."}},
		{[]string{"L1: I. – A un.|A deux.|II. – A trois.|A quatre.|III. – A cinq.|A six."}, "1° Au premier alinéa du I et à celui du III de l'article L. 1, " + refs22Words,
			[]string{"L1: I. – B un.|A deux.|II. – A trois.|A quatre.|III. – B cinq.|A six."}},
		// Refused.
		{two, "1° Au premier alinéa de l'article L. 1 et à celle de l'article L. 2, " + refs22Words, nil},
		{two, "1° À la seconde phrase du premier alinéa de l'article L. 1 et à celle de l'article L. 2, " + refs22Words, nil},
		{two, "1° Au premier alinéa et à celui de l'article L. 2, " + refs22Words, nil},
		{two, "1° À l'article L. 1 et à celui de l'article L. 2, " + refs22Words, nil},
		{[]string{"L1: I. – Texte :|1° A un.|II. – Texte :|1° A deux."}, "1° Au premier alinéa du 1° du I et à celui du II de l'article L. 1, " + refs22Words, nil},
	} {
		c := refs22Corpus(tc.arts...)
		got, in, errs := refs22Run(c, tc.line)
		if tc.want == nil {
			if in.Status != Unparsed || !errors.Is(in.refusal, errPronounPlace22) {
				t.Errorf("%q: not refused with errPronounPlace22: %v %q", tc.line, in.Status, in.Reason)
			}
			if !slices.Equal(got, slices.Sorted(slices.Values(tc.arts))) {
				t.Errorf("%q: changed %q", tc.line, got)
			}
			continue
		}
		if in.Status != Parsed || len(errs) > 0 {
			t.Errorf("%q: %v %q, errors %v", tc.line, in.Status, in.Reason, errs)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.line, got, tc.want)
		}
	}
}

// TestRefs22SamePlaceTwice: a list of places two of which are one place
// (the first alinéa of an article of one alinéa is its last; the I
// holds its first alinéa; a range holds the article named after it) is
// refused whole, errSamePlaceTwice22, nothing changed: the words were
// inserted twice there ("A et C et C"). Places apart — two sentences of
// one alinéa, the first and the last of two alinéas — stay read, each
// edited once.
func TestRefs22SamePlaceTwice(t *testing.T) {
	ins := "après le mot : « A », sont insérés les mots : « et C »."
	for _, tc := range []struct {
		arts []string
		line string
		want []string // nil: refused whole
	}{
		{[]string{"L1: Le juge A statue."}, "1° Aux premier et dernier alinéas de l'article L. 1, " + ins, nil},
		{[]string{"L1: Le juge A statue.", "L2: Le juge A dit.", "L3: Le juge A lit."}, "1° Aux articles L. 1 à L. 3 et L. 2, " + ins, nil},
		{[]string{"L1: I. – Le juge A statue.|Le juge A dit.|II. – A."}, "1° Au I et au premier alinéa du I de l'article L. 1, " + ins, nil},
		{[]string{"L1: Le juge A statue.|Le juge A dit.|Le juge A lit."}, "1° Aux deuxième et troisième alinéas et au dernier alinéa de l'article L. 1, " + ins, nil},
		{[]string{"L1: Le juge A statue.|Le juge A dit."}, "1° Au premier alinéa et au dernier alinéa de l'article L. 1, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge B dit."}},
		{[]string{"L1: Le juge A statue. Le juge A dit."}, "1° Aux première et dernière phrases de l'article L. 1, " + ins,
			[]string{"L1: Le juge A et C statue. Le juge A et C dit."}},
		{[]string{"L1: Le juge A statue.|Le juge A dit."}, "1° Aux premier et dernier alinéas de l'article L. 1, " + ins,
			[]string{"L1: Le juge A et C statue.|Le juge A et C dit."}},
		{[]string{"L1: Le juge A statue.", "L2: Le juge A dit.", "L3: Le juge A lit.", "L4: Le juge A rend."}, "1° Aux articles L. 1 à L. 3 et L. 4, " + ins,
			[]string{"L1: Le juge A et C statue.", "L2: Le juge A et C dit.", "L3: Le juge A et C lit.", "L4: Le juge A et C rend."}},
	} {
		got, in, errs := refs22Run(refs22Corpus(tc.arts...), tc.line)
		if in.Status != Parsed {
			t.Errorf("%q: %v %q", tc.line, in.Status, in.Reason)
		}
		if tc.want == nil {
			if len(errs) == 0 || !errors.Is(errs[0].Err, errSamePlaceTwice22) {
				t.Errorf("%q: not refused with errSamePlaceTwice22: %v", tc.line, errs)
			}
			if !slices.Equal(got, tc.arts) {
				t.Errorf("%q: changed %q", tc.line, got)
			}
			continue
		}
		if len(errs) > 0 || !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q (%v)\nwant %q", tc.line, got, errs, tc.want)
		}
	}
}

// TestRefs22SubjectsEachArticle: subjects each naming its article
// ("Le premier alinéa de l'article L. 1 et le second alinéa de
// l'article L. 2 sont supprimés", "Le 2° de l'article L. 1 et le 1° de
// l'article L. 2 sont abrogés", "… et celui de l'article L. 2") are read
// one by one (they were refused: a second article named apart); a first
// subject naming no article ("La dernière phrase du premier alinéa et
// le deuxième alinéa de l'article L. 1") is the second's article's, as
// before.
func TestRefs22SubjectsEachArticle(t *testing.T) {
	two := []string{"L1: A un. A deux.|A trois.|A quatre.", "L2: A cinq. A six.|A sept.|A huit."}
	items := []string{"L1: Texte :|1° A un ;|2° A deux.", "L2: Texte :|1° A trois ;|2° A quatre."}
	for _, tc := range []struct {
		arts []string
		line string
		want []string
	}{
		{two, "1° Le premier alinéa de l'article L. 1 et le second alinéa de l'article L. 2 sont supprimés.",
			[]string{"L1: A trois.|A quatre.", "L2: A cinq. A six.|A huit."}},
		{two, "1° Le premier alinéa de l'article L. 1 et celui de l'article L. 2 sont complétés par les mots : « sans délai ».",
			[]string{"L1: A un. A deux sans délai.|A trois.|A quatre.", "L2: A cinq. A six sans délai.|A sept.|A huit."}},
		{two, "1° Les premier et deuxième alinéas de l'article L. 1 et le dernier alinéa de l'article L. 2 sont supprimés.",
			[]string{"L1: A quatre.", "L2: A cinq. A six.|A sept."}},
		{items, "1° Le 2° de l'article L. 1 et le 1° de l'article L. 2 sont abrogés.",
			[]string{"L1: Texte :|1° A un ;|2° (Abrogé).", "L2: Texte :|1° (Abrogé) ;|2° A quatre."}},
		{two, "1° La dernière phrase du premier alinéa et le deuxième alinéa de l'article L. 1 sont supprimés.",
			[]string{"L1: A un.|A quatre.", "L2: A cinq. A six.|A sept.|A huit."}},
	} {
		got, in, errs := refs22Run(refs22Corpus(tc.arts...), tc.line)
		if in.Status != Parsed || len(errs) > 0 {
			t.Errorf("%q: %v %q, errors %v", tc.line, in.Status, in.Reason, errs)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.line, got, tc.want)
		}
	}
}

// TestRefs22RangeReversed: a range of articles whose last is numbered
// before its first ("Aux articles L. 3 à L. 1") is refused,
// errRangeReversed22, nothing changed: it held no article and was
// reported as an article the corpus lacks (no refusal). A range in
// order, L. 2 à L. 2-1, stays read.
func TestRefs22RangeReversed(t *testing.T) {
	arts := []string{"L1: A un.", "L2: A deux.", "L2-1: A trois.", "L3: A quatre."}
	for _, line := range []string{"1° Aux articles L. 3 à L. 1, " + refs22Words, "1° Les articles L. 3 à L. 1 sont abrogés."} {
		got, _, errs := refs22Run(refs22Corpus(arts...), line)
		if len(errs) != 1 || !errors.Is(errs[0].Err, errRangeReversed22) || errs[0].Missing {
			t.Errorf("%q: not refused with errRangeReversed22: %v", line, errs)
		}
		if !slices.Equal(got, arts) {
			t.Errorf("%q: changed %q", line, got)
		}
	}
	got, _, errs := refs22Run(refs22Corpus(arts...), "1° Aux articles L. 2 à L. 2-1, "+refs22Words)
	if want := []string{"L1: A un.", "L2: B deux.", "L2-1: B trois.", "L3: A quatre."}; len(errs) > 0 || !slices.Equal(got, want) {
		t.Errorf("in order: %q %v", got, errs)
	}
}
