package law

import (
	"errors"
	"testing"
)

// TestTyped21ParseRefusalsTyped: each refusal at parse time that set a
// reason only carries its typed error (errors.Is) beside its Reason,
// the same text; the instruction stays Unparsed.
func TestTyped21ParseRefusalsTyped(t *testing.T) {
	L1 := "de l'article L. 1 du code civil"
	for _, c := range []struct {
		name string
		text []string
		want error
		at   int // the instruction refused
	}{
		{"sentences over alinéas", []string{"L'article L. 1 du code civil est complété par deux phrases ainsi rédigées :", "« Il vient.", "Il part. »"}, errSentencesOverAlineas, 0},
		{"a second quoted alinéa", []string{"Le premier alinéa " + L1 + " est remplacé par un alinéa ainsi rédigé :", "« X. »", "« Y. »"}, errSecondQuotedAlinea, 0},
		{"an article under several", []string{"L'article L. 1 du code civil et l'article L. 2 du code de commerce sont ainsi modifiés :", "1° À l'article L. 3, le mot : « juge » est remplacé par le mot : « maire »."}, errArticleUnderSeveral, 1},
		{"no edit inside the range", []string{"Les articles L. 1 à L. 3 du code civil sont ainsi modifiés :", "1° Il est ajouté un article L. 4 ainsi rédigé :", "« Art. L. 4. – A. »"}, errNoEditInsideRange, 1},
		{"parts left out", []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Le juge lit. »", "« ……… »"}, errPartsLeftOut, 0},
		{"a clause after the announcement", []string{"Le 3° " + L1 + " est ainsi rédigé, à titre expérimental :", "« 3° Partir. »"}, errClauseAfterAnnouncement, 0},
		{"new text after a context", []string{"L'article L. 1 du code civil est ainsi modifié :", "« Il vient. »"}, errTextAfterContext, 0},
		{"sentences counted", []string{"L'article L. 1 du code civil est complété par deux phrases ainsi rédigées : « Il vient. »"}, errSentenceCount, 0},
		{"items and alinéas joined", []string{"Le 4° et le dernier alinéa " + L1 + " sont complétés par le mot : « fort »."}, errMixedSubjects, 0},
		{"label differs", []string{"Après le 2° " + L1 + ", il est inséré un 3° ainsi rédigé : « 4° Partir ; »"}, errAnnouncedLabelDiffers, 0},
		{"label missing", []string{"Après le 2° " + L1 + ", il est inséré un 2° bis ainsi rédigé : « Partir ; »"}, errAnnouncedLabelMissing, 0},
		{"unknown code", []string{"La section 2 du chapitre III du titre II du livre VII est complétée par un article L. 1 ainsi rédigé :", "« Art. L. 1. – Le juge lit. »"}, errUnknownCode, 0},
		{"alinéas as words", []string{"Le 2° " + L1 + " est complété par des alinéas ainsi rédigés :", "« , sauf urgence »"}, errAlineasAsWords, 0},
		{"alinéas counted", []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "« A. »", "« B. »", "« C. »"}, errAlineaCount, 0},
		{"articles counted", []string{"Après l'article L. 1 du code civil, sont insérés deux articles ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – B.", "« Art. L. 1-3. – C. »"}, errArticleCount, 0},
		{"range exception", []string{"Les articles L. 1 à L. 5 du code civil sont abrogés, à l'exception de l'article L. 9."}, errRangeExceptionUnread, 0},
		{"article left out", []string{"Aux articles L. 1 à L. 5 du code civil, à l'exception de l'article L. 9, le mot : « juge » est remplacé par le mot : « maire »."}, errArticleLeftOutUnread, 0},
		{"renumbered and modified", []string{"Le premier alinéa " + L1 + " devient l'article L. 1-1 et est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet »."}, errRenumberedModified, 0},
		{"renumbered, another text", []string{"L'article L. 1 du code civil devient l'article L. 2 et est ainsi rédigé :", "« Art. L. 3. – Le juge lit. »"}, errRenumberedTextOther, 0},
		{"grouping", []string{"Le chapitre II du titre I du livre I du code civil devient la section 3 et comprend les articles L. 1 et L. 2."}, errGroupingRefused, 0},
		{"words excepted", []string{"À l'article L. 1 du code civil, à l'exception des mots : « le juge », le mot : « juge » est remplacé par le mot : « maire »."}, errExceptionRefused, 0},
		{"rewritten end", []string{"Après le mot : « juge », la fin du premier alinéa " + L1 + " est ainsi rédigée :", "« un ; »", "« deux. »"}, errRewrittenEndUnread, 0},
		{"text not identified", []string{"Le code de l'environnement est ainsi modifié :", "1° La loi du 29 juillet 1881 est complétée par un article 70 ainsi rédigé :", "« Art. 70. – Le maire agit. »"}, errTextNotIdentified, 1},
		{"place between", []string{"Entre les articles L. 1 et L. 2 du code civil, il est inséré un alinéa ainsi rédigé : « A. »"}, errPlaceBetweenUnread, 0},
		{"part left out", []string{"À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire » et le mot : « signe » est supprimé, sauf au 2°."}, errPartLeftOutUnread, 0},
		{"parts kept out", []string{"Au 1°, l'article L. 1 du code civil, à l'exception de son II, est abrogé."}, errPartsKeptOutUnread, 0},
		{"after the closing mark, several", []string{"Les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Il est ajouté deux alinéas ainsi rédigés :", "« A. »", "« B. » et le mot : « juge » est supprimé ;"}, errOperationAfterPayloadUnderSeveral, 1},
		{"after the closing mark", []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "« A. »", "« B. » et le mot : « a » est frobé."}, errOperationAfterPayload, 0},
		{"renumbered and rewritten", []string{"Le premier alinéa " + L1 + " devient l'article L. 1-1 et est ainsi rédigé :", "« Art. L. 1-1. – A. »"}, errRenumberedRewritten, 0},
		{"second clause", []string{"Le premier alinéa " + L1 + " est ainsi rédigé : « Un et deux. » et le second est supprimé."}, errClausesUnread, 0},
		{"deferred", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – Le I et le III entrent en vigueur le 1er janvier 2030.", "III. – L'article L. 2 du code civil est abrogé."}, errDeferred, 0},
		{"entry into force", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – Le I entre en vigueur le 1er janvier 2030, les mots : « a » étant frobés."}, errEntryIntoForce, 1},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.text}})
		if c.at >= len(ins) {
			t.Errorf("%s: %d instructions", c.name, len(ins))
			continue
		}
		in := ins[c.at]
		if in.Status != Unparsed || !errors.Is(in.refusal, c.want) || in.Reason != in.refusal.Error() {
			t.Errorf("%s: %v %q (%v); want %v", c.name, in.Status, in.Reason, in.refusal, c.want)
		}
	}
}

// TestTyped21RefusalCause: a refusal that wraps another (the second of
// two operations after the new text's closing mark, itself the clauses'
// refusal) is both (errors.Is); an instruction read is no refusal.
func TestTyped21RefusalCause(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "« A. »", "« B. » et le mot : « a » est frobé."}}})
	if len(ins) != 1 || !errors.Is(ins[0].refusal, errOperationAfterPayload) || !errors.Is(ins[0].refusal, errClausesUnread) {
		t.Errorf("got %+v", ins)
	}
	ins = ParseInstructions([]Article{{Number: "1er", Alineas: []string{"L'article L. 1 du code civil est abrogé."}}})
	if len(ins) != 1 || ins[0].Status != Parsed || ins[0].refusal != nil {
		t.Errorf("got %+v", ins)
	}
}

