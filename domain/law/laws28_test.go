package law

import (
	"errors"
	"sort"
	"strings"
	"testing"
)

// laws28Case is a bill article's lines applied to articles of several
// texts: arts and want are "text#article: al|al" (the texts' keys, "code
// civil", "decret 2005 2"), want the articles in force, sorted, " / "
// joined; err the kind every refusal, at parse or apply, must be of
// (nil: none refused).
type laws28Case struct {
	name  string
	arts  []string
	lines []string
	want  string
	err   error
}

func runLaws28(t *testing.T, cases []laws28Case) {
	t.Helper()
	for _, c := range cases {
		corpus := Corpus{}
		for _, a := range c.arts {
			text, rest, _ := strings.Cut(a, "#")
			h, al, _ := strings.Cut(rest, ": ")
			ref := CodeRef{Code: text, Article: ArticleKey(h)}
			corpus[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: strings.Split(al, "|")}
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.lines}})
		got, errs := Apply(corpus, ins, ApplyOptions{})
		refused := len(errs) > 0
		for _, in := range ins {
			if in.Status == Unparsed {
				refused = true
				if c.err == nil || !errors.Is(in.refusal, c.err) {
					t.Errorf("%s: refused %q (%v), want %v", c.name, in.Reason, in.refusal, c.err)
				}
			}
		}
		for _, e := range errs {
			if c.err == nil || !errors.Is(e.Err, c.err) {
				t.Errorf("%s: apply error %v, want %v", c.name, e, c.err)
			}
		}
		if c.err != nil && !refused {
			t.Errorf("%s: not refused, want %v", c.name, c.err)
		}
		var arts []string
		for ref, a := range got {
			if inForce(a) {
				arts = append(arts, ref.Code+"#"+ref.Article+": "+strings.Join(a.Alineas, "|"))
			}
		}
		sort.Strings(arts)
		if g := strings.Join(arts, " / "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}

var laws28Arts = []string{"code civil#3: Le juge statue.", "code civil#5: Le juge juge.", "decret 2005 2#5: Le maire agit.", "decret 2005 2#6: Le maire signe."}

const laws28Kept = "code civil#3: Le juge statue. / code civil#5: Le juge juge. / decret 2005 2#5: Le maire agit. / decret 2005 2#6: Le maire signe."

// TestLaws28SameDecretUnnamed: "dudit décret", "de ce décret", "du même
// décret", "au même décret" with no décret named before are refused, not
// the context code's article (the code civil's article 5 was repealed);
// after a décret named, they are that décret's.
func TestLaws28SameDecretUnnamed(t *testing.T) {
	head := "Le code civil est ainsi modifié :"
	runLaws28(t, []laws28Case{
		{"dudit", laws28Arts, []string{head, "1° L'article 5 dudit décret est abrogé."}, laws28Kept, errSameDecretUnnamed28},
		{"de ce", laws28Arts, []string{head, "1° À l'article 5 de ce décret, le mot : « juge » est remplacé par le mot : « arbitre »."}, laws28Kept, errSameUnresolved22},
		{"au même", laws28Arts, []string{head, "1° Au même décret, l'article 3 est abrogé."}, laws28Kept, errSameDecretUnnamed28},
		{"no context", laws28Arts, []string{"I. – L'article 3 du code civil est abrogé.", "II. – L'article 5 du même décret est abrogé."}, "code civil#5: Le juge juge. / decret 2005 2#5: Le maire agit. / decret 2005 2#6: Le maire signe.", errSameDecretUnnamed28},
		{"named before", laws28Arts, []string{"I. – À l'article 5 du décret n° 2005-2 du 2 janvier 2005, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – L'article 6 dudit décret est abrogé."}, "code civil#3: Le juge statue. / code civil#5: Le juge juge. / decret 2005 2#5: Le préfet agit.", nil},
	})
}

// TestLaws28PresentCodeUnderALaw: "du présent code" under a law's (an
// ordonnance's) context names no code: refused, not the law's article
// (it was repealed); "du même code" there is the code named before.
func TestLaws28PresentCodeUnderALaw(t *testing.T) {
	arts := []string{"code civil#3: Le juge statue.", "code civil#5: Le juge dit.", "loi 86 1067#5: La loi dit."}
	runLaws28(t, []laws28Case{
		{"présent code", arts, []string{"I. – L'article 3 du code civil est abrogé.", "II. – La loi n° 86-1067 du 30 septembre 1986 est ainsi modifiée :", "1° L'article 5 du présent code est abrogé."}, "code civil#5: Le juge dit. / loi 86 1067#5: La loi dit.", errPresentCodeUnsaid27},
		{"même code", arts, []string{"I. – L'article 3 du code civil est abrogé.", "II. – La loi n° 86-1067 du 30 septembre 1986 est ainsi modifiée :", "1° À l'article 5 du même code, le mot : « juge » est remplacé par le mot : « tribunal »."}, "code civil#5: Le tribunal dit. / loi 86 1067#5: La loi dit.", nil},
		{"the law's own", arts, []string{"La loi n° 86-1067 du 30 septembre 1986 est ainsi modifiée :", "1° L'article 5 est abrogé."}, "code civil#3: Le juge statue. / code civil#5: Le juge dit.", nil},
	})
}

