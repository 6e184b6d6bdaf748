package law

import (
	"errors"
	"io/fs"
	"os"
	"testing"
)

// TestTyped22RefusalsTyped: each refusal of a place (scopes) or of an
// instruction's body (instructionBody) carries its kind (errors.Is) on
// Instruction.refusal, its Reason the text it had (the eval lists them,
// unchanged); they were strings, one matched back to its sentinel.
func TestTyped22RefusalsTyped(t *testing.T) {
	L1 := " de l'article L. 1 du code civil"
	swap := ", le mot : « juge » est remplacé par le mot : « maire »."
	for _, c := range []struct {
		name   string
		text   []string
		want   error
		reason string
		at     int // the instruction refused
	}{
		{"a table, the context", []string{"Le tableau du second alinéa" + L1 + " est ainsi modifié :"}, errPartOfArticleUnread22, "a part of an article not read: tableau", 0},
		{"a row of a table, the place", []string{"Au tableau du second alinéa" + L1 + ", à la deuxième ligne et à la troisième ligne" + swap}, errPartOfArticleUnread22, "a part of an article not read: ligne", 0},
		{"et suivants", []string{"Aux articles L. 1 et suivants du code civil" + swap}, errPlaceUnread22, "articles \"et suivants\": the last is not named", 0},
		{"an item with a parenthesis", []string{"Au 1°)" + L1 + swap}, errPlaceUnread22, "unrecognised item designation", 0},
		{"du même code, none", []string{"À l'article L. 1 du même code" + swap}, errSameUnresolved22, "\"du même code\" with no code named before", 0},
		{"au même alinéa, none", []string{"Au même alinéa" + swap}, errSameUnresolved22, "\"au même alinéa\" with no alinéa before it in the same article", 0},
		{"ou", []string{"À l'article L. 1 ou à l'article L. 2 du code civil" + swap}, errJoinedPlacesUnread22, "a second article named apart in the locator, not read", 0},
		{"two codes", []string{"À l'article L. 1 du code civil et au code de commerce" + swap}, errTextOfPlaceUnknown22, "several codes named as one place, not read", 0},
		{"no code", []string{"Au 2° de l'article L. 1" + swap}, errUnknownCode, "article of an unknown code", 0},
		{"for a time", []string{"Jusqu'au 31 décembre 2030, à l'article L. 1 du code civil" + swap}, errNotCurrentText22, "in force for a time only, not read: jusqu'au 31 decembre 2030", 0},
		{"in a territory", []string{"Pour son application à Mayotte, l'article L. 1 du code civil est ainsi modifié :"}, errNotCurrentText22, "an adaptation, or the text as it applies in an overseas territory (pour l'application … à, en …; dans sa rédaction applicable en …): not the text we have", 0},
		{"par dérogation", []string{"Par dérogation à l'article L. 2, à l'article L. 1 du code civil" + swap}, errPartialOrConditional22, ruleBesideReason, 0},
		{"under a head refused", []string{"Jusqu'au 31 décembre 2030, l'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « juge » est remplacé par le mot : « maire »."}, errUnderUnreadHead22, "an item under a head not read", 1},
		{"a title with no words", []string{"L'intitulé de la loi n° 2000-1 du 1er janvier 2000 est ainsi rédigé :"}, errHeadingUnread22, "the title of a text, with no words quoted", 0},
		{"a heading and a place", []string{"À l'intitulé du chapitre II et à l'article L. 1 du code civil" + swap}, errHeadingAndPlaceHead, "a division's heading and another place in one locator, not read", 0},
		{"no new text", []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :"}, errNoNewText22, "no new text", 0},
		{"pairs not said", []string{"À l'article L. 1 du code civil, les mots : « juge » et « lu » sont remplacés par les mots : « maire » et « vu »."}, errWordsPairing22, "several old and new words without \"respectivement\": how they pair is not said", 0},
		{"its own new words", []string{"À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire » et le mot : « maire » est supprimé."}, errEditsOwnNewWords22, errEditsOwnNewWords22.Error(), 0},
		{"a place after the word operations", []string{"À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire » au 2°."}, errBesideWordOps22, "a part of the instruction not read after its word operations", 0},
		{"sentences apart rewritten", []string{"Les première et troisième phrases du premier alinéa" + L1 + " sont ainsi rédigées : « A. »"}, errRewriteShareUnsaid22, "several sentences rewritten together, not consecutive", 0},
		{"after several alinéas", []string{"Après les deuxième et quatrième alinéas" + L1 + ", il est inséré un alinéa ainsi rédigé : « A. »"}, errAdditionPlaceUnsaid22, "an addition after several alinéas of one division: once or after each is not said", 0},
		{"articles rewritten, one text", []string{"Les articles L. 1 et L. 2 du code civil sont ainsi rédigés :", "« Art. L. 1. – A. »"}, errNewArticlesNotNamed, "the new text's article is not the one rewritten", 0},
		{"the start of no sentence", []string{"Au premier alinéa" + L1 + ", le début de la phrase jusqu'au mot : « juge » est ainsi rédigé : « Le maire »"}, errRewrittenStartUnread22, "the start of a sentence not named", 0},
		{"a renumbering in two places", []string{"Au 1°" + L1 + " et à l'article L. 2, le a devient le b."}, errRenumberingUnread22, "renumbering: the locator is not one article or division of one", 0},
		{"no form", []string{"L'article L. 1 du code civil est modifié par les mots : « juge »."}, errNoKnownForm22, "no known instruction form", 0},
		{"a division comprising", []string{"Le chapitre II du titre Ier du livre Ier du code civil comprend les articles L. 1 et L. 2."}, errFormRefused22, "", 0},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.text}})
		typed22Refused(t, c.name, ins, c.at, c.want, c.reason)
	}
}