// TestTyped21AllAlineasCounted: "les quatre alinéas de l'article L. 1",
// "aux deux alinéas", "les deux alinéas du II" are every alinéa of the
// division, which must hold that many (it was refused: a designation not
// read); one more or one fewer refuses the edit at its application.
// "les deux alinéas suivants" is no such mention.
func TestTyped21AllAlineasCounted(t *testing.T) {
	four := []string{"Un.", "Deux.", "Trois.", "Quatre."}
	runGrammar(t, []grammarCase{
		{name: "les quatre alinéas remplacés", before: four, text: []string{"Les quatre alinéas de l'article L. 1 du code civil sont remplacés par un alinéa ainsi rédigé : « Cinq. »"}, want: []string{"Cinq."}},
		{name: "aux deux alinéas", before: []string{"Un.", "Un bis."}, text: []string{"Aux deux alinéas de l'article L. 1 du code civil, le mot : « Un » est remplacé par le mot : « Uno »."}, want: []string{"Uno.", "Uno bis."}},
		{name: "les deux alinéas du II", before: []string{"I. – Un.", "II. – Deux.", "Trois.", "III. – Quatre."}, text: []string{"Les deux alinéas du II de l'article L. 1 du code civil sont supprimés."}, want: []string{"I. – Un.", "III. – Quatre."}},
		{name: "ainsi rédigés", before: []string{"Un.", "Deux."}, text: []string{"Les deux alinéas de l'article L. 1 du code civil sont ainsi rédigés :", "« Uno. »", "« Dos. »"}, want: []string{"Uno.", "Dos."}},
		{name: "three named, four held: refused", before: four, text: []string{"Les trois alinéas de l'article L. 1 du code civil sont supprimés."}},
		{name: "five named, four held: refused", before: four, text: []string{"Les cinq alinéas de l'article L. 1 du code civil sont supprimés."}},
	})
}

