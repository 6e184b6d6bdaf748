package law

import (
	"slices"
	"testing"
)

// Every kind an amendment's refusal may be of is listed once, with a
// class of RefusalClasses, and every class but the engine's has a kind.
func TestRefusalClassEveryKind(t *testing.T) {
	kinds := map[error]bool{}
	used := map[RefusalClass]bool{RefusalEngine: true}
	for _, c := range refusalClasses {
		if kinds[c.kind] {
			t.Errorf("kind %q listed twice", c.kind)
		}
		kinds[c.kind] = true
		used[c.class] = true
		if !slices.Contains(RefusalClasses, c.class) {
			t.Errorf("class %q not in RefusalClasses", c.class)
		}
	}
	for _, c := range RefusalClasses {
		if !used[c] {
			t.Errorf("class %q given to no kind", c)
		}
	}
}

// Each class from a short dispositif, as a reader of the bill meets it.
func TestRefusalClassOf(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"Le maire signe l'acte.", "Le juge lit le dossier."}}
	for _, c := range []struct {
		name, disp string
		want       RefusalClass
	}{
		{"a sub-amendment", "Amendement n° 10, alinéa 3\nRemplacer le mot :\njuge\npar le mot :\nclerc", RefusalSubAmendment},
		{"words not found", "À l'alinéa 2, supprimer le mot : « greffier ».", RefusalNotApplicable},
		{"an alinéa not there", "À l'alinéa 9, supprimer le mot : « juge ».", RefusalNotApplicable},
		{"no form read", "Faire en sorte que le juge lise mieux.", RefusalNotRead},
		{"deleted and edited", "I. – Supprimer cet article.\nII. – À l'alinéa 2, supprimer le mot : « juge ».", RefusalNotRead},
		{"empty", "", RefusalNoInstruction},
		{"a compensation of its own", "I. – À l'alinéa 2, supprimer le mot : « juge ».\nII. – Pour compenser la perte de recettes résultant du I, il est créé une taxe additionnelle aux droits prévus aux articles 575 et 575 A du code général des impôts.", RefusalOtherText},
		{"another code", "I. – À l'alinéa 2, supprimer le mot : « juge ».\nII. – Le code général des impôts est ainsi modifié :\n1° L'article 575 est abrogé.", RefusalOtherText},
	} {
		r := ApplyAmendment(a, c.disp)
		if r.Applied || len(r.Refusals) == 0 {
			t.Errorf("%s: applied %v, refusals %v", c.name, r.Applied, r.Refusals)
			continue
		}
		if got := ClassOf(r.Refusals[0]); got != c.want {
			t.Errorf("%s: class %q, want %q (%v)", c.name, got, c.want, r.Refusals[0])
		}
	}
	_, rs := ComposeNumbered(a, []Dispositif{
		{Number: "1", Text: "Rédiger ainsi l'alinéa 2 :\n« Le greffier lit. »"},
		{Number: "2", Text: "À l'alinéa 2, supprimer le mot : « juge »."},
		{Number: "3", Text: "Amendement n° 42, alinéa 1\nRemplacer le mot :\nclerc\npar le mot :\ngreffier"},
	})
	if got := ClassOf(rs[1].Refusals[0]); got != RefusalFalls {
		t.Errorf("an alinéa rewritten before: class %q", got)
	}
	if got := ClassOf(rs[2].Refusals[0]); got != RefusalSubAmendment {
		t.Errorf("a sub-amendment of an amendment not composed: class %q", got)
	}
	if got := ClassOf(&EngineFailure{Value: "boom"}); got != RefusalEngine {
		t.Errorf("engine failure: class %q", got)
	}
}

// Each class of an instruction not read, from a short phrase.
func TestInstructionClassOf(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  RefusalClass
	}{
		{"an enabling clause's item", []string{"Dans les conditions prévues à l'article 38 de la Constitution, le Gouvernement est autorisé à prendre par ordonnance les mesures relevant du domaine de la loi :", "1° Modifiant le code civil afin de simplifier les actes."}, RefusalEnabling},
		{"unchanged", []string{"I. – (Non modifié)"}, RefusalUnchanged},
		{"du même code after none", []string{"L'article L. 1 du même code est abrogé."}, RefusalTextUnknown},
		{"a new article of no code", []string{"Après l'article L. 1, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Le juge statue. »"}, RefusalTextUnknown},
		{"for a time", []string{"À titre expérimental et pour une durée de trois ans, à l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."}, RefusalConditional},
		{"overseas", []string{"Dans sa rédaction applicable en Polynésie française, l'article L. 1 du code civil est abrogé."}, RefusalConditional},
		{"an entry into force", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – Le I entre en vigueur le 1er janvier 2030, les mots : « a » étant frobés."}, RefusalEntryIntoForce},
		{"no known form", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « juge » est changé en mieux."}, RefusalNotRead},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.lines}})
		in := ins[len(ins)-1]
		if got := in.Class(); got != c.want {
			t.Errorf("%s: class %q, want %q (%s: %v)", c.name, got, c.want, in.Status, in.refusal)
		}
		if !slices.Contains(InstructionClasses, c.want) {
			t.Errorf("%s: %q not in InstructionClasses", c.name, c.want)
		}
	}
	if got := (Instruction{Status: Parsed}).Class(); got != "" {
		t.Errorf("a parsed instruction: class %q", got)
	}
}
