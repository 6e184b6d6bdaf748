package law

import "testing"

// The forms the last sessions left (law-left3): each read as a rule of
// the modification language, or refused with a reason.

func left3One(al ...string) map[string][]string { return map[string][]string{"L1": al} }

// TestLeft3WordsFromThrough: "les mots : « A » à « B » sont supprimés
// (remplacés par les mots : « C »)", "… jusqu'à « B » …", "les mots
// allant de : « A » à : « B » …" are the words from A to B, both
// included, as the place holds them at apply time (Edit.Through; they
// were refused). A not there or there twice, B not there or there twice
// (before A too), B before A or in another alinéa: where the words begin
// or end is not said, refused. "les mots : « A » et « B »" stays two
// word lists, and "de « A » à « B »" inside the quotation is words.
func TestLeft3WordsFromThrough(t *testing.T) {
	a := left3One("Le maire signe, sauf urgence déclarée par le préfet. Il part.", "Le juge statue.")
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	art := "À l'article L. 1 du code civil, "
	runLaw3(t, []law3Case{
		{name: "deleted, with the comma before the period", arts: a, text: []string{at + "les mots : « sauf » à « préfet » sont supprimés."},
			want: left3One("Le maire signe. Il part.", "Le juge statue.")},
		{name: "deleted inside", arts: a, text: []string{at + "les mots : « urgence » à « par » sont supprimés."},
			want: left3One("Le maire signe, sauf le préfet. Il part.", "Le juge statue.")},
		{name: "replaced", arts: a, text: []string{at + "les mots : « sauf » à « préfet » sont remplacés par les mots : « en tout cas »."},
			want: left3One("Le maire signe, en tout cas. Il part.", "Le juge statue.")},
		{name: "jusqu'à", arts: a, text: []string{at + "les mots : « urgence » jusqu'à « préfet » sont remplacés par le mot : « danger »."},
			want: left3One("Le maire signe, sauf danger. Il part.", "Le juge statue.")},
		{name: "in the article, one alinéa holds both", arts: a, text: []string{art + "les mots : « sauf » à « préfet » sont remplacés par les mots : « en tout cas »."},
			want: left3One("Le maire signe, en tout cas. Il part.", "Le juge statue.")},
		{name: "in a sentence", arts: left3One("Le maire signe sauf urgence. Le préfet vise sauf urgence déclarée."),
			text: []string{art + "à la seconde phrase du premier alinéa, les mots : « sauf » à « déclarée » sont supprimés."},
			want: left3One("Le maire signe sauf urgence. Le préfet vise.")},
		{name: "two word lists with et, as before", arts: a, text: []string{at + "les mots : « sauf » et « déclarée » sont supprimés."},
			want: left3One("Le maire signe, urgence par le préfet. Il part.", "Le juge statue.")},
		{name: "de A à B quoted: words", arts: left3One("Le délai court de mai à juin."), text: []string{art + "les mots : « de mai à juin » sont remplacés par les mots : « de juin à juillet »."},
			want: left3One("Le délai court de juin à juillet.")},
		{name: "B before A: refused", arts: a, text: []string{at + "les mots : « préfet » à « sauf » sont supprimés."}},
		{name: "A not there: refused", arts: a, text: []string{at + "les mots : « toujours » à « préfet » sont supprimés."}},
		{name: "B not there: refused", arts: a, text: []string{at + "les mots : « sauf » à « ministre » sont supprimés."}},
		{name: "B twice: refused", arts: left3One("Le maire signe, sauf urgence déclarée par le préfet et le préfet. Il part."), text: []string{at + "les mots : « sauf » à « préfet » sont supprimés."}},
		{name: "A twice: refused", arts: left3One("Le maire signe, sauf urgence, sauf avis du préfet."), text: []string{at + "les mots : « sauf » à « préfet » sont supprimés."}},
		{name: "B in another alinéa: refused", arts: left3One("Le maire signe, sauf urgence.", "Le préfet vise."), text: []string{art + "les mots : « sauf » à « préfet » sont supprimés."}},
		{name: "B also outside the place: read in the place", arts: left3One("Le maire signe, sauf urgence déclarée par le préfet.", "Le préfet vise."), text: []string{at + "les mots : « sauf » à « préfet » sont supprimés."},
			want: left3One("Le maire signe.", "Le préfet vise.")},
		{name: "its end among an earlier operation's new words: refused", arts: a, text: []string{at + "le mot : « Il » est remplacé par le mot : « préfet » et les mots : « sauf » à « préfet » sont supprimés."}},
		{name: "the same word: refused", arts: a, text: []string{at + "les mots : « sauf » à « sauf » sont supprimés."}},
		{name: "a new word beginning with a vowel after la: refused", arts: left3One("Le maire signe la décision du préfet."), text: []string{art + "les mots : « décision » à « préfet » sont remplacés par les mots : « ordonnance du juge »."}},
	})
}

