package law

import "testing"

// TestSigns21SignInNumber: the comma, the period or the colon between
// two digits belongs to a number ("1,5 %", "1.5", "8:30"), never the
// sign an instruction names.
func TestSigns21SignInNumber(t *testing.T) {
	runGrammar(t, []grammarCase{
		{
			name:   "comma deleted, a decimal comma beside",
			before: []string{"Le taux est de 1,5 % et le reste, ou le tout."},
			text:   []string{"À l'article L. 1 du code civil, la virgule est supprimée."},
			want:   []string{"Le taux est de 1,5 % et le reste ou le tout."},
		},
		{
			name:   "the only comma is a decimal one: refused",
			before: []string{"Le taux est de 1,5 % et le reste."},
			text:   []string{"À l'article L. 1 du code civil, le signe : « , » est remplacé par le mot : « et »."},
			want:   nil,
		},
		{
			name:   "period of a number is not the sign",
			before: []string{"Le taux est de 1.5 et le reste."},
			text:   []string{"À l'article L. 1 du code civil, le signe : « . » est remplacé par le signe : « ; »."},
			want:   []string{"Le taux est de 1.5 et le reste ;"},
		},
		{
			name:   "colon of an hour",
			before: []string{"De 8:30 à 12:00 : le juge signe."},
			text:   []string{"À l'article L. 1 du code civil, le signe : « : » est remplacé par le signe : « , »."},
			want:   []string{"De 8:30 à 12:00, le juge signe."},
		},
		{
			name:   "occurrences of a sign skip the decimal comma",
			before: []string{"Le juge, qui a 1,5 jour, et le greffier."},
			text:   []string{"À l'article L. 1 du code civil, après la deuxième occurrence du signe : « , », sont insérés les mots : « en tout cas »."},
			want:   []string{"Le juge, qui a 1,5 jour, en tout cas et le greffier."},
		},
	})
	runAmendments(t, []amCase{
		{
			name:       "amendment: the only comma is decimal",
			before:     []string{"Le taux est de 1,5 % et le reste."},
			dispositif: "À l'alinéa 1, supprimer la virgule.",
			want:       nil,
		},
		{
			name:       "amendment: the comma that is a sign",
			before:     []string{"Le taux est de 1,5 % et le reste, ou le tout."},
			dispositif: "À l'alinéa 1, supprimer la virgule.",
			want:       []string{"Le taux est de 1,5 % et le reste ou le tout."},
		},
	})
}

// TestSigns21FinalPeriodAlone: "le point final" with no place in its
// clause is the period that ends the scope.
func TestSigns21FinalPeriodAlone(t *testing.T) {
	runGrammar(t, []grammarCase{
		{
			name:   "article of two sentences",
			before: []string{"Le juge signe. Il date."},
			text:   []string{"À l'article L. 1 du code civil, le point final est remplacé par un point-virgule."},
			want:   []string{"Le juge signe. Il date ;"},
		},
		{
			name:   "an alinéa, new words",
			before: []string{"Le juge signe. Il date.", "Le greffier note."},
			text:   []string{"Au premier alinéa de l'article L. 1 du code civil, le point final est remplacé par les mots : « et le greffier vise. »"},
			want:   []string{"Le juge signe. Il date et le greffier vise.", "Le greffier note."},
		},
		{
			name:   "second clause",
			before: []string{"Le juge signe. Il date.", "Le greffier note."},
			text:   []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire » et le point final est remplacé par un point-virgule."},
			want:   []string{"Le maire signe. Il date ;", "Le greffier note."},
		},
		{
			name:   "an item's subject",
			before: []string{"Le juge signe. Il date.", "Le greffier note."},
			text: []string{
				"Le premier alinéa de l'article L. 1 du code civil est ainsi modifié :",
				"1° Le point final est remplacé par un point-virgule ;",
				"2° Le mot : « juge » est remplacé par le mot : « maire ».",
			},
			want: []string{"Le maire signe. Il date ;", "Le greffier note."},
		},
	})
}

// TestSigns21PeriodNotTheSign: the periods of an ellipsis, of a text's
// blanks and of "L. 2" are not the period a law names.
func TestSigns21PeriodNotTheSign(t *testing.T) {
	runGrammar(t, []grammarCase{
		{
			name:   "an ellipsis is not a final period",
			before: []string{"Le juge signe l'acte..."},
			text:   []string{"À l'article L. 1 du code civil, à la fin, le signe : « . » est remplacé par le signe : « ; »."},
			want:   nil,
		},
		{
			name:   "the blanks of a law not yet numbered",
			before: []string{"Selon la loi n° ...... du ......, le juge signe."},
			text:   []string{"À l'article L. 1 du code civil, le signe : « . » est remplacé par le signe : « ; »."},
			want:   []string{"Selon la loi n° ...... du ......, le juge signe ;"},
		},
		{
			name:   "an article's designation",
			before: []string{"Selon l'article L. 2, le juge signe."},
			text:   []string{"À l'article L. 1 du code civil, le point est remplacé par un point-virgule."},
			want:   []string{"Selon l'article L. 2, le juge signe ;"},
		},
		{
			name:   "two periods of sentences: refused",
			before: []string{"Selon l'article L. 2, le juge signe. Il date."},
			text:   []string{"À l'article L. 1 du code civil, le point est remplacé par un point-virgule."},
			want:   nil,
		},
	})
}

