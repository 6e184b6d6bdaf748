package law

import (
	"strings"
	"testing"
)

// The bill texts of earlier readings in the development set (the Hadopi
// dossier's stages) hold forms of the language the final texts do not:
// these tests are built from short phrases of those forms.

// TestStages96DegreeCapitals: an item a chamber put before the 1° keeps
// capitals after its degree, "1° A", "1° AA", "2° bis A", the
// instruction opening after them with its capital ("1° A Après l'article
// L. 1, il est inséré …" was refused: "A" was read as a place). "1° A la
// première phrase" is "À la": the capital is the preposition.
func TestStages96DegreeCapitals(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "1° A Après", before: A, text: []string{C, "1° A Après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Le préfet vise. »", "1° Au second alinéa, le mot « maire » est remplacé par le mot « préfet »."},
			want: []string{"Le juge signe.", "Le préfet vise.", "Le préfet date."}},
		{name: "1° AA Le", before: A, text: []string{C, "1° AA Le premier alinéa est supprimé ;", "1° A Au second alinéa, le mot « maire » est remplacé par le mot « préfet »."},
			want: []string{"Le préfet date."}},
		{name: "2° bis A Les", before: A, text: []string{C, "1° Au premier alinéa, le mot « juge » est remplacé par le mot « préfet » ;", "2° bis A Les mots « Le maire » sont remplacés par les mots « Il »."},
			want: []string{"Le préfet signe.", "Il date."}},
		{name: "1° A la: the preposition", before: A, text: []string{C, "1° A la fin du premier alinéa, le mot « signe » est remplacé par le mot « vise »."},
			want: []string{"Le juge vise.", "Le maire date."}},
	})
}

// TestStages96InvertedNoComma: a place, then a verb of addition whose
// subject follows it, with no comma between — "Au chapitre Ier du code
// civil est créée une section 3 ainsi rédigée", "Après l'article L. 1 il
// est inséré un article …" — is read as with the comma (it was not
// understood).
func TestStages96InvertedNoComma(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date."}
	nw := []string{"« Section 3", "« Du préfet", "« Art. L. 1-1. – Le préfet signe. »"}
	for _, head := range []string{
		"Au chapitre Ier du titre III du livre III du code civil est créée une section 3 ainsi rédigée :",
		"Au chapitre Ier du titre III du livre III du code civil est insérée une section 3 ainsi rédigée :",
		"Au chapitre Ier du titre III du livre III du code civil, est créée une section 3 ainsi rédigée :",
		"Après l'article L. 1 du code civil il est inséré un article L. 1-1 ainsi rédigé :",
		"Après l'article L. 1 du code civil est inséré un article L. 1-1 ainsi rédigé :",
	} {
		text := append([]string{head}, nw...)
		if strings.HasPrefix(head, "Après") {
			text = []string{head, nw[2]}
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
		c := Corpus{}
		ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
		c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: A}
		got, errs := Apply(c, ins, ApplyOptions{})
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Fatalf("%s: unparsed (%s)", head, in.Reason)
			}
		}
		if len(errs) > 0 {
			t.Fatalf("%s: %v", head, errs[0])
		}
		n := got[CodeRef{Code: "code civil", Article: ArticleKey("L1-1")}]
		if strings.Join(n.Alineas, "\n") != "Le préfet signe." {
			t.Errorf("%s: L. 1-1 is %q", head, n.Alineas)
		}
	}
}

// TestStages96ModifiedSo: the older announcements of a list of
// modifications, "est modifié conformément aux dispositions suivantes
// :", "est modifié de la manière suivante :", "subit les modifications
// suivantes :", are "est ainsi modifié :" (they were not read, and the
// items under them lost their article).
func TestStages96ModifiedSo(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date."}
	item := "1° Le mot « juge » est remplacé par le mot « préfet »."
	want := []string{"Le préfet signe.", "Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "conformément", before: A, text: []string{"Le code civil est modifié conformément aux dispositions suivantes :", "I. – À l'article L. 1, le mot « juge » est remplacé par le mot « préfet »."}, want: want},
		{name: "de la manière suivante", before: A, text: []string{"L'article L. 1 du code civil est modifié de la manière suivante :", item}, want: want},
		{name: "de la façon suivante", before: A, text: []string{"L'article L. 1 du code civil est modifié de la façon suivante :", item}, want: want},
		{name: "subit", before: A, text: []string{"L'article L. 1 du code civil subit les modifications suivantes :", item}, want: want},
		{name: "subissent", before: A, more: map[string][]string{"L2": {"Le juge vise."}}, text: []string{"Les articles L. 1 et L. 2 du code civil subissent les modifications suivantes :", "1° Le mot « juge » est remplacé par le mot « préfet »."}, want: want},
	})
}

// TestStages96BareStatus: after a label, a part's status without its
// parentheses, as some sources print it — "2° Supprimé", "M. – Supprimé",
// "II. – Non modifié" — is the status "(Supprimé)" is (it was an
// instruction not understood); "Supprimé" alone, with no label, stays
// what it was.
func TestStages96BareStatus(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "2° Supprimé", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le mot « juge » est remplacé par le mot « préfet » ;", "2° Supprimé"},
			want: []string{"Le préfet signe.", "Le maire date."}},
		{name: "M. – Supprimé", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "L. – Le mot « juge » est remplacé par le mot « préfet » ;", "M. – Supprimé."},
			want: []string{"Le préfet signe.", "Le maire date."}},
	})
	for _, c := range []struct {
		line, want string
	}{
		{"2° Supprimé", "deleted"}, {"M. – Supprimés ;", "deleted"}, {"II. – Non modifié", "unchanged"},
		{"b) Sans modification", "unchanged"}, {"2° (Supprimé)", "deleted"},
		{"Supprimé", ""}, {"2° Supprimé le mot « A »", ""},
	} {
		level, body := enumeration(c.line)
		if got := statusOf(body, level >= 0); got != c.want {
			t.Errorf("%q: status %q, want %q", c.line, got, c.want)
		}
	}
}
