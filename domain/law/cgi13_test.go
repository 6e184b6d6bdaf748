package law

import (
	"strings"
	"testing"
)

// cgiCase is an instruction of a bill on an article of the code général
// des impôts (heading art): want nil means refused.
type cgiCase struct {
	name   string
	art    string
	before []string
	text   []string
	want   []string
}

func runCGI(t *testing.T, cases []cgiCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ref := CodeRef{Code: CodeKey("code général des impôts"), Article: ArticleKey(tc.art)}
			c := Corpus{ref: {Ref: ref, Heading: tc.art, Alineas: tc.before}}
			ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
			got, errs := Apply(c, ins, ApplyOptions{})
			if tc.want == nil {
				if len(errs) == 0 {
					t.Fatalf("applied, want refused:\n%s", strings.Join(got[ref].Alineas, "\n"))
				}
				if g := got[ref].Alineas; strings.Join(g, "\n") != strings.Join(tc.before, "\n") {
					t.Fatalf("refused but changed:\n%s", strings.Join(g, "\n"))
				}
				return
			}
			for _, in := range ins {
				if in.Status == Unparsed {
					t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
				}
			}
			for _, e := range errs {
				t.Fatalf("apply: %v", e.Reason)
			}
			if g := got[ref].Alineas; strings.Join(g, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestCGI13ArabicItemUnderTwoParts: an article of the code général des
// impôts numbers "1.", "2." under each of its I and II, often on the
// part's own line ("I. – 1. …", "II. – 1. …"); "Le 1 de l'article 200"
// then does not say which 1 is meant. It is refused as "le 2°" is where
// the I and the II each hold a 2° (it edited, repealed or inserted after
// the I's 1, the first found, or the II's when the I's began on the
// part's line and the II's on a line of its own). "Le 1 du II", a 1
// under one part only, are read as before.
func TestCGI13ArabicItemUnderTwoParts(t *testing.T) {
	A := []string{"I. – 1. Un.", "2. Deux.", "II. – 1. Trois.", "2. Quatre."}
	const at = " de l'article 200 du code général des impôts"
	runCGI(t, []cgiCase{
		{"words of the 1: refused", "200", A, []string{"Au 1" + at + ", le mot : « Un » est remplacé par le mot : « Cinq »."}, nil},
		{"the 1 repealed: refused", "200", A, []string{"Le 1" + at + " est abrogé."}, nil},
		{"a 1 bis after the 1: refused", "200", A, []string{"Après le 1" + at + ", il est inséré un 1 bis ainsi rédigé :", "« 1 bis. Texte. »"}, nil},
		{"the II's on its own line: refused", "200", []string{"I. – 1. Un.", "2. Deux.", "II. – Sont exclus :", "1. Trois.", "2. Quatre."},
			[]string{"Au 1" + at + ", le mot : « Trois » est remplacé par le mot : « Cinq »."}, nil},
		{"both on their own lines: refused (as before)", "200", []string{"I. – Sont admis :", "1. Un.", "II. – Sont exclus :", "1. Trois."},
			[]string{"Au 1" + at + ", le mot : « Un » est remplacé par le mot : « Cinq »."}, nil},
		{"le 1 du II", "200", A, []string{"Au 1 du II" + at + ", le mot : « Trois » est remplacé par le mot : « Cinq »."},
			[]string{"I. – 1. Un.", "2. Deux.", "II. – 1. Cinq.", "2. Quatre."}},
		{"le 1 du I", "200", A, []string{"Au 1 du I" + at + ", le mot : « Un » est remplacé par le mot : « Cinq »."},
			[]string{"I. – 1. Cinq.", "2. Deux.", "II. – 1. Trois.", "2. Quatre."}},
		{"au a du 1 du I", "200", []string{"I. – 1. Un :", "a) Six ;", "b) Sept.", "II. – 1. Trois :", "a) Six."},
			[]string{"Au a du 1 du I" + at + ", le mot : « Six » est remplacé par le mot : « Cinq »."},
			[]string{"I. – 1. Un :", "a) Cinq ;", "b) Sept.", "II. – 1. Trois :", "a) Six."}},
		{"a 2 under the I only", "200", []string{"I. – 1. Un.", "2. Deux.", "II. – Trois."}, []string{"Au 2" + at + ", le mot : « Deux » est remplacé par le mot : « Cinq »."},
			[]string{"I. – 1. Un.", "2. Cinq.", "II. – Trois."}},
	})
}

// TestCGI13ReadAsBefore pins what the probe of the code général des
// impôts' forms found right: article numbers with Latin adverbs and
// capitals, its nesting I / 1 / a / 1°, quantities named by their kind
// (NBSP or not inside the number), and a rule of application that is no
// edit and defers nothing.
func TestCGI13ReadAsBefore(t *testing.T) {
	const cgi = " du code général des impôts"
	runCGI(t, []cgiCase{
		{"1609 nonies C", "1609 nonies C", []string{"La communauté perçoit la taxe."},
			[]string{"Au premier alinéa de l'article 1609 nonies C" + cgi + ", le mot : « perçoit » est remplacé par le mot : « lève »."}, []string{"La communauté lève la taxe."}},
		{"1649 quater B bis", "1649 quater B bis", []string{"Il déclare en ligne."},
			[]string{"À l'article 1649 quater B bis" + cgi + ", les mots : « en ligne » sont supprimés."}, []string{"Il déclare."}},
		{"le 2° du 1", "39", []string{"1. Sont déduits :", "1° Les frais ;", "2° Les amortissements réels ;", "3° Les intérêts.", "2. Autre."},
			[]string{"Le 2° du 1 de l'article 39" + cgi + " est ainsi rédigé :", "« 2° Les amortissements pratiqués ; »"},
			[]string{"1. Sont déduits :", "1° Les frais ;", "2° Les amortissements pratiqués ;", "3° Les intérêts.", "2. Autre."}},
		{"le 1 bis du I", "200", []string{"I. – Ouvrent droit :", "1. Les dons ;", "1 bis. Les versements ;", "2. Les cotisations.", "II. – Autre."},
			[]string{"Le 1 bis du I de l'article 200" + cgi + " est abrogé."},
			[]string{"I. – Ouvrent droit :", "1. Les dons ;", "1 bis. (Abrogé)", "2. Les cotisations.", "II. – Autre."}},
		{"au deuxième alinéa du 3 du II", "200", []string{"I. – Texte.", "II. – 1. Un.", "3. Le plafond est fixé.", "Il est majoré de cent euros."},
			[]string{"Au deuxième alinéa du 3 du II de l'article 200" + cgi + ", le mot : « cent » est remplacé par le mot : « deux cents »."},
			[]string{"I. – Texte.", "II. – 1. Un.", "3. Le plafond est fixé.", "Il est majoré de deux cents euros."}},
		{"le montant, NBSP in the law", "200", []string{"Le plafond est de 1\u00a0500\u00a0€."},
			[]string{"À l'article 200" + cgi + ", le montant : « 1 500 € » est remplacé par le montant : « 2 000 € »."}, []string{"Le plafond est de 2 000 €."}},
		{"le taux", "200", []string{"Le taux est de 5,5 %."},
			[]string{"À l'article 200" + cgi + ", le taux : « 5,5 % » est remplacé par le taux : « 7 % »."}, []string{"Le taux est de 7 %."}},
		{"5,5 % is not in 15,5 %", "200", []string{"Le taux est de 15,5 %."},
			[]string{"À l'article 200" + cgi + ", le taux : « 5,5 % » est remplacé par le taux : « 7 % »."}, nil},
		{"l'année", "200", []string{"Jusqu'en 2012."},
			[]string{"À l'article 200" + cgi + ", l'année : « 2012 » est remplacée par l'année : « 2015 »."}, []string{"Jusqu'en 2015."}},
		{"rule of application: applied, not deferred", "200", []string{"Le taux est de 5 %."},
			[]string{"I. – À l'article 200" + cgi + ", le taux : « 5 % » est remplacé par le taux : « 7 % ».", "II. – Le I s'applique aux impositions dues au titre de 2014 et des années suivantes."},
			[]string{"Le taux est de 7 %."}},
		{"exercices clos à compter du: not deferred", "200", []string{"Le taux est de 5 %."},
			[]string{"I. – À l'article 200" + cgi + ", le taux : « 5 % » est remplacé par le taux : « 7 % ».", "II. – Les dispositions du présent article sont applicables aux exercices clos à compter du 31 décembre 2013."},
			[]string{"Le taux est de 7 %."}},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"I. – À l'article 200" + cgi + ", le taux : « 5 % » est remplacé par le taux : « 7 % ».", "II. – Le I s'applique à compter du 1er janvier 2014."}}})
	if len(ins) != 1 || ins[0].Deferred == nil || ins[0].Deferred.On != "2014-01-01" {
		t.Fatalf("s'applique à compter du: %+v", ins)
	}
	ins = ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Après l'article 200 quater" + cgi + ", il est inséré un article 200 quater A ainsi rédigé :", "« Art. 200 quater A. – Texte. »"}}})
	if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || ins[0].Edits[0].Kind != EditCreateArticles {
		t.Fatalf("200 quater A: %+v", ins)
	}
}