// TestSigns21ColonsPlural: "les deux-points" (the noun invariable) is the
// colon, in a bill and in an amendment.
func TestSigns21ColonsPlural(t *testing.T) {
	runGrammar(t, []grammarCase{
		{
			name:   "replaced",
			before: []string{"Le juge signe : il date."},
			text:   []string{"À l'article L. 1 du code civil, les deux-points sont remplacés par un point-virgule."},
			want:   []string{"Le juge signe ; il date."},
		},
		{
			name:   "replaced by words",
			before: []string{"Le juge peut :", "1° Signer."},
			text:   []string{"Au premier alinéa de l'article L. 1 du code civil, les deux-points sont remplacés par les mots : « , en tout cas : »."},
			want:   []string{"Le juge peut, en tout cas :", "1° Signer."},
		},
		{
			name:   "quoted words untouched",
			before: []string{"Le juge signe : il date."},
			text:   []string{"À l'article L. 1 du code civil, les mots : « les deux-points sont remplacés » sont supprimés."},
			want:   nil,
		},
	})
	runAmendments(t, []amCase{
		{
			name:       "remplacer les deux-points",
			before:     []string{"Le juge signe : il date."},
			dispositif: "À l'alinéa 1, remplacer les deux-points par un point-virgule.",
			want:       []string{"Le juge signe ; il date."},
		},
		{
			name:       "substituer aux deux-points",
			before:     []string{"Le juge signe : il date."},
			dispositif: "À l'alinéa 1, substituer aux deux-points un point-virgule.",
			want:       []string{"Le juge signe ; il date."},
		},
	})
}

// TestSigns21RankedSigns: a comma or a semicolon named by its rank ("la
// dernière virgule", "le premier point-virgule") is that occurrence of
// the sign; said final with no place, the one at the end.
func TestSigns21RankedSigns(t *testing.T) {
	runGrammar(t, []grammarCase{
		{
			name:   "the last comma",
			before: []string{"Le juge signe, le greffier date, et l'huissier note."},
			text:   []string{"À l'article L. 1 du code civil, la dernière virgule est supprimée."},
			want:   []string{"Le juge signe, le greffier date et l'huissier note."},
		},
		{
			name:   "the second comma",
			before: []string{"Le juge signe, le greffier date, et l'huissier note, ou pas."},
			text:   []string{"À l'article L. 1 du code civil, la seconde virgule est supprimée."},
			want:   []string{"Le juge signe, le greffier date et l'huissier note, ou pas."},
		},
		{
			name:   "the last but one",
			before: []string{"Le juge signe, le greffier date, et l'huissier note, ou pas."},
			text:   []string{"À l'article L. 1 du code civil, l'avant-dernière virgule est supprimée."},
			want:   []string{"Le juge signe, le greffier date et l'huissier note, ou pas."},
		},
		{
			name:   "the first semicolon",
			before: []string{"Le juge signe ; le greffier date ; l'huissier note."},
			text:   []string{"À l'article L. 1 du code civil, le dernier point-virgule est remplacé par une virgule."},
			want:   []string{"Le juge signe ; le greffier date, l'huissier note."},
		},
		{
			name:   "the final semicolon of an item",
			before: []string{"Le juge peut :", "1° Signer ;", "2° Dater ;", "3° Noter."},
			text: []string{
				"L'article L. 1 du code civil est ainsi modifié :",
				"1° Au 2°, le point-virgule final est remplacé par un point ;",
				"2° Le 3° est abrogé.",
			},
			want: []string{"Le juge peut :", "1° Signer ;", "2° Dater.", "3° (Abrogé)."},
		},
		{
			name:   "the final comma",
			before: []string{"Le juge peut :", "1° Signer, dater,", "2° Noter."},
			text:   []string{"Au 1° de l'article L. 1 du code civil, la virgule finale est supprimée."},
			want:   []string{"Le juge peut :", "1° Signer, dater", "2° Noter."},
		},
		{
			name:   "quoted words untouched",
			before: []string{"Le juge signe, le greffier date."},
			text:   []string{"À l'article L. 1 du code civil, les mots : « la dernière virgule est supprimée » sont supprimés."},
			want:   nil,
		},
	})
}
