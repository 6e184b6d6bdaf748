package law

import "testing"

// TestGrammarAntepenultimate: "l'antépénultième alinéa" (phrase) is the
// third from the end, "le pénultième" the second from the end, as
// "l'avant-dernier"; they were refused.
func TestGrammarAntepenultimate(t *testing.T) {
	A := []string{"Un un.", "Deux deux.", "Trois trois.", "Quatre quatre."}
	runGrammar(t, []grammarCase{
		{name: "l'antépénultième alinéa est supprimé", before: A, text: []string{"L'antépénultième alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{A[0], A[2], A[3]}},
		{name: "le pénultième alinéa est supprimé", before: A, text: []string{"Le pénultième alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{A[0], A[1], A[3]}},
		{name: "après l'antépénultième alinéa", before: A, text: []string{"Après l'antépénultième alinéa de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Cinq cinq. »"}, want: []string{A[0], A[1], "Cinq cinq.", A[2], A[3]}},
		{name: "à l'antépénultième phrase", before: []string{"Le maire agit. Le maire signe. Le maire note. Le maire lit."}, text: []string{"À l'antépénultième phrase de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le maire agit. Le préfet signe. Le maire note. Le maire lit."}},
		{name: "antépénultième of two alinéas: refused", before: A[:2], text: []string{"L'antépénultième alinéa de l'article L. 1 du code civil est supprimé."}},
	})
}

// TestGrammarRankAndLast: "le second et dernier alinéa", "la troisième et
// dernière phrase" (the noun singular) are one alinéa (sentence), of that
// rank, which the law says is also the last: refused when it is not (the
// second and the last were both edited — two alinéas deleted). "Aux
// premier et dernier alinéas" (plural) are still two.
func TestGrammarRankAndLast(t *testing.T) {
	two := []string{"Le maire agit.", "Le maire signe."}
	three := []string{"Le maire agit.", "Le maire signe.", "Le maire note."}
	runGrammar(t, []grammarCase{
		{name: "le second et dernier alinéa est supprimé", before: two, text: []string{"Le second et dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: two[:1]},
		{name: "au second et dernier alinéa", before: two, text: []string{"Au second et dernier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{two[0], "Le préfet signe."}},
		{name: "le second et dernier of three: refused", before: three, text: []string{"Le second et dernier alinéa de l'article L. 1 du code civil est supprimé."}},
		{name: "au second et dernier of three: refused", before: three, text: []string{"Au second et dernier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "aux premier et dernier alinéas: two", before: three, text: []string{"Aux premier et dernier alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit.", three[1], "Le préfet note."}},
		{name: "la seconde et dernière phrase est supprimée", before: []string{"Le maire agit. Le maire signe."}, text: []string{"La seconde et dernière phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire agit."}},
		{name: "à la seconde et dernière phrase", before: []string{"Le maire agit. Le maire signe."}, text: []string{"À la seconde et dernière phrase du premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le maire agit. Le préfet signe."}},
		{name: "la seconde et dernière of three sentences: refused", before: []string{"Le maire agit. Le maire signe. Le maire note."}, text: []string{"La seconde et dernière phrase de l'article L. 1 du code civil est supprimée."}},
	})
}

// TestGrammarSameArticleSecondTarget: "Le 2° du I de l'article L. 1 et le
// 1° du II du même article sont abrogés" names two targets, the second in
// the first's article (the second was dropped: only the 2° of the I
// went); "au … de l'article L. 1 et au … du même article" likewise. A
// division joined after the article with no article of its own ("… de
// l'article L. 1 et le 1° du II sont abrogés") is refused, never dropped.
func TestGrammarSameArticleSecondTarget(t *testing.T) {
	A := []string{"I. - Le maire agit.", "1° Un maire ;", "2° Deux maires.", "II. - Le juge.", "1° Trois maires ;", "2° Quatre maires."}
	runGrammar(t, []grammarCase{
		{name: "le … et le … du même article sont abrogés", before: A, text: []string{"Le 2° du I de l'article L. 1 du code civil et le 1° du II du même article sont abrogés."}, want: []string{A[0], A[1], "2° (Abrogé).", A[3], "1° (Abrogé) ;", A[5]}},
		{name: "au … et au … dudit article", before: A, text: []string{"Au 2° du I de l'article L. 1 du code civil et au 1° du II dudit article, le mot : « maires » est remplacé par le mot : « préfets »."}, want: []string{A[0], A[1], "2° Deux préfets.", A[3], "1° Trois préfets ;", A[5]}},
		{name: "alinéas: le premier … et le dernier alinéa de cet article", before: []string{"Un maire.", "Deux maires.", "Trois maires."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil et le dernier alinéa de cet article sont supprimés."}, want: []string{"Deux maires."}},
		{name: "a division joined after the article, no article: refused", before: A, text: []string{"Le 2° du I de l'article L. 1 du code civil et le 1° du II sont abrogés."}},
		{name: "du même article after two articles: refused", before: A, more: map[string][]string{"L2": A}, text: []string{"Les 2° des articles L. 1 et L. 2 du code civil et le 1° du II du même article sont abrogés."}},
	})
}

// TestGrammarInLimine: "In limine du premier alinéa, sont ajoutés les
// mots" is "Au début du premier alinéa" (the words went at the end),
// "in fine de l'article" "à la fin de l'article"; "In limine," alone
// under a context is "Au début,". Quoted new text is left as it is.
func TestGrammarInLimine(t *testing.T) {
	A := []string{"Le maire agit. Le maire vote.", "Le juge note."}
	runGrammar(t, []grammarCase{
		{name: "in limine du premier alinéa", before: A, text: []string{"In limine du premier alinéa de l'article L. 1 du code civil, sont ajoutés les mots : « Ainsi, »."}, want: []string{"Ainsi, le maire agit. Le maire vote.", A[1]}},
		{name: "in limine, under a context", before: A, text: []string{"Le second alinéa de l'article L. 1 du code civil est ainsi modifié :", "1° In limine, sont ajoutés les mots : « Alors, » ;", "2° Le mot : « juge » est remplacé par le mot : « greffier »."}, want: []string{A[0], "Alors, le greffier note."}},
		{name: "in fine de la première phrase", before: A, text: []string{"In fine de la première phrase du premier alinéa de l'article L. 1 du code civil, sont ajoutés les mots : « seul »."}, want: []string{"Le maire agit seul. Le maire vote.", A[1]}},
		{name: "quoted text kept", before: A, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« In limine du texte, rien. »"}, want: []string{A[0], A[1], "In limine du texte, rien."}},
		{name: "sont insérés in limine: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, sont insérés in limine les mots : « Ainsi, »."}},
	})
}

// TestGrammarTailPlace: a place or a restriction after the last word
// operation ("… par les mots : « B » au premier alinéa", "… sauf au
// second alinéa", "… lorsqu'il est employé seul") is not read: the
// instruction is refused (it was applied to the whole article). A place
// after the operation with no place before it is the operation's, as
// before ("Le mot : « A » est remplacé par le mot : « B » au second
// alinéa de l'article L. 1").
func TestGrammarTailPlace(t *testing.T) {
	A := []string{"Le maire agit.", "Le maire note."}
	runGrammar(t, []grammarCase{
		{name: "au premier alinéa after the operation: refused", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » au premier alinéa."}},
		{name: "dans la première phrase after the operation: refused", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » dans la première phrase du premier alinéa."}},
		{name: "au 1° after the operation: refused", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » au 1°."}},
		{name: "sauf au second alinéa: read (parity14)", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet », sauf au second alinéa."}, want: []string{"Le préfet agit.", A[1]}},
		{name: "lorsqu'il est employé seul: refused", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » lorsqu'il est employé seul."}},
		{name: "the only place after the operation", before: A, text: []string{"Le mot : « maire » est remplacé par le mot : « préfet » au second alinéa de l'article L. 1 du code civil."}, want: []string{A[0], "Le préfet note."}},
		{name: "nothing after the operation", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » ;"}, want: []string{"Le préfet agit.", "Le préfet note."}},
	})
}

// TestGrammarWordsInvertedAddition: the verb of a word insertion first,
// its place between commas — "À l'article L. 1, sont insérés, après le
// mot : « A », les mots : « B »", "Il est ajouté, avant le mot : « A », le
// mot : « B »" under a context — is "après le mot : « A », sont insérés
// les mots : « B »" (refused).
func TestGrammarWordsInvertedAddition(t *testing.T) {
	A := []string{"Le maire agit selon les règles du code."}
	runGrammar(t, []grammarCase{
		{name: "sont insérés, après le mot", before: A, text: []string{"À l'article L. 1 du code civil, sont insérés, après le mot : « règles », les mots : « très générales »."}, want: []string{"Le maire agit selon les règles très générales du code."}},
		{name: "il est inséré, après le mot", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, il est inséré, après le mot : « règles », le mot : « générales »."}, want: []string{"Le maire agit selon les règles générales du code."}},
		{name: "under a context, an occurrence, avant", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Sont insérés, après la première occurrence du mot : « les », les mots : « seules » ;", "2° Il est ajouté, avant le mot : « code », le mot : « présent »."}, want: []string{"Le maire agit selon les seules règles du présent code."}},
		{name: "two insertions joined", before: A, text: []string{"À l'article L. 1 du code civil, sont insérés, après le mot : « maire », les mots : « ou le préfet » et, après le mot : « règles », le mot : « générales »."}, want: []string{"Le maire ou le préfet agit selon les règles générales du code."}},
		{name: "no locator: refused", before: A, text: []string{"Sont insérés, après le mot : « règles », les mots : « générales »."}},
	})
}

// TestGrammarOccurrenceOverDivision: "la deuxième (dernière) occurrence
// du mot : « A »" in a division of several alinéas is counted over the
// division, not in each alinéa (the last of each alinéa was replaced;
// the second, found in no alinéa, refused) — for a replacement, a
// deletion and an insertion after it; one the division does not hold is
// refused.
func TestGrammarOccurrenceOverDivision(t *testing.T) {
	A := []string{"Le maire agit.", "Le maire note."}
	runGrammar(t, []grammarCase{
		{name: "la dernière occurrence over two alinéas", before: A, text: []string{"À l'article L. 1 du code civil, la dernière occurrence du mot : « maire » est remplacée par le mot : « préfet »."}, want: []string{A[0], "Le préfet note."}},
		{name: "la seconde occurrence over two alinéas", before: A, text: []string{"À l'article L. 1 du code civil, la seconde occurrence du mot : « maire » est remplacée par le mot : « préfet »."}, want: []string{A[0], "Le préfet note."}},
		{name: "après la seconde occurrence over two alinéas", before: A, text: []string{"À l'article L. 1 du code civil, après la seconde occurrence du mot : « maire », sont insérés les mots : « ou le préfet »."}, want: []string{A[0], "Le maire ou le préfet note."}},
		{name: "la première et la troisième over three alinéas", before: []string{"Le maire agit.", "Le maire lit et le maire note."}, text: []string{"À l'article L. 1 du code civil, les première et troisième occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}, want: []string{"Le préfet agit.", "Le maire lit et le préfet note."}},
		{name: "within one alinéa still", before: []string{"Le maire agit et le maire note.", "Le maire lit."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, la dernière occurrence du mot : « maire » est remplacée par le mot : « préfet »."}, want: []string{"Le maire agit et le préfet note.", "Le maire lit."}},
		{name: "la troisième of two: refused", before: A, text: []string{"À l'article L. 1 du code civil, la troisième occurrence du mot : « maire » est remplacée par le mot : « préfet »."}},
	})
}

// TestGrammarOccurrenceDeleted: "la deuxième occurrence des mots : « A »
// est supprimée" deletes that occurrence (every occurrence went); an
// occurrence named in the locator just before its words — "À la seconde
// occurrence, le mot : « A » est remplacé …" — is read since
// TestReadLawOccurrencesSaid, "… est supprimé à la seconde occurrence" is
// read since TestRefuse93RankAfterTheOperation; "à chaque
// occurrence" after the operation is every one, as without it.
func TestGrammarOccurrenceDeleted(t *testing.T) {
	A := []string{"Le maire agit et le maire note."}
	runGrammar(t, []grammarCase{
		{name: "la seconde occurrence des mots est supprimée", before: A, text: []string{"À l'article L. 1 du code civil, la seconde occurrence des mots : « le maire » est supprimée."}, want: []string{"Le maire agit et note."}},
		{name: "les première et seconde occurrences sont supprimées", before: []string{"Le maire seul agit et le maire seul note."}, text: []string{"À l'article L. 1 du code civil, les première et seconde occurrences du mot : « seul » sont supprimées."}, want: []string{"Le maire agit et le maire note."}},
		{name: "à la seconde occurrence, in the locator (TestReadLawOccurrencesSaid)", before: A, text: []string{"À l'article L. 1 du code civil, à la seconde occurrence, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le maire agit et le préfet note."}},
		{name: "à la seconde occurrence, after (TestRefuse93RankAfterTheOperation)", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est supprimé à la seconde occurrence."}, want: []string{"Le maire agit et le note."}},
		{name: "à chaque occurrence, after", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » à chaque occurrence."}, want: []string{"Le préfet agit et le préfet note."}},
	})
}

// TestGrammarSentenceRange: "les deuxième à quatrième phrases" are the
// sentences 2 to 4 (only the last of them was edited); "les deuxième à
// dernière phrases", the second and every one after it.
func TestGrammarSentenceRange(t *testing.T) {
	A := []string{"Le maire agit. Le juge note. Le préfet voit. Le maire lit.", "Le greffier lit."}
	runGrammar(t, []grammarCase{
		{name: "les deuxième à troisième phrases sont supprimées", before: A, text: []string{"Les deuxième à troisième phrases du premier alinéa de l'article L. 1 du code civil sont supprimées."}, want: []string{"Le maire agit. Le maire lit.", A[1]}},
		{name: "remplacées par une phrase", before: A, text: []string{"Les deuxième à troisième phrases du premier alinéa de l'article L. 1 du code civil sont remplacées par une phrase ainsi rédigée : « Tout. »"}, want: []string{"Le maire agit. Tout. Le maire lit.", A[1]}},
		{name: "aux deuxième à quatrième phrases, words", before: A, text: []string{"Aux deuxième à quatrième phrases du premier alinéa de l'article L. 1 du code civil, le mot : « Le » est remplacé par le mot : « Un »."}, want: []string{"Le maire agit. Un juge note. Un préfet voit. Un maire lit.", A[1]}},
		{name: "les deuxième à dernière phrases (TestLeftSentencesToLast)", before: A, text: []string{"Les deuxième à dernière phrases du premier alinéa de l'article L. 1 du code civil sont supprimées."}, want: []string{"Le maire agit.", A[1]}},
	})
}

// TestGrammarSignDeletedAmongSeveral: "le signe : « , » est supprimé"
// where the scope holds several commas does not say which: refused, as a
// replacement of a sign is (every comma went); one comma, or "à la fin",
// still says it.
func TestGrammarSignDeletedAmongSeveral(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "two commas: refused", before: []string{"Le maire, le juge, le préfet."}, text: []string{"À l'article L. 1 du code civil, le signe : « , » est supprimé."}},
		{name: "one comma", before: []string{"Le maire et le juge, seuls."}, text: []string{"À l'article L. 1 du code civil, le signe : « , » est supprimé."}, want: []string{"Le maire et le juge seuls."}},
		{name: "après le mot, among several", before: []string{"Le maire, le juge, le préfet."}, text: []string{"À l'article L. 1 du code civil, après le mot : « juge », le signe : « , » est supprimé."}, want: []string{"Le maire, le juge le préfet."}},
	})
}

// TestGrammarSignInWords: punctuation named in words — "À la fin du 2°,
// le point est remplacé par un point-virgule", "le point est remplacé par
// les mots : « ; et »", "la virgule est supprimée", "Le point final du 2°
// est remplacé par …" (at the end of the 2°) — is the sign quoted: "le
// signe : « . » est remplacé par le signe : « ; »" (it was refused). A
// sign the scope holds several times is still refused.
func TestGrammarSignInWords(t *testing.T) {
	A := []string{"Texte :", "1° Un un ;", "2° Deux deux."}
	runGrammar(t, []grammarCase{
		{name: "le point est remplacé par un point-virgule", before: A, text: []string{"À la fin du 2° de l'article L. 1 du code civil, le point est remplacé par un point-virgule."}, want: []string{A[0], A[1], "2° Deux deux ;"}},
		{name: "le point final du 2°", before: A, text: []string{"Le point final du 2° de l'article L. 1 du code civil est remplacé par un point-virgule."}, want: []string{A[0], A[1], "2° Deux deux ;"}},
		{name: "le point est remplacé par les mots, under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° À la fin du 2°, le point est remplacé par les mots : « ; et » ;", "2° Il est ajouté un 3° ainsi rédigé :", "« 3° Trois. »"}, want: []string{A[0], A[1], "2° Deux deux ; et", "3° Trois."}},
		{name: "le point-virgule est remplacé par un point", before: A, text: []string{"À la fin du 1° de l'article L. 1 du code civil, le point-virgule est remplacé par un point."}, want: []string{A[0], "1° Un un.", A[2]}},
		{name: "la virgule est supprimée", before: []string{"Le maire et le juge, seuls."}, text: []string{"À l'article L. 1 du code civil, la virgule est supprimée."}, want: []string{"Le maire et le juge seuls."}},
		{name: "la virgule among several: refused", before: []string{"Le maire, le juge, le préfet."}, text: []string{"À l'article L. 1 du code civil, la virgule est supprimée."}},
		{name: "the word point quoted is a word", before: []string{"Le juge au point 2."}, text: []string{"À l'article L. 1 du code civil, le mot : « point » est remplacé par le mot : « paragraphe »."}, want: []string{"Le juge au paragraphe 2."}},
	})
}

// TestGrammarPluralRank: a rank in the plural — "aux premières phrases
// des premier et second alinéas", "les derniers alinéas des I et II" — is
// that rank in each (it was not read: the whole alinéas were edited); "les
// deux premières phrases", a count first, is still a count.
func TestGrammarPluralRank(t *testing.T) {
	A := []string{"Le maire agit. Le maire vote.", "Le maire note. Le maire lit."}
	B := []string{"I. – Le maire agit.", "Le maire vote.", "II. – Le maire note.", "Le maire lit."}
	runGrammar(t, []grammarCase{
		{name: "aux premières phrases des premier et second alinéas", before: A, text: []string{"Aux premières phrases des premier et second alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit. Le maire vote.", "Le préfet note. Le maire lit."}},
		{name: "aux derniers alinéas des I et II", before: B, text: []string{"Aux derniers alinéas des I et II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{B[0], "Le préfet vote.", B[2], "Le préfet lit."}},
		{name: "les derniers alinéas des I et II sont supprimés", before: B, text: []string{"Les derniers alinéas des I et II de l'article L. 1 du code civil sont supprimés."}, want: []string{B[0], B[2]}},
		{name: "les deux premières phrases: a count", before: []string{"Le maire agit. Le maire vote. Le maire lit."}, text: []string{"Les deux premières phrases de l'article L. 1 du code civil sont supprimées."}, want: []string{"Le maire lit."}},
	})
}

// TestGrammarAinsiQuAux: "…, ainsi qu'aux troisième et quatrième alinéas"
// joins a locator as "ainsi que aux" would (it was read as one place, an
// alinéa of an alinéa: nothing found); a path naming an alinéa of an
// alinéa is refused.
func TestGrammarAinsiQuAux(t *testing.T) {
	A := []string{"Le maire un. Le maire deux.", "Le maire trois.", "Le maire quatre.", "Le maire cinq."}
	runGrammar(t, []grammarCase{
		{name: "ainsi qu'aux", before: A, text: []string{"À la seconde phrase du premier alinéa, ainsi qu'aux troisième et quatrième alinéas de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le maire un. Le préfet deux.", A[1], "Le préfet quatre.", "Le préfet cinq."}},
		{name: "ainsi qu'au", before: A, text: []string{"Au deuxième alinéa, ainsi qu'au dernier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{A[0], "Le préfet trois.", A[2], "Le préfet cinq."}},
		{name: "an alinéa of an alinéa: refused", before: A, text: []string{"Au premier alinéa du deuxième alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}},
	})
}

// TestGrammarOccurrencesCounted: "les deux premières (dernières)
// occurrences du mot" are the first two (last two); "toutes les
// occurrences du mot" every one; "les deux occurrences du mot : « A » sont
// remplacées par" every one, refused unless there are two (as "deux
// fois"). They were refused (or replaced every occurrence).
func TestGrammarOccurrencesCounted(t *testing.T) {
	A := []string{"Le maire et le maire et le maire."}
	runGrammar(t, []grammarCase{
		{name: "les deux premières occurrences", before: A, text: []string{"À l'article L. 1 du code civil, les deux premières occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}, want: []string{"Le préfet et le préfet et le maire."}},
		{name: "les deux dernières occurrences", before: A, text: []string{"À l'article L. 1 du code civil, les deux dernières occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}, want: []string{"Le maire et le préfet et le préfet."}},
		{name: "après les deux premières occurrences", before: A, text: []string{"À l'article L. 1 du code civil, après les deux premières occurrences du mot : « maire », sont insérés les mots : « seul »."}, want: []string{"Le maire seul et le maire seul et le maire."}},
		{name: "toutes les occurrences", before: A, text: []string{"À l'article L. 1 du code civil, toutes les occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}, want: []string{"Le préfet et le préfet et le préfet."}},
		{name: "les deux occurrences, two", before: []string{"Le maire et le maire."}, text: []string{"À l'article L. 1 du code civil, les deux occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}, want: []string{"Le préfet et le préfet."}},
		{name: "les deux occurrences, three: refused", before: A, text: []string{"À l'article L. 1 du code civil, les deux occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}},
	})
}

// TestGrammarGapStartEnd: "… et, au début, sont ajoutés les mots : « B »",
// "… et, à la fin, le mot : « A » est supprimé" — a place between two word
// operations that is only the start (end) of the place before — edit at
// its start (end): the words went at the end, every occurrence was
// deleted. "… et, au début de la seconde phrase, …" is that sentence of
// the place before (of the article's: the alinéa was lost).
func TestGrammarGapStartEnd(t *testing.T) {
	A := []string{"Le maire agit seul. Il note seul.", "Le juge agit. Il note."}
	runGrammar(t, []grammarCase{
		{name: "et, au début, sont ajoutés", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et, au début, sont ajoutés les mots : « Alors, »."}, want: []string{"Alors, le préfet agit seul. Il note seul.", A[1]}},
		{name: "et, à la fin, le mot est supprimé", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et, à la fin, le mot : « seul » est supprimé."}, want: []string{"Le préfet agit seul. Il note.", A[1]}},
		{name: "et, au début de la seconde phrase", before: A, text: []string{"Au second alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « préfet » et, au début de la seconde phrase, le mot : « Il » est remplacé par le mot : « Elle »."}, want: []string{A[0], "Le préfet agit. Elle note."}},
	})
}

// TestGrammarEndAfterLocator: "Au premier alinéa de l'article L. 1, après
// le mot : « A », la fin de la première phrase est ainsi rédigée" is the
// end of that sentence of that alinéa (the division after "la fin" was
// appended to the locator: "… du code civil de la première phrase", a
// code of that name); "À l'article L. 1, …, la fin du second alinéa",
// "Au I …, la fin du 2° est supprimée" likewise.
func TestGrammarEndAfterLocator(t *testing.T) {
	A := []string{"Le maire agit selon la loi. Il signe.", "Le juge note selon la loi."}
	runGrammar(t, []grammarCase{
		{name: "au premier alinéa …, la fin de la première phrase", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « agit », la fin de la première phrase est ainsi rédigée : « seul. »"}, want: []string{"Le maire agit seul. Il signe.", A[1]}},
		{name: "à l'article …, la fin du second alinéa", before: A, text: []string{"À l'article L. 1 du code civil, après le mot : « note », la fin du second alinéa est ainsi rédigée : « seul. »"}, want: []string{A[0], "Le juge note seul."}},
		{name: "au I …, la fin du 2° est supprimée", before: []string{"I. – Texte.", "1° Le maire agit selon la loi ;", "2° Le juge note selon la loi."}, text: []string{"Au I de l'article L. 1 du code civil, après le mot : « note », la fin du 2° est supprimée."}, want: []string{"I. – Texte.", "1° Le maire agit selon la loi ;", "2° Le juge note."}},
	})
}

// TestGrammarVersionClauseNoComma: a clause naming the version of the
// text meant, with or without commas — "de l'article L. 1 du code civil
// tel que modifié par la loi n° 2020-1 …", "dans sa rédaction issue de
// …", "tel qu'il a été modifié par …" — is no place (the law it names
// was taken for the text edited). ("dans sa rédaction applicable au" a
// date is refused: TestLegLeftDatedVersion.)
func TestGrammarVersionClauseNoComma(t *testing.T) {
	A := []string{"Le maire agit."}
	want := []string{"Le préfet agit."}
	runGrammar(t, []grammarCase{
		{name: "tel que modifié par la loi", before: A, text: []string{"À l'article L. 1 du code civil tel que modifié par la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
		{name: "tel qu'il a été modifié par la loi", before: A, text: []string{"À l'article L. 1 du code civil, tel qu'il a été modifié par la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
		{name: "dans sa rédaction issue de", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil dans sa rédaction issue de la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
		{name: "dans sa rédaction antérieure", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction antérieure à la présente loi, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
	})
}

// TestGrammarWholeCodeOfContext: "Dans l'ensemble du code, …" (its name
// not said) under "Le code civil est ainsi modifié :" is every article of
// that code, as "Dans l'ensemble du code civil" is (it was refused); "Au
// sein du code civil, …" too. Under no code, refused.
func TestGrammarWholeCodeOfContext(t *testing.T) {
	A := []string{"Le maire agit."}
	runGrammar(t, []grammarCase{
		{name: "dans l'ensemble du code, under a context", before: A, more: map[string][]string{"L2": {"Le maire note."}}, text: []string{"Le code civil est ainsi modifié :", "1° Dans l'ensemble du code, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° À l'article L. 1, le mot : « agit » est remplacé par le mot : « vote »."}, want: []string{"Le préfet vote."}},
		{name: "au sein du code civil", before: A, text: []string{"Au sein du code civil, les mots : « maire » sont remplacés par les mots : « préfet »."}, want: []string{"Le préfet agit."}},
		{name: "dans l'ensemble du code, no code: refused", before: A, text: []string{"Dans l'ensemble du code, le mot : « maire » est remplacé par le mot : « préfet »."}},
	})
}

// TestGrammarArticlePreliminaire: "l'article préliminaire" (of the code
// de procédure pénale), "l'article liminaire" are articles as numbered
// ones are, keyed as the corpus keys "Article préliminaire" (they were
// refused: no article read).
func TestGrammarArticlePreliminaire(t *testing.T) {
	if k := ArticleKey("Article préliminaire"); k != "preliminaire" {
		t.Fatalf("key %q", k)
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"À l'article préliminaire du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "L'article liminaire du code civil est abrogé."}}})
	if len(ins) != 2 || ins[0].Status != Parsed || ins[0].Edits[0].Scope.Ref.Article != "preliminaire" || ins[1].Status != Parsed || ins[1].Edits[0].Scope.Ref.Article != "liminaire" {
		t.Fatalf("got %+v", ins)
	}
}

// TestGrammarEntitled: "Le chapitre II est intitulé : « … »" gives a
// division its heading (the alinéa was dropped, not even refused); "À
// l'intitulé, les mots …" is the heading of the division of the context,
// refused under an article's (the article's words were edited).
func TestGrammarEntitled(t *testing.T) {
	heading := func(text ...string) InstructionStatus {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: text}})
		last := ins[len(ins)-1]
		if last.Status == Parsed && (len(last.Edits) != 1 || last.Edits[0].Kind != EditRewriteHeading) {
			t.Fatalf("not a heading: %+v", last.Edits)
		}
		return last.Status
	}
	if s := heading("Le chapitre II du titre Ier du livre Ier du code civil est intitulé : « Des maires »."); s != Parsed {
		t.Errorf("est intitulé: %s", s)
	}
	if s := heading("Le chapitre II du titre Ier du livre Ier du code civil est ainsi modifié :", "1° À l'intitulé, le mot : « maire » est remplacé par le mot : « préfet »."); s != Parsed {
		t.Errorf("à l'intitulé under a division: %s", s)
	}
	runGrammar(t, []grammarCase{
		{name: "à l'intitulé under an article: refused", before: []string{"Le maire agit."}, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° À l'intitulé, le mot : « maire » est remplacé par le mot : « préfet »."}},
	})
}

// TestGrammarSentenceByAlineas: "La seconde phrase est remplacée par deux
// alinéas ainsi rédigés" does not say where the alinéa is cut nor what
// becomes of the sentences after: refused (the new alinéas were joined
// into the sentence's alinéa). "… par deux phrases" is still read.
func TestGrammarSentenceByAlineas(t *testing.T) {
	A := []string{"Le maire agit. Le juge note."}
	runGrammar(t, []grammarCase{
		{name: "remplacée par deux alinéas: refused", before: A, text: []string{"La seconde phrase du premier alinéa de l'article L. 1 du code civil est remplacée par deux alinéas ainsi rédigés :", "« Le préfet voit. »", "« Le greffier lit. »"}},
		{name: "remplacée par deux phrases", before: A, text: []string{"La seconde phrase du premier alinéa de l'article L. 1 du code civil est remplacée par deux phrases ainsi rédigées :", "« Le préfet voit. Le greffier lit. »"}, want: []string{"Le maire agit. Le préfet voit. Le greffier lit."}},
	})
}

// TestGrammarOccurrencesCountedQuoted: "toutes les occurrences du" inside
// new text is the new text's words, kept as they are.
func TestGrammarOccurrencesCountedQuoted(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "in an inline quotation", before: []string{"Le maire agit."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil est ainsi rédigé : « Il compte toutes les occurrences du mot. »"}, want: []string{"Il compte toutes les occurrences du mot."}},
	})
}

// TestGrammarUniqueAlinea: "l'alinéa unique", "l'unique alinéa" is the
// first alinéa, refused unless it is also the last (it was refused).
func TestGrammarUniqueAlinea(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "l'alinéa unique est complété", before: []string{"Le maire agit."}, text: []string{"L'alinéa unique de l'article L. 1 du code civil est complété par les mots : « seul »."}, want: []string{"Le maire agit seul."}},
		{name: "à l'unique alinéa", before: []string{"Le maire agit."}, text: []string{"À l'unique alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit."}},
		{name: "two alinéas: refused", before: []string{"Le maire agit.", "Le juge note."}, text: []string{"L'alinéa unique de l'article L. 1 du code civil est complété par les mots : « seul »."}},
	})
}

// TestGrammarTrailingLocatorDeletion: a deletion whose place comes last,
// "Les mots : « A » sont supprimés au deuxième alinéa de l'article L. 1",
// is read as a replacement's is ("Au deuxième alinéa de l'article L. 1,
// les mots : « A » sont supprimés"; it was refused).
func TestGrammarTrailingLocatorDeletion(t *testing.T) {
	A := []string{"Un maire.", "Deux maire.", "Trois maire."}
	runGrammar(t, []grammarCase{
		{name: "sont supprimés au deuxième alinéa de l'article", before: A, text: []string{"Les mots : « maire » sont supprimés au deuxième alinéa de l'article L. 1 du code civil."}, want: []string{A[0], "Deux.", A[2]}},
		{name: "est supprimé à l'article", before: []string{"Un maire seul."}, text: []string{"Le mot : « seul » est supprimé à l'article L. 1 du code civil."}, want: []string{"Un maire."}},
	})
}

// TestGrammarWordsAddedAtPlace: the words first, then the verb — "À la
// fin du deuxième alinéa, les mots : « A » sont ajoutés", "Les mots : « A »
// sont ajoutés à la fin du deuxième alinéa de l'article L. 1", "Au début
// …, les mots : « A » sont insérés" — add them at the place said (they
// were refused); with no place said, refused.
func TestGrammarWordsAddedAtPlace(t *testing.T) {
	A := []string{"Un maire.", "Deux maire."}
	runGrammar(t, []grammarCase{
		{name: "à la fin …, les mots sont ajoutés", before: A, text: []string{"À la fin du deuxième alinéa de l'article L. 1 du code civil, les mots : « seul » sont ajoutés."}, want: []string{A[0], "Deux maire seul."}},
		{name: "les mots sont ajoutés à la fin de …", before: A, text: []string{"Les mots : « seul » sont ajoutés à la fin du deuxième alinéa de l'article L. 1 du code civil."}, want: []string{A[0], "Deux maire seul."}},
		{name: "au début …, les mots sont insérés", before: A, text: []string{"Au début du deuxième alinéa de l'article L. 1 du code civil, les mots : « Ainsi, » sont insérés."}, want: []string{A[0], "Ainsi, Deux maire."}},
		{name: "no place: refused", before: A, text: []string{"Au deuxième alinéa de l'article L. 1 du code civil, les mots : « seul » sont ajoutés."}},
	})
}
