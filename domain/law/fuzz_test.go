package law

import (
	"strings"
	"testing"
)

var fuzzSeeds = []string{
	"L'article L. 1 du code civil est ainsi modifié :\n1° Au premier alinéa, les mots : \"a\" sont remplacés par les mots : \"b\" ;\n2° Le 2° est abrogé.",
	"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :\n\"Art. L. 1-1. - Texte.\"",
	"Le début du 1° de l'article L. 1 du code civil est ainsi rédigé :\n\"1° Les... (le reste sans changement)\".",
	"A la première et la troisième occurrences du mot : \"x\", les mots : \"y\" sont supprimés.",
	"Le code civil est ainsi modifié :\nA. - Les deux derniers alinéas de l'article L. 1 sont ainsi rédigés :\n\"x\n\"y\"",
	"Aux articles L. 1, L. 2 et L. 3 du code civil, la référence : \"L. 9\" est remplacée par la référence : \"L. 10\".",
	"« » \" ° 1° a) I. - (Censuré)",
	"Il est inséré, après l'article L. 1 du code civil, un article L. 1-1 ainsi rédigé :\n\"Art. L. 1-1. – Texte.\"",
	"L'article L. 1 du code civil est ainsi modifié :\n1° Au même alinéa, la fin de la phrase, à partir des mots : \"a\", est supprimée ;\n2° Les 1° à 2° sont abrogés ;\n3° Les deuxième et troisième alinéas sont remplacés par un alinéa ainsi rédigé : \"x\"",
	"Le premier alinéa de l'article L. 1 du code civil est précédé de la mention : \"I. –\" et complété par les mots : \"b\" et par une phrase ainsi rédigée : \"c\"",
	"À l&#8217;article L.O. 1 du code civil, le mot : &laquo;&nbsp;a&nbsp;&raquo; est remplacé, deux fois, par le mot : \"b\".",
}

var fuzzArticle = "# Article L1\n\nLe contrat est conclu par écrit. Il mentionne la durée.\n\n1° Les oeuvres ;\n\n2° Les archives.\n\nUn décret fixe les modalités."

// FuzzParseInstructions checks that parsing and applying any text never
// panics, and that an instruction is parsed, context or unparsed.
func FuzzParseInstructions(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	base, _ := ParseCodeArticleMarkdown("code civil", fuzzArticle)
	f.Fuzz(func(t *testing.T, s string) {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: strings.Split(s, "\n")}})
		for _, in := range ins {
			switch in.Status {
			case Parsed, Context, Unparsed:
			default:
				t.Fatalf("instruction %q: status %q", in.Text, in.Status)
			}
			if in.Status == Unparsed && len(in.Edits) > 0 {
				t.Fatalf("unparsed instruction %q has edits", in.Text)
			}
		}
		Apply(Corpus{base.Ref: base}, ins, ApplyOptions{CensoredMention: "x"})
	})
}

// FuzzApplyAmendment checks that any dispositif is applied whole or not at
// all, without panicking.
func FuzzApplyAmendment(f *testing.F) {
	f.Add("<p>Supprimer cet article.</p>")
	f.Add("<p>À l’alinéa 2, substituer aux mots :</p><p>« a »</p><p>les mots :</p><p>« b »</p>")
	f.Add("<p>Après l’alinéa 1, insérer l’alinéa suivant :</p><p>« x »</p>")
	f.Add("<p>I. – Supprimer les alinéas 2 à 9.</p><p>II. – Rédiger ainsi l'alinéa 1 : « y »</p>")
	f.Add("Alinéa 2\nAprès le mot :\nmot insérer les mots :\nb bis\nAlinéa 3, seconde phrase\nSupprimer cette phrase.")
	f.Add("Après le mot : « a », rédiger ainsi la fin de l'alinéa 1 : « z. »\nEn conséquence, après le même alinéa, insérer un paragraphe ainsi rédigé :\n« … – w »")
	f.Add("Amendement n° 7 rectifié, alinéa 3\nRemplacer le mot :\nx\npar le mot :\ny")
	f.Add("Alinéas 1 et 2\nSupprimer ces alinéas.\nII. – Compléter cet article par un paragraphe ainsi rédigé :\nII. - « z » 0, 5 %")
	a := Article{Number: "1er", Alineas: []string{"I. - Le mot a est ici.", "II. - (Supprimé)", "1° Le mot b ;", "Fin."}}
	parent := Dispositif{Number: "7", Text: "Après l'alinéa 1, insérer un alinéa ainsi rédigé :\n« x »"}
	f.Fuzz(func(t *testing.T, s string) {
		r := ApplyAmendment(a, s)
		if !r.Applied && strings.Join(r.Article.Alineas, "\n") != strings.Join(a.Alineas, "\n") {
			t.Fatalf("not applied but article changed: %q", r.Article.Alineas)
		}
		// As a sub-amendment or beside one, composed with another.
		_, rs := ComposeNumbered(a, []Dispositif{parent, {Number: "8", Text: s}, {Number: "9", Text: s}})
		if len(rs) != 3 {
			t.Fatalf("got %d results", len(rs))
		}
	})
}

// FuzzDiffWords checks that the diff rebuilds both texts' tokens.
func FuzzDiffWords(f *testing.F) {
	f.Add("le mot rapide", "le mot lent")
	f.Add("a\nb\nc", "a\nc\nd")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		ops := DiffWords(a, b)
		if got, want := tokenTexts(rebuild(ops, OpDelete)), tokenTexts(a); got != want {
			t.Fatalf("old side: got %q, want %q", got, want)
		}
		if got, want := tokenTexts(rebuild(ops, OpInsert)), tokenTexts(b); got != want {
			t.Fatalf("new side: got %q, want %q", got, want)
		}
	})
}

// FuzzParseDistrict checks that ParseDistrict and String round-trip.
func FuzzParseDistrict(f *testing.F) {
	f.Add("01-03")
	f.Add("2A-1")
	f.Add("099-11")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDistrict(s)
		if err != nil {
			return
		}
		d2, err := ParseDistrict(d.String())
		if err != nil || d2 != d {
			t.Fatalf("ParseDistrict(%q) = %v; round trip gives %v, %v", s, d, d2, err)
		}
	})
}