// TestLeft3ExceptedLastSentences: "Le premier alinéa, à l'exception de
// sa dernière phrase (ses deux dernières phrases), est supprimé (ainsi
// rédigé, remplacé par …)" is the first to the one before the last (the
// antépénultième) sentences — "les première à avant-dernière phrases",
// which is read too, as "les deuxième à avant-dernière phrases"
// (Scope.SentencesButLast, counted on the text before; they were refused).
// An alinéa with no sentence before those kept, three last sentences or
// more, an item or an article excepted stay refused.
func TestLeft3ExceptedLastSentences(t *testing.T) {
	A := left3One("Le juge statue. Il motive. Il notifie. Il publie.", "Le greffier note.", "Le maire signe.")
	items := left3One("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet.")
	art := "l'article L. 1 du code civil"
	runLaw3(t, []law3Case{
		{name: "but its last sentence, deleted", arts: A, text: []string{"Le premier alinéa de " + art + ", à l'exception de sa dernière phrase, est supprimé."},
			want: left3One("Il publie.", "Le greffier note.", "Le maire signe.")},
		{name: "but its two last sentences", arts: A, text: []string{"À " + art + ", le premier alinéa, à l'exception de ses deux dernières phrases, est supprimé."},
			want: left3One("Il notifie. Il publie.", "Le greffier note.", "Le maire signe.")},
		{name: "but its last sentence, rewritten", arts: A, text: []string{"Le premier alinéa de " + art + ", à l'exception de sa dernière phrase, est ainsi rédigé : « Le juge se tait. »"},
			want: left3One("Le juge se tait. Il publie.", "Le greffier note.", "Le maire signe.")},
		{name: "les deuxième à avant-dernière phrases", arts: A, text: []string{"Les deuxième à avant-dernière phrases du premier alinéa de " + art + " sont supprimées."},
			want: left3One("Le juge statue. Il publie.", "Le greffier note.", "Le maire signe.")},
		{name: "les première à antépénultième phrases", arts: A, text: []string{"Les première à antépénultième phrases du premier alinéa de " + art + " sont supprimées."},
			want: left3One("Il notifie. Il publie.", "Le greffier note.", "Le maire signe.")},
		{name: "words in the deuxième à avant-dernière phrases", arts: A, text: []string{"Aux deuxième à avant-dernière phrases du premier alinéa de " + art + ", le mot : « Il » est remplacé par le mot : « Elle »."},
			want: left3One("Le juge statue. Elle motive. Elle notifie. Il publie.", "Le greffier note.", "Le maire signe.")},
		{name: "one sentence only: refused", arts: A, text: []string{"Le deuxième alinéa de " + art + ", à l'exception de sa dernière phrase, est supprimé."}},
		{name: "a range empty: refused", arts: left3One("Le juge statue. Il motive."), text: []string{"Les deuxième à avant-dernière phrases du premier alinéa de " + art + " sont supprimées."}},
		{name: "its last sentences, no count: refused", arts: A, text: []string{"Le premier alinéa de " + art + ", à l'exception de ses dernières phrases, est supprimé."}},
		{name: "its first sentences, no count: refused", arts: A, text: []string{"Le premier alinéa de " + art + ", à l'exception de ses premières phrases, est supprimé."}},
		{name: "its last alinéas, no count: refused", arts: A, text: []string{"L'article L. 1 du code civil, à l'exception de ses derniers alinéas, est abrogé."}},
		{name: "three last sentences: refused", arts: A, text: []string{"Le premier alinéa de " + art + ", à l'exception de ses trois dernières phrases, est supprimé."}},
		{name: "but the 3°: refused", arts: items, text: []string{"L'article L. 1 du code civil, à l'exception du 3°, est abrogé."}},
		{name: "but its second sentence: refused", arts: A, text: []string{"Le premier alinéa de " + art + ", à l'exception de sa deuxième phrase, est supprimé."}},
	})
}

