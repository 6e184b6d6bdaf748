package law

import "testing"

func TestCount7ProbeTypography(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "I.- without spaces", before: []string{"I.-Le maire :", "1° Signe ;", "2° Date.", "II.-Le préfet :", "1° Vise ;", "2° Note."}, text: []string{"Au 2° du II de l'article L. 1 du code civil, le mot : « Note » est remplacé par le mot : « Lit »."}, want: []string{"I.-Le maire :", "1° Signe ;", "2° Date.", "II.-Le préfet :", "1° Vise ;", "2° Lit."}},
		{name: "I. ― horizontal bar", before: []string{"I. ― Le maire :", "1° Signe ;", "2° Date.", "II. ― Le préfet :", "1° Vise ;", "2° Note."}, text: []string{"Au 2° du I de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Lit »."}, want: []string{"I. ― Le maire :", "1° Signe ;", "2° Lit.", "II. ― Le préfet :", "1° Vise ;", "2° Note."}},
		{name: "2º ordinal indicator", before: []string{"Le maire :", "1º Signe ;", "2º Date."}, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « Date » est remplacé par le mot : « Lit »."}, want: []string{"Le maire :", "1º Signe ;", "2º Lit."}},
		{name: "a bis) of the 1°", before: []string{"1° Le maire :", "a) signe ;", "a bis) date ;", "b) note.", "2° Il lit."}, text: []string{"Au a bis du 1° de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « vise »."}, want: []string{"1° Le maire :", "a) signe ;", "a bis) vise ;", "b) note.", "2° Il lit."}},
		{name: "I.- first sentence keeps the label", before: []string{"I.-Il signe. Il date.", "II.-Texte."}, text: []string{"La première phrase du I de l'article L. 1 du code civil est supprimée."}, want: []string{"I.-Il date.", "II.-Texte."}},
		{name: "le deuxième alinéa du I.-", before: []string{"I.-Il signe.", "Il date.", "II.-Texte."}, text: []string{"Le deuxième alinéa du I de l'article L. 1 du code civil est supprimé."}, want: []string{"I.-Il signe.", "II.-Texte."}},
	})
}
