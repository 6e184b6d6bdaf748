package law

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// amTyped24Refused checks that r is not applied, each of its Unparsed
// lines with its refusal, the first of kind want, and that a line that
// opens with a reason opens with that refusal's text.
func amTyped24Refused(t *testing.T, name string, r AmendedArticle, want error) {
	t.Helper()
	if r.Applied || len(r.Unparsed) == 0 || len(r.Refusals) != len(r.Unparsed) {
		t.Errorf("%s: applied %v, %d lines, %d refusals: %q", name, r.Applied, len(r.Unparsed), len(r.Refusals), r.Unparsed)
		return
	}
	if !errors.Is(r.Refusals[0], want) {
		t.Errorf("%s: refused with %v (%q); want %v", name, r.Refusals[0], r.Unparsed[0], want)
	}
	for k, err := range r.Refusals {
		if !amRefusalTyped24(err) {
			t.Errorf("%s: refusal %d of no kind: %v", name, k, err)
		}
		if strings.HasPrefix(r.Unparsed[k], "(") && !strings.HasPrefix(r.Unparsed[k], "("+err.Error()+") ") {
			t.Errorf("%s: line %q, refusal %q", name, r.Unparsed[k], err.Error())
		}
	}
}

var amTyped24Art = []string{"Le maire signe l'acte.", "Le juge lit le dossier."}

func TestAmTyped24ApplyAmendment(t *testing.T) {
	a := Article{Number: "1", Alineas: amTyped24Art}
	for _, c := range []struct {
		name, disp string
		want       error
	}{
		{"a sub-amendment", "Amendement n° 10, alinéa 3\nRemplacer le mot :\njuge\npar le mot :\nclerc", errSubAmendment24},
		{"deleted and edited", "I. – Supprimer cet article.\nII. – À l'alinéa 2, supprimer le mot : « juge ».", errDeletedAndEdited24},
		{"an alinéa not there", "À l'alinéa 9, supprimer le mot : « juge ».", errAmEditRefused24},
		{"words not found", "À l'alinéa 2, supprimer le mot : « greffier ».", errAmEditRefused24},
		{"no form read", "Faire en sorte que le juge lise mieux.", errAmInstructionUnread24},
		{"empty", "", errAmNoInstruction24},
		{"words unquoted, the place after", "Alinéa 2 : Remplacer le mot : juge par le mot : greffier dans l'ensemble du texte", errUnquotedOneLine22},
		{"words ending with a semicolon, the alinéa completed", "Alinéa 2\n1° Compléter cet alinéa par les mots :\net classe ;\n2° Remplacer le mot :\njuge\npar le mot :\nclerc", errAmItemWordsUnsaid24},
		{"a words group not read", "À l'alinéa 2 :\n1° Les mots : « le dossier » sont ainsi modifiés :\na) Le mot : « registre » est remplacé par le mot : « acte » ;", errAmWordsGroup23},
	} {
		amTyped24Refused(t, c.name, ApplyAmendment(a, c.disp), c.want)
	}
	// The edit's own refusal is its cause.
	r := ApplyAmendment(a, "À l'alinéa 9, supprimer le mot : « juge ».")
	var ae applyErr
	if len(r.Refusals) != 1 || !errors.As(r.Refusals[0], &ae) {
		t.Errorf("cause: %v", r.Refusals)
	}
	// Applied: no refusal.
	if r := ApplyAmendment(a, "À l'alinéa 2, supprimer le mot : « juge »."); !r.Applied || r.Refusals != nil {
		t.Errorf("applied: %v %v", r.Applied, r.Refusals)
	}
}

func TestAmTyped24Compose(t *testing.T) {
	a := Article{Number: "1", Alineas: amTyped24Art}
	for _, c := range []struct {
		name string
		ams  []Dispositif
		at   int
		want error
	}{
		{"a sub-amendment of an amendment not composed", []Dispositif{
			{"1", "À l'alinéa 2, substituer au mot : « juge » le mot : « clerc »."},
			{"2", "Amendement n° 42, alinéa 1\nRemplacer le mot :\nclerc\npar le mot :\ngreffier"},
		}, 1, errParentNotComposed24},
		{"an alinéa rewritten before", []Dispositif{
			{"1", "Rédiger ainsi l'alinéa 2 :\n« Le greffier lit. »"},
			{"2", "À l'alinéa 2, supprimer le mot : « juge »."},
		}, 1, errFallsRewritten24},
		{"the article deleted before", []Dispositif{
			{"1", "Supprimer cet article."},
			{"2", "À l'alinéa 2, supprimer le mot : « juge »."},
		}, 1, errFallsWholeArticle24},
		{"the amendment refused as sub-amended", []Dispositif{
			{"1", "À l'alinéa 2, substituer au mot : « juge » le mot : « clerc »."},
			{"2", "Amendement n° 1, alinéa 1\nRemplacer le mot :\njuge\npar le mot :\nnotaire"},
		}, 1, errParentRefused24},
		{"a sub-amendment not applied to its amendment", []Dispositif{
			{"1", "À l'alinéa 2, substituer au mot : « juge » le mot : « clerc »."},
			{"2", "Amendement n° 1, alinéa 1\nRemplacer le mot :\ngreffier\npar le mot :\nnotaire"},
		}, 1, errAmEditRefused24},
	} {
		_, rs := ComposeNumbered(a, c.ams)
		amTyped24Refused(t, c.name, rs[c.at], c.want)
	}
}

