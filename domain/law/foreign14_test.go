package law

import "testing"

// TestForeign14SameForeignText: an article of a règlement, a directive,
// the Constitution, a traité, a convention, an accord, a protocole named
// again — "du même règlement", "dudit règlement", "de ce règlement", "du
// règlement précité", "de ladite directive", "de cette directive", "de la
// même Constitution", "dudit protocole" — is never the context's code's
// article of that number (it was edited); nor "l'article premier
// (unique) de la loi du 9 décembre 1905" (the code's "unique" was). The
// context's own articles stay read.
func TestForeign14SameForeignText(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	head := "Le code de l'environnement est ainsi modifié :"
	for _, tc := range []struct{ first, again string }{
		{"du règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016", "du même règlement"},
		{"du règlement (UE) 2016/679", "dudit règlement"},
		{"du règlement (UE) 2016/679", "de ce règlement"},
		{"du règlement (CE) n° 1007/2008", "du règlement précité"},
		{"de la directive 2006/123/CE", "de ladite directive"},
		{"de la directive 2006/123/CE", "de la même directive"},
		{"de la directive 2006/123/CE", "de cette directive"},
		{"de la directive 2006/123/CE", "de la directive précitée"},
		{"de la Constitution", "de la même Constitution"},
		{"du traité sur le fonctionnement de l'Union européenne", "du même traité"},
		{"de la convention de sauvegarde des droits de l'homme et des libertés fondamentales", "de ladite convention"},
		{"de l'accord", "du même accord"},
		{"du protocole", "dudit protocole"},
		{"de la loi du 29 juillet 1881 sur la liberté de la presse", "de la même loi"},
	} {
		got := holdRefs(t, head, "1° À l'article 4 "+tc.first+op, "2° À l'article 5 "+tc.again+op)
		lastRefs(t, tc.again, got, nil)
		lastRefs(t, tc.again+" (first)", got[:1], nil)
	}
	for _, text := range []string{"premier", "unique"} {
		lastRefs(t, "article "+text, holdRefs(t, head, "1° À l'article "+text+" de la loi du 9 décembre 1905"+op), nil)
	}
	// After a code named, "du même code" is that code, a règlement between.
	lastRefs(t, "du même code", holdRefs(t, "I. – L'article 3 du code civil est abrogé.", "II. – À l'article 4 du règlement (UE) 2016/679"+op, "III. – À l'article 5 du même code"+op), []CodeRef{{Code: "code civil", Article: "5"}})
	lastRefs(t, "the context's article", holdRefs(t, head, "1° À l'article 4 du règlement (UE) 2016/679"+op, "2° À l'article 5"+op), []CodeRef{{Code: "code de l environnement", Article: "5"}})
}

// TestForeign14DivisionOfForeignText: a division of a text not
// identified as the context — "Le titre II de la loi du 9 décembre 1905
// est ainsi modifié :", "Le chapitre III du règlement (UE) 2016/679 …",
// "Le titre II de la Constitution …" —, or as the place of an edit ("À
// l'annexe I du règlement …"), is refused with its items (under "Le code
// … est ainsi modifié :" the code's article 24 was repealed).
func TestForeign14DivisionOfForeignText(t *testing.T) {
	head := "Le code de l'environnement est ainsi modifié :"
	item := "a) L'article 24 est abrogé ;"
	for _, div := range []string{
		"Le titre II de la loi du 9 décembre 1905",
		"Le chapitre III du règlement (UE) 2016/679",
		"Le titre II de la Constitution",
		"La section 2 du chapitre Ier de la directive 2006/123/CE",
		"L'annexe I du même règlement",
	} {
		lastRefs(t, div, holdRefs(t, head, "1° "+div+" est ainsi modifié :", item), nil)
	}
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	for _, place := range []string{
		"À l'annexe I du règlement (UE) 2016/679",
		"Au premier alinéa du préambule de la Constitution",
	} {
		lastRefs(t, place, holdRefs(t, head, "1° "+place+op), nil)
	}
	// The code's own divisions stay read.
	lastRefs(t, "the code's division", holdRefs(t, head, "1° Le titre II du livre Ier est ainsi modifié :", item), []CodeRef{{Code: "code de l environnement", Article: "24"}})
}