// TestLaws28PresentText: an article "de la présente ordonnance", "du
// présent décret" is the text being read itself: refused, never the
// context's article (the code civil's, the ordonnance's); in a version
// clause it is read.
func TestLaws28PresentText(t *testing.T) {
	arts := []string{"code civil#3: Le juge statue.", "ordonnance 2005 1#3: Le maire agit.", "ordonnance 2005 1#5: Le maire signe."}
	runLaws28(t, []laws28Case{
		{"ordonnance under a code", arts, []string{"Le code civil est ainsi modifié :", "1° L'article 3 de la présente ordonnance est abrogé."}, "code civil#3: Le juge statue. / ordonnance 2005 1#3: Le maire agit. / ordonnance 2005 1#5: Le maire signe.", errPresentText28},
		{"décret under an ordonnance", arts, []string{"L'ordonnance n° 2005-1 du 1er janvier 2005 est ainsi modifiée :", "1° L'article 3 du présent décret est abrogé."}, "code civil#3: Le juge statue. / ordonnance 2005 1#3: Le maire agit. / ordonnance 2005 1#5: Le maire signe.", errPresentText28},
		{"version clause", arts, []string{"L'ordonnance n° 2005-1 du 1er janvier 2005 est ainsi modifiée :", "1° L'article 5, dans sa rédaction résultant de la présente ordonnance, est abrogé."}, "code civil#3: Le juge statue. / ordonnance 2005 1#3: Le maire agit.", nil},
	})
}

// TestLaws28CreateAfterUnnamedText: new articles after an article "du
// même décret", "de la loi précitée", "de la présente loi" with no text
// of that kind named are refused (they went into the context's code);
// after a décret named, into that décret.
func TestLaws28CreateAfterUnnamedText(t *testing.T) {
	arts := []string{"code civil#5: Le juge juge.", "decret 2005 2#5: Le maire agit.", "decret 2005 2#6: Le maire signe."}
	kept := "code civil#5: Le juge juge. / decret 2005 2#5: Le maire agit. / decret 2005 2#6: Le maire signe."
	head := "Le code civil est ainsi modifié :"
	newArt := "« Art. 5-1. – Le juge dit. »"
	runLaws28(t, []laws28Case{
		{"même décret", arts, []string{head, "1° Après l'article 5 du même décret, il est inséré un article 5-1 ainsi rédigé :", newArt}, kept, errTextNotIdentified},
		{"loi précitée", arts, []string{head, "1° Après l'article 5 de la loi précitée, il est inséré un article 5-1 ainsi rédigé :", newArt}, kept, errTextNotIdentified},
		{"présente loi", arts, []string{head, "1° Après l'article 5 de la présente loi, il est inséré un article 5-1 ainsi rédigé :", newArt}, kept, errTextNotIdentified},
		{"décret named", arts, []string{"I. – L'article 6 du décret n° 2005-2 du 2 janvier 2005 est abrogé.", "II. – Après l'article 5 dudit décret, il est inséré un article 5-1 ainsi rédigé :", newArt}, "code civil#5: Le juge juge. / decret 2005 2#5-1: Le juge dit. / decret 2005 2#5: Le maire agit.", nil},
	})
}

// TestLaws28BareCodeUnderALaw: "du code" with no name under a law's
// context is refused (the law's article was edited); under a code's
// context it is that code.
func TestLaws28BareCodeUnderALaw(t *testing.T) {
	arts := []string{"code civil#5: Le juge dit.", "loi 2000 1#5: Le maire dit."}
	runLaws28(t, []laws28Case{
		{"law", arts, []string{"La loi n° 2000-1 du 1er janvier 2000 est ainsi modifiée :", "1° À l'article 5 du code, le mot : « dit » est remplacé par le mot : « tranche »."}, "code civil#5: Le juge dit. / loi 2000 1#5: Le maire dit.", errBareCodeUnderText28},
		{"code", arts, []string{"Le code civil est ainsi modifié :", "1° À l'article 5 du code, le mot : « dit » est remplacé par le mot : « tranche »."}, "code civil#5: Le juge tranche. / loi 2000 1#5: Le maire dit.", nil},
		{"new article after", arts, []string{"La loi n° 2000-1 du 1er janvier 2000 est ainsi modifiée :", "1° Après l'article 5 du code, il est inséré un article 5-1 ainsi rédigé :", "« Art. 5-1. – Le juge dit. »"}, "code civil#5: Le juge dit. / loi 2000 1#5: Le maire dit.", errBareCodeUnderText28},
		{"code completed", arts, []string{"La loi n° 2000-1 du 1er janvier 2000 est ainsi modifiée :", "1° Le code est complété par un article 6 ainsi rédigé :", "« Art. 6. – Le juge dit. »"}, "code civil#5: Le juge dit. / loi 2000 1#5: Le maire dit.", errBareCodeUnderText28},
	})
}