func TestAmTyped24EngineFailure(t *testing.T) {
	saved := amendmentApplier
	defer func() { amendmentApplier = saved }()
	amendmentApplier = func(Article, []string, []int, string) (AmendedArticle, []int) { panic("boom") }
	r := ApplyAmendment(Article{Number: "1", Alineas: amTyped24Art}, "Supprimer cet article.")
	var f *EngineFailure
	if len(r.Refusals) != 1 || !errors.As(r.Refusals[0], &f) || len(r.Unparsed) != 1 {
		t.Errorf("engine failure: %v %q", r.Refusals, r.Unparsed)
	}
}

// An item of a head naming words ("1° Les mots : « … » sont ainsi
// modifiés :") is marked otherwise than the head ("a)", "b)"); a line
// marked as the head is ("2°") is its sibling, the next instruction.
func TestAmTyped24WordsHeadSibling(t *testing.T) {
	B := []string{"Le maire lit a b et c.", "Le juge signe."}
	a := Article{Number: "1", Alineas: B}
	for _, c := range []struct {
		name, disp string
		want       []string
	}{
		{"under a locator, the sibling indicative", "À l'alinéa 1 :\n1° Les mots : « a b » sont ainsi modifiés :\na) Le mot : « a » est remplacé par le mot : « x » ;\nb) Après le mot : « b », est inséré le mot : « y » ;\n2° Après le mot : « c », sont insérés les mots : « d ».",
			[]string{"Le maire lit x b y et c d.", "Le juge signe."}},
		{"dashes under it", "À l'alinéa 1 :\n1° Les mots : « a b » sont ainsi modifiés :\n- le mot : « a » est remplacé par le mot : « x » ;\n2° Après le mot : « c », sont insérés les mots : « d ».",
			[]string{"Le maire lit x b et c d.", "Le juge signe."}},
		{"each item its place", "1° À l'alinéa 1, les mots : « a b » sont ainsi modifiés :\na) Le mot : « a » est remplacé par le mot : « x » ;\n2° À l'alinéa 2, le mot : « juge » est remplacé par le mot : « clerc ».",
			[]string{"Le maire lit x b et c.", "Le clerc signe."}},
		{"lettered head, numbered items", "À l'alinéa 1 :\na) Les mots : « a b » sont ainsi modifiés :\n1° Le mot : « a » est remplacé par le mot : « x » ;\nb) Après le mot : « c », sont insérés les mots : « d ».",
			[]string{"Le maire lit x b et c d.", "Le juge signe."}},
		{"items marked as the head: no item, refused", "À l'alinéa 1 :\n1° Les mots : « a b » sont ainsi modifiés :\n1° Le mot : « a » est remplacé par le mot : « x » ;\n2° Après le mot : « c », sont insérés les mots : « d ».", nil},
		{"an item not in the words: refused", "À l'alinéa 1 :\n1° Les mots : « a b » sont ainsi modifiés :\na) Le mot : « c » est remplacé par le mot : « x » ;\n2° Après le mot : « c », sont insérés les mots : « d ».", nil},
	} {
		r := ApplyAmendment(a, c.disp)
		if c.want == nil {
			amTyped24Refused(t, c.name, r, errAmWordsGroup23)
			continue
		}
		if !r.Applied || strings.Join(r.Article.Alineas, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: applied %v %q %q", c.name, r.Applied, r.Article.Alineas, r.Unparsed)
		}
	}
}

// TestAmTyped24CorpusRefusalsTyped: every amendment of testdata not
// applied says why by a typed error, one for each Unparsed line.
func TestAmTyped24CorpusRefusalsTyped(t *testing.T) {
	if testing.Short() {
		t.Skip("composes every amendment of testdata")
	}
	n := 0
	composeTestdataFolders(t, func(ms []string, rs []AmendedArticle) {
		for i, r := range rs {
			if r.Applied {
				continue
			}
			n++
			if len(r.Refusals) != len(r.Unparsed) || len(r.Refusals) == 0 {
				t.Errorf("%s: %d refusals for %d lines: %q", ms[i], len(r.Refusals), len(r.Unparsed), r.Unparsed)
				continue
			}
			for k, e := range r.Refusals {
				if !amRefusalTyped24(e) {
					t.Errorf("%s: refused with no kind: %v", ms[i], e)
				}
				if strings.HasPrefix(r.Unparsed[k], "(") && !strings.HasPrefix(r.Unparsed[k], "("+e.Error()+") ") && !strings.HasPrefix(r.Unparsed[k], "("+strings.ReplaceAll(e.Error(), "\n", ") (")+") ") {
					t.Errorf("%s: line %q, refusal %q", ms[i], r.Unparsed[k], e.Error())
				}
			}
		}
	})
	if n == 0 {
		t.Fatal("no amendment refused")
	}
	t.Logf("%d amendments refused, each typed", n)
}

// composeTestdataFolders composes the amendments of each folder of
// testdata/amendments on its article_avant and calls f with the
// amendments' files and their results, in the order voted on.
func composeTestdataFolders(t *testing.T, f func(files []string, rs []AmendedArticle)) {
	t.Helper()
	fsys := os.DirFS("testdata/amendments")
	dirs, err := fs.ReadDir(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		fo, err := readAmendmentFolder(fsys, d.Name(), d.Name())
		if err != nil {
			t.Fatal(err)
		}
		_, rs := ComposeNumbered(fo.article, fo.dispositifs)
		f(fo.files, rs)
	}
}
