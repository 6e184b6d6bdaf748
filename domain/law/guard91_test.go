package law

import "testing"

// TestGuard91ArticleOfAnUnknownCode: a new article created in a division
// named with no code — "La section 2 du chapitre III du titre II du
// livre VII est complétée par un article L. 2 ainsi rédigé :", a new
// section holding one — when no code is named nor set by a context is
// refused, "article of an unknown code" (it was created in no code). Then
// "du même code" in the same bill article is that unknown code, not one
// an earlier bill article named: refused, until a code is named again.
// Under a context, the new article is the context's code.
func TestGuard91ArticleOfAnUnknownCode(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	newArt := []string{"La section 2 du chapitre III du titre II du livre VII est complétée par un article L. 5 ainsi rédigé :", "« Art. L. 5. – Le juge signe. »"}
	for _, tc := range []struct {
		name string
		arts []Article
		want []InstructionStatus
		code string // the code of the last instruction's edit, if parsed
	}{
		{"a new article of no code: refused", []Article{{Number: "1", Alineas: newArt}}, []InstructionStatus{Unparsed}, ""},
		{"a new section of no code: refused", []Article{{Number: "1", Alineas: []string{"Le chapitre III du titre II du livre VII est complété par une section 3 ainsi rédigée :", "« Section 3", "« Le juge", "« Art. L. 5. – Le juge signe. »"}}}, []InstructionStatus{Unparsed}, ""},
		{"under a context: its code", []Article{{Number: "1", Alineas: append([]string{"Le code civil est ainsi modifié :", "1° " + newArt[0]}, newArt[1:]...)}}, []InstructionStatus{Context, Parsed}, "code civil"},
		{"du même code after it: refused", []Article{{Number: "1", Alineas: []string{"À l'article L. 1 du code civil" + op}}, {Number: "2", Alineas: append(append([]string{"I. – " + newArt[0]}, newArt[1:]...), "II. – À l'article L. 2 du même code"+op)}}, []InstructionStatus{Parsed, Unparsed, Unparsed}, ""},
		{"a code named again", []Article{{Number: "1", Alineas: append(append([]string{"I. – " + newArt[0]}, newArt[1:]...), "II. – À l'article L. 2 du code de commerce"+op, "III. – À l'article L. 3 du même code"+op)}}, []InstructionStatus{Unparsed, Parsed, Parsed}, "code de commerce"},
		{"du même code across bill articles, none unknown", []Article{{Number: "1", Alineas: []string{"À l'article L. 1 du code civil" + op}}, {Number: "2", Alineas: []string{"À l'article L. 2 du même code" + op}}}, []InstructionStatus{Parsed, Parsed}, "code civil"},
	} {
		ins := ParseInstructions(tc.arts)
		if len(ins) != len(tc.want) {
			t.Errorf("%s: %d instructions, want %d", tc.name, len(ins), len(tc.want))
			continue
		}
		for i, in := range ins {
			if in.Status != tc.want[i] {
				t.Errorf("%s: instruction %d %s (%s), want %s", tc.name, i, in.Status, in.Reason, tc.want[i])
			}
		}
		if last := ins[len(ins)-1]; tc.code != "" && last.Status == Parsed {
			if len(last.Edits) == 0 || last.Edits[0].Scope.Ref.Code != CodeKey(tc.code) {
				t.Errorf("%s: edits %+v, want code %q", tc.name, last.Edits, tc.code)
			}
		}
	}
}