// TestForeign14NewArticlesInForeignText: new articles placed after an
// article of a text not identified, or in such a text whole — "Après
// l'article 24 de la Constitution, il est inséré un article 24-1 …", "La
// loi du 29 juillet 1881 est complétée par un article 70 …", "La
// directive … est complétée par …" — are refused (under "Le code … est
// ainsi modifié :" they were created in the code). New articles after
// the code's article, in a clause naming "la présente loi", are read.
func TestForeign14NewArticlesInForeignText(t *testing.T) {
	head := "Le code de l'environnement est ainsi modifié :"
	for _, tc := range []struct{ line, art string }{
		{"1° La loi du 29 juillet 1881 est complétée par un article 70 ainsi rédigé :", "« Art. 70. – Le maire agit. »"},
		{"1° La Constitution est complétée par un article 90 ainsi rédigé :", "« Art. 90. – Le maire agit. »"},
		{"1° La directive 2006/123/CE est complétée par un article 90 ainsi rédigé :", "« Art. 90. – Le maire agit. »"},
		{"1° Après l'article 24 de la loi du 29 juillet 1881, il est inséré un article 24 bis ainsi rédigé :", "« Art. 24 bis. – Le maire agit. »"},
		{"1° Après l'article 24 de la Constitution, il est inséré un article 24-1 ainsi rédigé :", "« Art. 24-1. – Le maire agit. »"},
		{"1° Il est inséré, après l'article 24 de la Constitution, un article 24-1 ainsi rédigé :", "« Art. 24-1. – Le maire agit. »"},
	} {
		lastRefs(t, tc.line, holdRefs(t, head, tc.line, tc.art), nil)
	}
	lastRefs(t, "présente loi", holdRefs(t, head, "1° Après l'article L. 1, dans sa rédaction résultant de l'article 3 de la présente loi, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Il agit. »"), []CodeRef{{Code: "code de l environnement", Article: "l1"}})
	lastRefs(t, "the code's section", holdRefs(t, head, "1° La section 2 du chapitre III est complétée par un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Il agit. »"), []CodeRef{{Code: "code de l environnement"}})
}

// TestForeign14QuotedNamesAreWords: names of foreign texts inside
// quotations are words — replaced, inserted, or in new articles — never
// a place: the code's article is edited.
func TestForeign14QuotedNamesAreWords(t *testing.T) {
	head := "Le code de l'environnement est ainsi modifié :"
	want := []CodeRef{{Code: "code de l environnement", Article: "l1"}}
	for _, text := range [][]string{
		{"1° À l'article L. 1, les mots : « l'article 4 du règlement (UE) 2016/679 » sont remplacés par les mots : « l'article 5 du même règlement » ;"},
		{"1° À l'article L. 1, les mots : « le titre II de la loi du 9 décembre 1905 » sont remplacés par les mots : « l'article premier de la Constitution » ;"},
		{"1° L'article L. 1 est complété par un alinéa ainsi rédigé :", "« Le titre II de la loi du 9 décembre 1905 s'applique, ainsi que l'article 5 dudit règlement. »"},
		{"1° Après l'article L. 1, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – La Constitution est complétée par l'annexe I de la directive 2006/123/CE. »"},
		{"1° L'article L. 1 est complété par les mots : « et à l'article premier de la loi du 9 décembre 1905 » ;"},
		{"1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le chapitre III du règlement (UE) 2016/679 s'applique. »"},
	} {
		lastRefs(t, text[0], holdRefs(t, append([]string{head}, text...)...), want)
	}
}

// TestForeign14DivisionOfTheBill: a division of the bill itself, "Le
// titre II de la présente loi", is never the context code's (its titre
// II was repealed): refused. A code's division whose clause names the
// bill ("dans sa rédaction résultant de la présente loi") stays read.
func TestForeign14DivisionOfTheBill(t *testing.T) {
	head := "Le code civil est ainsi modifié :"
	lastRefs(t, "the bill's titre", holdRefs(t, head, "1° Le titre II de la présente loi est abrogé ;"), nil)
	lastRefs(t, "the bill's chapitre", holdRefs(t, head, "1° Le chapitre II de la présente loi est ainsi modifié :", "a) L'article 24 est abrogé ;"), nil)
	lastRefs(t, "the code's titre", holdRefs(t, head, "1° Le titre II du livre Ier, dans sa rédaction résultant de la présente loi, est complété par un article 24-1 ainsi rédigé :", "« Art. 24-1. – Le maire agit. »"), []CodeRef{{Code: "code civil"}})
}

// TestForeign14NewArticlesInTextNamedAgain: new articles in a text not
// identified named again — "Ladite directive est complétée par un article
// 90 …", "La même loi est complétée …", "Après l'article 4 de la même loi,
// il est inséré …" after a law named by its date only — are refused
// (they were created in the context's code). After a law identified,
// "la même loi" is that law.
func TestForeign14NewArticlesInTextNamedAgain(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	head := "Le code civil est ainsi modifié :"
	art := "« Art. 90. – Il agit. »"
	for _, tc := range []struct{ first, line string }{
		{"1° À l'article 4 de la directive 2006/123/CE" + op, "2° Ladite directive est complétée par un article 90 ainsi rédigé :"},
		{"1° À l'article 4 du règlement (UE) 2016/679" + op, "2° Le même règlement est complété par un article 90 ainsi rédigé :"},
		{"1° À l'article 4 de la loi du 9 décembre 1905" + op, "2° La même loi est complétée par un article 90 ainsi rédigé :"},
		{"1° À l'article 4 de la loi du 9 décembre 1905" + op, "2° Après l'article 4 de la même loi, il est inséré un article 90 ainsi rédigé :"},
	} {
		lastRefs(t, tc.line, holdRefs(t, head, tc.first, tc.line, art), nil)
	}
	lastRefs(t, "a law identified", holdRefs(t, "I. – L'article 3 de la loi n° 2000-1 du 3 janvier 2000 est abrogé.", "II. – Après l'article 4 de la même loi, il est inséré un article 90 ainsi rédigé :", art), []CodeRef{{Code: "loi 2000 1", Article: "4"}})
}