// TestLeft3WordsInSentencesToLast: a word operation over "les deuxième à
// dernière phrases" of an alinéa is the operation in each of those
// sentences, counted on the text before the instruction, as over "les
// deuxième à quatrième phrases" — each must hold the words, or the whole
// is refused (it was refused: sentences to the last edited otherwise
// than whole). In a division of several alinéas, refused (which alinéa's
// last is not said).
func TestLeft3WordsInSentencesToLast(t *testing.T) {
	S := left3One("Le juge statue. Il motive le jugement. Il notifie le jugement. Il publie le jugement.", "Le greffier note.")
	art := "l'article L. 1 du code civil"
	runLaw3(t, []law3Case{
		{name: "from the second", arts: S, text: []string{"Aux deuxième à dernière phrases du premier alinéa de " + art + ", le mot : « jugement » est remplacé par le mot : « verdict »."},
			want: left3One("Le juge statue. Il motive le verdict. Il notifie le verdict. Il publie le verdict.", "Le greffier note.")},
		{name: "from the third", arts: S, text: []string{"Aux troisième à dernière phrases du premier alinéa de " + art + ", le mot : « jugement » est remplacé par le mot : « verdict »."},
			want: left3One("Le juge statue. Il motive le jugement. Il notifie le verdict. Il publie le verdict.", "Le greffier note.")},
		{name: "deleted words", arts: S, text: []string{"Aux deuxième à dernière phrases du premier alinéa de " + art + ", les mots : « le jugement » sont supprimés."},
			want: left3One("Le juge statue. Il motive. Il notifie. Il publie.", "Le greffier note.")},
		{name: "words inserted", arts: S, text: []string{"Aux troisième à dernière phrases du premier alinéa de " + art + ", après le mot : « jugement », sont insérés les mots : « rendu »."},
			want: left3One("Le juge statue. Il motive le jugement. Il notifie le jugement rendu. Il publie le jugement rendu.", "Le greffier note.")},
		{name: "a locator first", arts: S, text: []string{"À " + art + ", au premier alinéa, aux deuxième à dernière phrases, le mot : « jugement » est remplacé par le mot : « verdict »."},
			want: left3One("Le juge statue. Il motive le verdict. Il notifie le verdict. Il publie le verdict.", "Le greffier note.")},
		{name: "one sentence without the words: refused", arts: S, text: []string{"Aux premier à dernière phrases du premier alinéa de " + art + ", le mot : « jugement » est remplacé par le mot : « verdict »."}},
		{name: "a sentence without them: refused", arts: left3One("Le juge statue. Il motive le jugement. Il se tait."), text: []string{"Aux deuxième à dernière phrases du premier alinéa de " + art + ", le mot : « jugement » est remplacé par le mot : « verdict »."}},
		{name: "several alinéas: refused", arts: left3One("I. – Le juge statue. Il motive le jugement.", "Il notifie le jugement.", "II. – Le maire signe."), text: []string{"Aux deuxième à dernière phrases du I de " + art + ", le mot : « jugement » est remplacé par le mot : « verdict »."}},
	})
}

