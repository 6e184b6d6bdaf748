package law

import (
	"strings"
	"testing"
)

// runPartly applies a bill article and checks the article L. 1 that
// results and which of its instructions were refused (by 1-based
// alinéa): a part refused, the others applied.
func runPartly(t *testing.T, name string, before, text, want []string, refused ...int) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		ref := CodeRef{Code: "code civil", Article: "l1"}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
		got, errs := Apply(Corpus{ref: {Ref: ref, Heading: "L1", Alineas: before}}, ins, ApplyOptions{})
		if len(errs) != 0 {
			t.Fatalf("apply: %v", errs)
		}
		no := map[int]bool{}
		for _, r := range refused {
			no[r] = true
		}
		for _, in := range ins {
			if in.Status == Context {
				continue
			}
			if no[in.Alinea] != (in.Status == Unparsed) {
				t.Errorf("alinéa %d: %s (%s)", in.Alinea, in.Status, in.Reason)
			}
		}
		if g := got[ref].Alineas; strings.Join(g, "\n") != strings.Join(want, "\n") {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
		}
	})
}

// TestWrong80EntryIntoForceOfParts: a later sentence of the bill article
// saying when some of its parts take effect — "II. – Le I entre en
// vigueur le 1er janvier 2030", "Les dispositions du 2° entrent en
// vigueur à une date fixée par décret", "Le 2° du I …", "Les I à III …",
// "Le présent article …" — defers the instructions of the parts it
// names: refused as deferred, the others applied (they were all applied
// at once). A date that is the law's own ("le lendemain de la
// publication de la présente loi") defers nothing; a part named that the
// article does not have, or parts named in a form not read ("Le présent
// article, à l'exception du I, …"), defer the whole article. "Le présent
// II …" is the II; another bill article named ("L'article 3 …") is not
// read.
func TestWrong80EntryIntoForceOfParts(t *testing.T) {
	P := []string{"I. – Le juge signe.", "II. – Le juge tranche.", "III. – Le juge note."}
	i := "I. – Au I de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."
	ii := "II. – Au II de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « préfet »."
	both := []string{"I. – Le maire signe.", "II. – Le préfet tranche.", P[2]}
	onlyII := []string{P[0], "II. – Le préfet tranche.", P[2]}
	onlyI := []string{"I. – Le maire signe.", P[1], P[2]}
	runPartly(t, "le I, a date", P, []string{i, ii, "III. – Le I entre en vigueur le 1er janvier 2030."}, onlyII, 1)
	runPartly(t, "le II, by decree", P, []string{i, ii, "III. – Le II entre en vigueur à une date fixée par décret."}, onlyI, 2)
	runPartly(t, "les I et II", P, []string{i, ii, "III. – Les I et II entrent en vigueur le 1er janvier 2030."}, P, 1, 2)
	runPartly(t, "les I à II du présent article", P, []string{i, ii, "III. – Les I à II du présent article entrent en vigueur six mois après la publication de la présente loi."}, P, 1, 2)
	runPartly(t, "le présent article", P, []string{i, ii, "III. – Le présent article entre en vigueur le 1er janvier 2030."}, P, 1, 2)
	runPartly(t, "le présent II", P, []string{i, ii, "Le présent II entre en vigueur le 1er janvier 2030."}, onlyI, 2)
	runPartly(t, "another bill article: not read", P, []string{i, ii, "III. – L'article 3 entre en vigueur le 1er janvier 2030."}, both)
	runPartly(t, "le lendemain de la publication: at once", P, []string{i, ii, "III. – Le I entre en vigueur le lendemain de la publication de la présente loi."}, both)
	runPartly(t, "a part the article lacks: all", P, []string{i, ii, "III. – Le IV entre en vigueur le 1er janvier 2030."}, P, 1, 2)
	runPartly(t, "a form not read: all", P, []string{i, ii, "III. – Le présent article, à l'exception du I, entre en vigueur le 1er janvier 2030."}, P, 1, 2)
	items := []string{"Le code civil est ainsi modifié :",
		"1° Au I de l'article L. 1, le mot : « juge » est remplacé par le mot : « maire » ;",
		"2° Au II de l'article L. 1, le mot : « juge » est remplacé par le mot : « préfet »."}
	runPartly(t, "les dispositions du 2°", P, append(items, "Les dispositions du 2° entrent en vigueur le 1er janvier 2030."), onlyI, 3, 4)
	nested := []string{"I. – Le code civil est ainsi modifié :", items[1], items[2], "II. – Le 2° du I entre en vigueur le 1er janvier 2030."}
	runPartly(t, "le 2° du I", P, nested, onlyI, 3)
	// The sentence in the new text of an instruction is new text.
	runPartly(t, "quoted: new text", []string{"Le juge signe."}, []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Le I entre en vigueur le 1er janvier 2030. »"}, []string{"Le juge signe.", "Le I entre en vigueur le 1er janvier 2030."})
}
