package law

import (
	"strings"
	"testing"
)

// TestCode5ArticlesAndFollowing: "les articles L. 1 et suivants" does not
// say which article ends the series: refused (article L. 1 alone was
// edited, or abrogated); the words quoted are only words.
func TestCode5ArticlesAndFollowing(t *testing.T) {
	more := map[string][]string{"L2": {"Un."}}
	runGrammar(t, []grammarCase{
		{name: "aux articles L. 1 et suivants", before: []string{"Un."}, more: more, text: []string{"Aux articles L. 1 et suivants du code civil, le mot : « Un » est remplacé par le mot : « Zéro »."}},
		{name: "sont abrogés", before: []string{"Un."}, more: more, text: []string{"Les articles L. 1 et suivants du code civil sont abrogés."}},
		{name: "à l'article L. 1 et suivants", before: []string{"Un."}, more: more, text: []string{"À l'article L. 1 et suivants du code civil, le mot : « Un » est remplacé par le mot : « Zéro »."}},
		{name: "ainsi modifiés", before: []string{"Un."}, more: more, text: []string{"Les articles L. 1 et suivants du code civil sont ainsi modifiés :", "1° Le mot : « Un » est remplacé par le mot : « Zéro »."}},
		{name: "quoted words", before: []string{"Voir les articles 5 et suivants."}, text: []string{"À l'article L. 1 du code civil, les mots : « articles 5 et suivants » sont remplacés par les mots : « articles 5 à 9 »."}, want: []string{"Voir les articles 5 à 9."}},
	})
}

// TestCode5ArticleUnique: a law of one article has an "article unique",
// and instructions name it so: "À l'article unique de la loi n° …", "L'article
// unique de la loi … est ainsi rédigé" — refused before ("no target
// article").
func TestCode5ArticleUnique(t *testing.T) {
	ref := CodeRef{Code: "loi 2000 321", Article: ArticleKey("unique")}
	for _, tc := range []struct {
		text []string
		want string
	}{
		{[]string{"À l'article unique de la loi n° 2000-321 du 12 avril 2000, le mot : « maire » est remplacé par le mot : « préfet »."}, "Le préfet agit."},
		{[]string{"L'article unique de la loi n° 2000-321 du 12 avril 2000 est ainsi rédigé :", "« Article unique. – Le préfet agit. »"}, "Le préfet agit."},
		{[]string{"L'article unique de la loi n° 2000-321 du 12 avril 2000 est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Il est complété par un alinéa ainsi rédigé :", "« Il signe. »"}, "Le préfet agit.|Il signe."},
	} {
		c := Corpus{ref: {Ref: ref, Heading: "unique", Alineas: []string{"Le maire agit."}}}
		ins := ParseInstructions([]Article{{Number: "1", Alineas: tc.text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if g := strings.Join(got[ref].Alineas, "|"); g != tc.want || len(errs) > 0 {
			t.Errorf("%s: got %q (%v), want %q", tc.text[0], g, errs, tc.want)
		}
	}
}

// TestCode5InsertedRangeEnds: "sont insérés des articles L. 1-1 à L. 1-3
// ainsi rédigés" names the first and the last article created: a text
// that does not give one of them is refused (L. 1-1 and L. 1-2 alone
// were created, the missing L. 1-3 unnoticed); a range whose ends are
// there is read, whatever lies between.
func TestCode5InsertedRangeEnds(t *testing.T) {
	head := "Après l'article L. 1 du code civil, sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :"
	for _, tc := range []struct {
		lines []string
		ok    bool
	}{
		{[]string{"« Art. L. 1-1. – A.", "« Art. L. 1-2. – B. »"}, false},
		{[]string{"« Art. L. 1-2. – B.", "« Art. L. 1-3. – C. »"}, false},
		{[]string{"« Art. L. 1-1. – A.", "« Art. L. 1-2. – B.", "« Art. L. 1-3. – C. »"}, true},
		{[]string{"« Art. L. 1-1. – A.", "« Art. L. 1-2. – B.", "« Art. L. 1-2-1. – B bis.", "« Art. L. 1-3. – C. »"}, true},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: append([]string{head}, tc.lines...)}})
		if got := len(ins) == 1 && ins[0].Status == Parsed; got != tc.ok {
			t.Errorf("%q: parsed %v, want %v (%+v)", tc.lines, got, tc.ok, ins)
		}
	}
}

// TestCode5Decret: a law edits a décret named by its number as it edits
// a law or an ordonnance ("À l'article 5 du décret n° 2005-1516 du …",
// "Le décret n° … est ainsi modifié :"), and "du même décret", "dudit
// décret" name the last one (refused before: "no target article"); "du
// même décret" with none named before stays refused.
func TestCode5Decret(t *testing.T) {
	ref := func(n string) CodeRef { return CodeRef{Code: "decret 2005 1516", Article: n} }
	for _, tc := range []struct {
		text []string
		want map[string]string
	}{
		{[]string{"À l'article 5 du décret n° 2005-1516 du 8 décembre 2005 relatif aux échanges, le mot : « maire » est remplacé par le mot : « préfet »."}, map[string]string{"5": "Le préfet agit."}},
		{[]string{"Le décret n° 2005-1516 du 8 décembre 2005 est ainsi modifié :", "1° À l'article 5, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° L'article 6 est abrogé."}, map[string]string{"5": "Le préfet agit.", "6": ""}},
		{[]string{"I. – À l'article 5 du décret n° 2005-1516 du 8 décembre 2005, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – À l'article 6 du même décret, le mot : « maire » est remplacé par le mot : « préfet »."}, map[string]string{"5": "Le préfet agit.", "6": "Le préfet signe."}},
		{[]string{"I. – À l'article 5 du décret n° 2005-1516 du 8 décembre 2005, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – L'article 6 dudit décret est abrogé."}, map[string]string{"5": "Le préfet agit.", "6": ""}},
	} {
		c := Corpus{ref("5"): {Ref: ref("5"), Heading: "5", Alineas: []string{"Le maire agit."}}, ref("6"): {Ref: ref("6"), Heading: "6", Alineas: []string{"Le maire signe."}}}
		ins := ParseInstructions([]Article{{Number: "1", Alineas: tc.text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		for n, w := range tc.want {
			if g := strings.Join(got[ref(n)].Alineas, "|"); g != w || len(errs) > 0 {
				t.Errorf("%s: article %s reads %q (%v), want %q", tc.text[0], n, g, errs, w)
			}
		}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"À l'article 6 du même décret, le mot : « maire » est remplacé par le mot : « préfet »."}}})
	if len(ins) != 1 || ins[0].Status != Unparsed {
		t.Errorf("du même décret, none named: %+v", ins)
	}
}

// TestCode5NewBook: a code is completed by a book (or a part) as by a
// chapter, its articles given under their headings: "Le code civil est
// complété par un livre VII ainsi rédigé" ("unknown kind of addition"
// before); the headings of its title and chapter ("Titre unique",
// "Chapitre unique") and their titles are no article's text.
func TestCode5NewBook(t *testing.T) {
	arts := code5NewArticles(t, []string{"Le code civil est complété par un livre VII ainsi rédigé :", "« Livre VII", "« Dispositions finales", "« Titre unique", "« Dispositions communes", "« Chapitre unique", "« Application", "« Art. L. 700-1. – Fin.", "« Art. L. 700-2. – Suite. »"})
	if len(arts) != 2 || arts[0].Ref.Article != "l700-1" || strings.Join(arts[0].Alineas, "|") != "Fin." || strings.Join(arts[1].Alineas, "|") != "Suite." {
		t.Errorf("got %+v", arts)
	}
}
