package law

import "testing"

// The object of "compléter" is a place, and a place's complement names a
// place or a text, or the amendment is refused: the locator's place was
// completed (rewritten, deleted) in the object's stead.
func TestAmVerbs27Objects(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Le maire signe.", "Le juge lit. Il part.", "1° Le clerc ;", "2° Le préfet."}}
	runAm27(t, art, []amCase27{
		// read: a place completed, a place in a place
		{name: "this alinéa completed", disp: []string{"Alinéa 2", "Compléter cet alinéa par les mots : « vite »."}, want: "Le maire signe. | Le juge lit. Il part vite. | 1° Le clerc ; | 2° Le préfet."},
		{name: "an item completed", disp: []string{"Compléter le 2° par les mots : « seul »."}, want: "Le maire signe. | Le juge lit. Il part. | 1° Le clerc ; | 2° Le préfet seul."},
		{name: "a sentence of an alinéa", disp: []string{"Compléter la première phrase de l'alinéa 2 par les mots : « tout »."}, want: "Le maire signe. | Le juge lit tout. Il part. | 1° Le clerc ; | 2° Le préfet."},
		{name: "the end of this alinéa", disp: []string{"Alinéa 2", "Rédiger ainsi la fin de cet alinéa après le mot : « juge » :", "« dort. »"}, want: "Le maire signe. | Le juge dort. | 1° Le clerc ; | 2° Le préfet."},
		// refused: another noun completed, a place of another noun
		{name: "a noun completed", disp: []string{"Alinéa 2", "Compléter le juge par les mots : « unique »."}, err: errAmInstructionUnread24},
		{name: "a noun completed by a sentence", disp: []string{"Alinéa 2", "Compléter le juge par une phrase ainsi rédigée : « Il dort. »"}, err: errAmInstructionUnread24},
		{name: "a list completed", disp: []string{"À l'alinéa 3, compléter la liste par un 3° ainsi rédigé :", "« 3° Le maire. »"}, err: errAmInstructionUnread24},
		{name: "the end of a noun completed", disp: []string{"Alinéa 2", "Compléter la fin du juge par les mots : « vite »."}, err: errAmInstructionUnread24},
		{name: "a sentence of a noun rewritten", disp: []string{"Alinéa 2", "Rédiger ainsi la première phrase du juge :", "« Le greffier lit. »"}, err: errAmInstructionUnread24},
		{name: "the sentence of a noun completed", disp: []string{"Alinéa 2", "Compléter la phrase du juge par les mots : « vite »."}, err: errAmInstructionUnread24},
	}, nil)
}

// A place's complement, one by one.
func TestAmVerbs27Complements(t *testing.T) {
	for obj, want := range map[string]bool{
		" la fin de l'alinea 3": true, " la fin du i": true, " la premiere phrase du 2°": true, " la fin du present article": true,
		" le debut du texte propose pour l'article l. 1": true, " la derniere phrase de cet alinea": true,
		" la fin de l'alinea 3 a partir du mot": true, " l'alinea 3 du ii": true, " la fin de chacun des alineas": true,
		" la fin du juge": false, " la premiere phrase du juge": false, " la phrase de la loi du juge": true,
		" le debut de la liste": false, " l'alinea 3 du juge": false,
	} {
		if got := amObjectIsPlace27(obj); got != want {
			t.Errorf("%q: %v, want %v", obj, got, want)
		}
	}
	for obj, want := range map[string]bool{" ces mots": true, " cet amendement": true, " cet alinea": true, " le juge": false, " la liste": false} {
		if got := amCompletedIsPlace27(obj); got != want {
			t.Errorf("completed %q: %v, want %v", obj, got, want)
		}
	}
}