// TestLeft3SameRelabelled: "aux mêmes 3° et 4°" ("au même 4°", "les
// mêmes 3° et 4° sont abrogés") right after a relabelling of items,
// "Les 2° et 3° deviennent les 3° et 4° ; aux mêmes 3° et 4°, …", in the
// same alinéa or the next instruction, are the items under their new
// labels (they were refused: the 4° not named before — and one old label
// was read as the item it named before the relabelling). The old labels
// ("aux mêmes 2° et 3°", "au même 3°" after "Le 3° devient le 4°"), in
// which numbering is not said, are refused.
func TestLeft3SameRelabelled(t *testing.T) {
	items := left3One("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet.")
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	both := left3One("Sont exclus :", "1° Le juge ;", "3° Un maire ;", "4° Un préfet.")
	runLaw3(t, []law3Case{
		{name: "same alinéa, after a semicolon", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent les 3° et 4° ; aux mêmes 3° et 4°, le mot : « Le » est remplacé par le mot : « Un » ;"}, want: both},
		{name: "the next instruction", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent respectivement les 3° et 4° ;", "2° Aux mêmes 3° et 4°, le mot : « Le » est remplacé par le mot : « Un » ;"}, want: both},
		{name: "au même 4°", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent les 3° et 4° ;", "2° Au même 4°, le mot : « Le » est remplacé par le mot : « Un » ;"},
			want: left3One("Sont exclus :", "1° Le juge ;", "3° Le maire ;", "4° Un préfet.")},
		{name: "au même 3°, the new one", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent les 3° et 4° ;", "2° Au même 3°, le mot : « Le » est remplacé par le mot : « Un » ;"},
			want: left3One("Sont exclus :", "1° Le juge ;", "3° Un maire ;", "4° Le préfet.")},
		{name: "one item", arts: items, text: []string{ctx, "1° Le 3° devient le 4° ;", "2° Au même 4°, le mot : « Le » est remplacé par le mot : « Un » ;"},
			want: left3One("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "4° Un préfet.")},
		{name: "les mêmes abrogés", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent les 3° et 4° ;", "2° Les mêmes 3° et 4° sont abrogés ;"},
			want: left3One("Sont exclus :", "1° Le juge ;", "3° (Abrogé) ;", "4° (Abrogé).")},
		{name: "after an insertion and a renumbering", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent les 3° et 4° ;", "2° Après le 1°, il est inséré un 2° ainsi rédigé : « 2° Le greffier ; » ;", "3° Au 3°, le mot : « Le » est remplacé par le mot : « Un » ;"},
			want: left3One("Sont exclus :", "1° Le juge ;", "2° Le greffier ;", "3° Un maire ;", "4° Le préfet.")},
		{name: "a label not relabelled: as before", arts: items, text: []string{ctx, "1° Le 3° devient le 4° et le 1° est ainsi rédigé : « 1° Le greffier ; » ;", "2° Aux mêmes 1° et 4°, le mot : « Le » est remplacé par le mot : « Un » ;"},
			want: left3One("Sont exclus :", "1° Un greffier ;", "2° Le maire ;", "4° Un préfet.")},
		{name: "the old labels: refused", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent respectivement les 3° et 4° ;", "2° Aux mêmes 2° et 3°, le mot : « Le » est remplacé par le mot : « Un » ;"}},
		{name: "au 3° du I, qui devient le 4°: read since law-left4", arts: left3One("I. – Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet."), text: []string{"Au 3° du I de l'article L. 1 du code civil, qui devient le 4°, le mot : « préfet » est remplacé par le mot : « ministre »."},
			want: left3One("I. – Sont exclus :", "1° Le juge ;", "2° Le maire ;", "4° Le ministre.")},
		{name: "the old label of one: refused", arts: items, text: []string{ctx, "1° Le 3° devient le 4° ;", "2° Au même 3°, le mot : « Le » est remplacé par le mot : « Un » ;"}},
		{name: "down, the old labels: refused", arts: left3One("Sont exclus :", "1° Le juge ;", "3° Le maire ;", "4° Le préfet."), text: []string{ctx, "1° Les 3° et 4° deviennent les 2° et 3° ;", "2° Aux mêmes 3° et 4°, le mot : « Le » est remplacé par le mot : « Un » ;"}},
	})
}

// TestLeft3ArticleAfterContraction: new words beginning with an article
// (« la région », « l'État », « les communes ») put after an article
// contracted already ("du département" with « département » replaced:
// "du la région", "au la région", "des l'État") are refused, as
// "de le", "à les" are (contractionMissing): French writes "de la
// région", "aux communes", so the words around must change too and the
// law did not say how (it was applied: "du la région"). The reverse,
// « la région » replaced by « le département » after "de", was refused
// already.
func TestLeft3ArticleAfterContraction(t *testing.T) {
	D := left3One("Le préfet du département signe.", "Le préfet écrit au département.")
	art := "À l'article L. 1 du code civil, "
	runLaw3(t, []law3Case{
		{name: "du la, au la: refused", arts: D, text: []string{art + "le mot : « département » est remplacé par les mots : « la région »."}},
		{name: "du la in one alinéa: refused", arts: D, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « département » est remplacé par les mots : « la région »."}},
		{name: "du l': refused", arts: D, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « département » est remplacé par les mots : « l'État »."}},
		{name: "au les: refused", arts: D, text: []string{"Au second alinéa de l'article L. 1 du code civil, le mot : « département » est remplacé par les mots : « les communes »."}},
		{name: "inserted after du: refused", arts: D, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « du », sont insérés les mots : « la région et du »."}},
		{name: "des la: refused", arts: left3One("Le préfet des départements signe."), text: []string{art + "le mot : « départements » est remplacé par les mots : « la région »."}},
		{name: "de la le: refused", arts: left3One("Le préfet de la région signe."), text: []string{art + "les mots : « la région » sont remplacés par les mots : « le département »."}},
		{name: "le département in du: not there, refused", arts: D, text: []string{art + "les mots : « le département » sont remplacés par les mots : « la région »."}},
		{name: "the article with it: read", arts: D, text: []string{art + "les mots : « du département » sont remplacés par les mots : « de la région » et les mots : « au département » sont remplacés par les mots : « à la région »."},
			want: left3One("Le préfet de la région signe.", "Le préfet écrit à la région.")},
		{name: "a noun alone: read", arts: D, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « département » est remplacé par le mot : « territoire »."},
			want: left3One("Le préfet du territoire signe.", "Le préfet écrit au département.")},
		{name: "a title in capitals: read", arts: left3One("Le directeur du journal signe."), text: []string{art + "le mot : « journal » est remplacé par les mots : « La Poste »."},
			want: left3One("Le directeur du La Poste signe.")},
	})
}

// TestLeft3RangesOfPlaces: ranges of alinéas and of items, the probes
// around (already read so: regression guards).
func TestLeft3RangesOfPlaces(t *testing.T) {
	items := left3One("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet ;", "4° Le greffier ;", "5° Le notaire.")
	five := left3One("Un.", "Deux.", "Trois.", "Quatre.", "Cinq.", "Six.")
	art := "l'article L. 1 du code civil"
	un := left3One("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Un préfet ;", "4° Un greffier ;", "5° Un notaire.")
	runLaw3(t, []law3Case{
		{name: "les troisième à cinquième alinéas", arts: five, text: []string{"Les troisième à cinquième alinéas de " + art + " sont supprimés."},
			want: left3One("Un.", "Deux.", "Six.")},
		{name: "les 3° à 5° abrogés", arts: items, text: []string{"Les 3° à 5° de " + art + " sont abrogés."},
			want: left3One("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° (Abrogé) ;", "4° (Abrogé) ;", "5° (Abrogé).")},
		{name: "du 3° au 5°", arts: items, text: []string{"Du 3° au 5° de " + art + ", le mot : « Le » est remplacé par le mot : « Un »."}, want: un},
		{name: "aux 3° à 5°", arts: items, text: []string{"Aux 3° à 5° de " + art + ", le mot : « Le » est remplacé par le mot : « Un »."}, want: un},
	})
}
