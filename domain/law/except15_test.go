package law

import (
	"strings"
	"testing"
)

// TestExcept15RewrittenButAPart: a division rewritten but for a part said
// after the verb, before the colon — "Le premier alinéa est ainsi rédigé,
// à l'exception de sa dernière phrase : « … »" — is the form with the
// exception before the verb (the part kept stays; it was dropped, the
// whole division rewritten). An exception exceptedPart does not read, or
// after "ainsi modifié" or "remplacé par", is refused.
func TestExcept15RewrittenButAPart(t *testing.T) {
	L := []string{"Le juge signe. Il tranche. Il statue.", "Le greffier note.", "Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "alinéa but its last sentence", before: L, text: []string{"Le premier alinéa de l'article L. 1 du code civil est ainsi rédigé, à l'exception de sa dernière phrase : « Le juge lit. »"},
			want: []string{"Le juge lit. Il statue.", "Le greffier note.", "Le maire date."}},
		{name: "article but its last alinéa, sauf", before: L, text: []string{"L'article L. 1 du code civil est ainsi rédigé, sauf son dernier alinéa : « Le juge lit. »"},
			want: []string{"Le juge lit.", "Le maire date."}},
		{name: "before the verb, as before", before: L, text: []string{"Le premier alinéa de l'article L. 1 du code civil, à l'exception de sa dernière phrase, est ainsi rédigé : « Le juge lit. »"},
			want: []string{"Le juge lit. Il statue.", "Le greffier note.", "Le maire date."}},
		{name: "a middle alinéa kept: refused", before: L, text: []string{"L'article L. 1 du code civil est ainsi rédigé, à l'exception de son deuxième alinéa : « Le juge lit. »"}},
		{name: "a part of an article kept: refused", before: L, text: []string{"L'article L. 1 du code civil est ainsi rédigé, sauf son II : « Le juge lit. »"}},
		{name: "ainsi modifié, sauf: refused", before: L, text: []string{"L'article L. 1 du code civil est ainsi modifié, sauf son dernier alinéa :", "1° Le mot : « juge » est remplacé par le mot : « magistrat »."}},
		{name: "remplacé, sauf, par: refused", before: L, text: []string{"Le premier alinéa de l'article L. 1 du code civil est remplacé, à l'exception de sa dernière phrase, par les mots : « Le juge lit. »"}},
	})
	for _, text := range []string{
		"L'article L. 1 du code civil est ainsi rédigé, sauf son II : « Le juge lit. »",
		"L'article L. 1 du code civil est ainsi modifié, à l'exception de son 2° :",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed || !strings.Contains(ins[0].Reason, "an exception after a verb of rewriting") {
			t.Errorf("%s: %+v", text, ins)
		}
	}
}

// TestExcept15WordsExcepted: words named as an exception, "à l'exception
// des mots : « A »", "sauf les mots « A »", "hormis le mot « A »", before
// or after the operation, are refused (the exception was read as one more
// list of words: « Le maire » deleted with « Le »). Quoted text holding
// these words is text.
func TestExcept15WordsExcepted(t *testing.T) {
	L := []string{"Le juge signe. Il tranche.", "Le greffier note.", "Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "before the operation", before: L, text: []string{"À l'article L. 1 du code civil, à l'exception des mots : « Le maire », le mot : « Le » est supprimé."}},
		{name: "sauf les mots", before: L, text: []string{"À l'article L. 1 du code civil, sauf les mots « Le maire », le mot : « Le » est remplacé par le mot : « Un »."}},
		{name: "hormis le mot, after", before: L, text: []string{"À l'article L. 1 du code civil, le mot : « Le » est supprimé, hormis le mot : « Le » de la dernière phrase."}},
		{name: "exception faite de", before: L, text: []string{"À l'article L. 1 du code civil, exception faite de « Le maire », le mot : « Le » est supprimé."}},
		{name: "quoted exception is text", before: L, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « tranche » est remplacé par les mots : « tranche, sauf à l'exception des mots »."},
			want: []string{"Le juge signe. Il tranche, sauf à l'exception des mots.", "Le greffier note.", "Le maire date."}},
		{name: "the word sauf quoted", before: []string{"Le juge signe sauf refus."}, text: []string{"À l'article L. 1 du code civil, le mot : « sauf » est remplacé par le mot : « hormis »."},
			want: []string{"Le juge signe hormis refus."}},
	})
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"À l'article L. 1 du code civil, à l'exception des mots : « Le maire », le mot : « Le » est supprimé."}}})
	if len(ins) != 1 || ins[0].Status != Unparsed || !strings.Contains(ins[0].Reason, "words named as an exception") {
		t.Errorf("%+v", ins)
	}
}