// TestTyped21FollowingNamed: an alinéa or a sentence named as following
// a place ("l'alinéa suivant est supprimé", "les deux alinéas suivants
// sont ainsi rédigés", "L'alinéa suivant le premier alinéa …", "la phrase
// suivante est supprimée") is refused, errFollowingNamed: the place
// before it was edited instead. New text announced so ("il est inséré
// l'alinéa suivant :", "… par la phrase suivante : « … »") is read.
func TestTyped21FollowingNamed(t *testing.T) {
	four := []string{"Un.", "Deux.", "Trois.", "Quatre."}
	after := "Après le premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "l'alinéa suivant est supprimé: refused", before: four, text: []string{after + "l'alinéa suivant est supprimé."}},
		{name: "les deux alinéas suivants sont ainsi rédigés: refused", before: four, text: []string{after + "les deux alinéas suivants sont ainsi rédigés :", "« A. »", "« B. »"}},
		{name: "l'alinéa suivant le premier: refused", before: four, text: []string{"L'alinéa suivant le premier alinéa de l'article L. 1 du code civil est supprimé."}},
		{name: "la phrase suivante: refused", before: []string{"Un. Deux.", "Trois."}, text: []string{"Après la première phrase du premier alinéa de l'article L. 1 du code civil, la phrase suivante est supprimée."}},
		{name: "il est inséré l'alinéa suivant", before: four, text: []string{after + "il est inséré l'alinéa suivant :", "« Un bis. »"}, want: []string{"Un.", "Un bis.", "Deux.", "Trois.", "Quatre."}},
		{name: "sont insérés les deux alinéas suivants", before: four, text: []string{after + "sont insérés les deux alinéas suivants :", "« A. »", "« B. »"}, want: []string{"Un.", "A.", "B.", "Deux.", "Trois.", "Quatre."}},
		{name: "par la phrase suivante", before: four, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par la phrase suivante : « Il part. »"}, want: []string{"Un. Il part.", "Deux.", "Trois.", "Quatre."}},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{after + "l'alinéa suivant est supprimé."}}})
	if len(ins) != 1 || !errors.Is(ins[0].refusal, errFollowingNamed) {
		t.Errorf("got %+v", ins)
	}
}
