package law

import "testing"

// The rules TestGenerativeLaw found on its second pass, each on a short
// phrase.

// TestGenLaw2CountAcrossRewrite: in a group, a sentence rewritten after
// a sentence was inserted before it: the sentences found as they were
// keep their ranks as the group found the alinéa ("Après la troisième
// phrase" is the third as found, still there: it was the rewritten one,
// counted on the alinéa now). A sentence rewritten into another count of
// sentences is not known any more: counting on it is refused. "Les
// trois dernières phrases sont remplacées par deux" counts the same as
// found and as it is. Fewer sentences than before between two found
// (one rewritten, one deleted): which went is not known, and they are
// counted on the alinéa now, as before.
func TestGenLaw2CountAcrossRewrite(t *testing.T) {
	three := []string{"A.", "Le juge signe. Le maire date. Le greffier vise."}
	four := []string{"A.", "Le juge signe. Il motive. Il date. Il part."}
	runGrammar(t, []grammarCase{
		{name: "the third as found, after an insertion and a rewrite", before: three,
			text: []string{
				"L'article L. 1 du code civil est ainsi modifié :",
				"1° Après la première phrase du second alinéa, il est inséré une phrase ainsi rédigée : « Le préfet lit. » ;",
				"2° L'avant-dernière phrase du second alinéa est ainsi rédigée : « Le maire signe. » ;",
				"3° Après la troisième phrase du second alinéa, il est inséré une phrase ainsi rédigée : « Le notaire part. »",
			},
			want: []string{"A.", "Le juge signe. Le préfet lit. Le maire signe. Le greffier vise. Le notaire part."}},
		{name: "a sentence rewritten into two: counting on it refused", before: three,
			text: []string{
				"L'article L. 1 du code civil est ainsi modifié :",
				"1° La deuxième phrase du second alinéa est remplacée par deux phrases ainsi rédigées : « Le maire signe. Il date. » ;",
				"2° Après la deuxième phrase du second alinéa, il est inséré une phrase ainsi rédigée : « Le notaire part. »",
			}},
		{name: "a sentence after it still counted as found", before: three,
			text: []string{
				"L'article L. 1 du code civil est ainsi modifié :",
				"1° La deuxième phrase du second alinéa est remplacée par deux phrases ainsi rédigées : « Le maire signe. Il date. » ;",
				"2° La troisième phrase du second alinéa est supprimée.",
			},
			want: []string{"A.", "Le juge signe. Le maire signe. Il date."}},
		{name: "fewer sentences than before: counted on the alinéa now", before: four,
			text: []string{
				"L'article L. 1 du code civil est ainsi modifié :",
				"1° À la troisième phrase du second alinéa, le mot : « date » est remplacé par le mot : « lit » ;",
				"2° La dernière phrase du second alinéa est supprimée ;",
				"3° À la troisième phrase du second alinéa, le mot : « lit » est remplacé par le mot : « vise ».",
			},
			want: []string{"A.", "Le juge signe. Il motive. Il vise."}},
		{name: "the three last replaced by two", before: four,
			text: []string{"Les trois dernières phrases du second alinéa de l'article L. 1 du code civil sont remplacées par deux phrases ainsi rédigées : « Il lit. Il clôt. »"},
			want: []string{"A.", "Le juge signe. Il lit. Il clôt."}},
		{name: "the two last replaced by three, after a sentence added at the end", before: four,
			text: []string{
				"L'article L. 1 du code civil est ainsi modifié :",
				"1° Le second alinéa est complété par une phrase ainsi rédigée : « Il clôt. » ;",
				"2° Les deux dernières phrases du second alinéa sont remplacées par trois phrases ainsi rédigées : « Il lit. Il vise. Il sort. »",
			},
			want: []string{"A.", "Le juge signe. Il motive. Il lit. Il vise. Il sort. Il clôt."}},
	})
}
