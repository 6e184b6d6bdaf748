package law

import "testing"

// TestExcept12TrailingException: a repeal (deletion) whose exception
// follows the verb — "L'article L. 1 est abrogé, à l'exception de son
// dernier alinéa", "… est supprimé, sauf sa première phrase" — is read as
// the same instruction with the exception before the verb (the kept part
// stays, the rest is deleted as "Les premier à avant-dernier alinéas …
// sont supprimés" is). What the comma form refuses stays refused: a part
// kept that is not a first or last alinéa or sentence, alinéas of a
// part, articles of a range ("sauf son II" is read since except17: the I
// repealed, TestExcept17ArticleButParagraphs).
func TestExcept12TrailingException(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche.", "Le juge statue."}
	S := []string{"Le juge signe. Le juge tranche. Le juge statue.", "Le maire signe."}
	runGrammar(t, []grammarCase{
		{name: "but its last alinéa", before: A, text: []string{"L'article L. 1 du code civil est abrogé, à l'exception de son dernier alinéa."},
			want: []string{"Le juge statue."}},
		{name: "but its first alinéa, sauf", before: A, text: []string{"L'article L. 1 du code civil est abrogé, sauf son premier alinéa."},
			want: []string{"Le juge signe."}},
		{name: "but its two first alinéas, hormis", before: A, text: []string{"L'article L. 1 du code civil est abrogé, hormis ses deux premiers alinéas."},
			want: []string{"Le juge signe.", "Le juge tranche."}},
		{name: "but its first sentence, supprimé", before: S, text: []string{"Le premier alinéa de l'article L. 1 du code civil est supprimé, à l'exception de sa première phrase."},
			want: []string{"Le juge signe.", "Le maire signe."}},
		{name: "under a head", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Il est abrogé, à l'exception de son dernier alinéa ;"},
			want: nil},
		{name: "item, in a list", before: A, text: []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé, à l'exception de son dernier alinéa ;"},
			want: []string{"Le juge statue."}},
		{name: "sauf son II: read since except17", before: []string{"I. – Le juge signe.", "II. – Le juge tranche."}, text: []string{"L'article L. 1 du code civil est abrogé, sauf son II."},
			want: []string{"I. – (Abrogé)", "II. – Le juge tranche."}},
		{name: "but its second alinéa: refused", before: A, text: []string{"L'article L. 1 du code civil est abrogé, à l'exception de son deuxième alinéa."}},
		{name: "alinéa of a part: refused", before: []string{"I. – Le juge signe.", "Le juge tranche.", "II. – Le juge statue."}, text: []string{"Le I de l'article L. 1 du code civil est abrogé, à l'exception de son dernier alinéa."}},
		{name: "articles of a range but one: read (except14)", before: A, more: map[string][]string{"L2": {"x"}, "L3": {"y"}}, text: []string{"Les articles L. 1 à L. 3 du code civil sont abrogés, à l'exception de l'article L. 2."},
			want: []string{}},
		{name: "words kept: refused", before: A, text: []string{"L'article L. 1 du code civil est abrogé, sauf les mots : « Le juge »."}},
	})
}

// TestExcept12DayHead: a head that is a day alone, "À compter du 1er
// janvier 2030 :", defers its items to that day, as "À compter du 1er
// janvier 2030, le code civil est ainsi modifié :" does (they were refused
// as held under a condition); nested heads too. Another head holding a
// time ("Jusqu'au 31 décembre 2030 :") still refuses its items, and a
// part after the head's applies now.
func TestExcept12DayHead(t *testing.T) {
	P := []string{"I. – Le maire signe.", "II. – Le préfet date."}
	runDays(t, []dayCase{
		{"items", P, []string{"À compter du 1er janvier 2030 :", "1° Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge » ;", "2° Le II de l'article L. 1 du code civil est abrogé."}, "2030-01-01", []string{"I. – Le juge signe.", "II. – (Abrogé)"}},
		{"numbered, à partir du, nested", P, []string{"I. – À partir du 1er juillet 2031 :", "1° L'article L. 1 du code civil est ainsi modifié :", "a) Au I, le mot : « maire » est remplacé par le mot : « juge » ;", "b) Le II est abrogé."}, "2031-07-01", []string{"I. – Le juge signe.", "II. – (Abrogé)"}},
	})
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"I. – À compter du 1er janvier 2030 :", "1° Le II de l'article L. 1 du code civil est abrogé.", "II. – Le I de l'article L. 1 du code civil est abrogé."}}})
	if len(ins) != 2 || ins[0].Deferred == nil || ins[0].Deferred.On != "2030-01-01" || ins[1].Status != Parsed || ins[1].Deferred != nil {
		t.Fatalf("%+v", ins)
	}
	for _, head := range []string{"Jusqu'au 31 décembre 2030 :", "À compter du 31 février 2030 :", "À compter du 1er janvier 2030 et jusqu'au 31 décembre 2031 :"} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{head, "1° Le II de l'article L. 1 du code civil est abrogé."}}})
		for _, in := range ins {
			if in.Status == Parsed || in.Deferred != nil {
				t.Errorf("%s: read %+v", head, in)
			}
		}
	}
}