// TestTyped22RefusalCause: a place refused inside a rewritten end is
// both kinds (the end not read, and why the place was not); the
// sentinel of a clause in the locator is found as itself, not by its
// text.
func TestTyped22RefusalCause(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Après le mot : « juge », la fin du même alinéa est ainsi rédigée : « maire. »"}}})
	if len(ins) != 1 || !errors.Is(refusalSaid(&ins[0]), errRewrittenEndUnread) || !errors.Is(ins[0].refusal, errSameUnresolved22) {
		t.Errorf("got %+v", ins)
	}
	p := newParser()
	_, ok, why := p.scopes("a l'article l. 1 du code civil est ainsi modifie", "à l'article L. 1 du code civil est ainsi modifié", Scope{})
	if ok || why != errVerbInLocator {
		t.Errorf("verb in the locator: %v %v", ok, why)
	}
}

// TestTyped22OtherRefusalsTyped: the refusals at parse time outside
// instructionBody that set a Reason only carry their kind too, the
// Reason the same: a part "(Non modifié)", an item of an enabling
// clause, an item under a condition's head, quoted text with no
// instruction, alinéas apart made one part, a place named in the
// version a later part of the law gives it.
func TestTyped22OtherRefusalsTyped(t *testing.T) {
	swap := ", le mot : « juge » est remplacé par le mot : « maire »."
	for _, c := range []struct {
		name   string
		arts   [][]string
		want   error
		reason string
		at     int
	}{
		{"non modifié", [][]string{{"L'article L. 1 du code civil est ainsi modifié :", "1° (Non modifié)", "2° Le mot : « juge » est remplacé par le mot : « maire »."}}, errUnchangedPart22, errUnchangedPart22.Error(), 1},
		{"enabling", [][]string{{"Dans les conditions prévues à l'article 38 de la Constitution, le Gouvernement est autorisé à prendre par voie d'ordonnance les mesures suivantes :", "1° Modifier l'article L. 1 du code civil ;"}}, errEnablingItem22, errEnablingItem22.Error(), 0},
		{"under a condition", [][]string{{"À titre expérimental :", "1° À l'article L. 1 du code civil" + swap}}, errConditionHead22, conditionHeadReason, 0},
		{"quoted, no instruction", [][]string{{"« Le juge lit. »"}}, errQuotedWithoutInstruction22, "quoted text without a known instruction", 0},
		{"alinéas apart made a I", [][]string{{"Les premier et troisième alinéas de l'article L. 1 du code civil constituent un I."}}, errConstitutesUnread22, "a part made of alinéas apart", 0},
		{"a later part's version", [][]string{{"À l'article L. 1 du code civil, dans sa rédaction résultant de l'article 2 de la présente loi" + swap}, {"À l'article L. 1 du code civil, le mot : « lit » est remplacé par le mot : « signe »."}}, errNotCurrentText22, "", 0},
	} {
		var arts []Article
		for k, al := range c.arts {
			arts = append(arts, Article{Number: ArticleNumber(string(rune('1' + k))), Alineas: al})
		}
		ins := ParseInstructions(arts)
		typed22Refused(t, c.name, ins, c.at, c.want, c.reason)
	}
}

// TestTyped22CorpusRefusalsTyped: every instruction of the laws of
// testdata refused at parse time carries a typed refusal its Reason
// says (none is a string only).
func TestTyped22CorpusRefusalsTyped(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every law of testdata")
	}
	fsys := os.DirFS("testdata")
	n := 0
	err := fs.WalkDir(fsys, ".", func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || !isLawDir(fsys, dir) {
			return err
		}
		_, arts, _, _, rerr := readLawText(fsys, dir)
		if rerr != nil {
			return nil // a folder with no text: the eval says it
		}
		for _, in := range ParseInstructions(arts) {
			if in.Status != Unparsed {
				continue
			}
			n++
			if refusalSaid(&in) == nil {
				t.Errorf("%s art. %s al. %d: refused with a string only: %q", dir, in.Article, in.Alinea, in.Reason)
			}
		}
		return nil
	})
	if err != nil || n == 0 {
		t.Fatalf("%d refusals read: %v", n, err)
	}
}

// typed22Refused checks that instruction at of ins is refused with want,
// its Reason reason when given.
func typed22Refused(t *testing.T, name string, ins []Instruction, at int, want error, reason string) {
	t.Helper()
	if at >= len(ins) {
		t.Errorf("%s: %d instructions", name, len(ins))
		return
	}
	in := ins[at]
	if in.Status != Unparsed || !errors.Is(refusalSaid(&in), want) || reason != "" && in.Reason != reason {
		t.Errorf("%s: %v %q (%v); want %v %q", name, in.Status, in.Reason, in.refusal, want, reason)
	}
}
