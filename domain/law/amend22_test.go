package law

import (
	"errors"
	"strings"
	"testing"
)

// TestAmend22UnquotedOneLine: the Sénat's words written unquoted on the
// instruction's own line, "Alinéa 2 : Remplacer le mot : juge par le mot
// : greffier" (under "Alinéa 2" too, "À l'alinéa 2, remplacer …", the
// rate, "Supprimer les mots : …", "Compléter cet alinéa par les mots :
// …"), are read as its lines "Remplacer le mot :" / "juge" / "par le mot
// :" / "greffier" are: the old words run to "par" and its noun, the new
// (deleted, added) ones to the line's end, a full stop or semicolon there
// the instruction's (they were refused). Where something may follow the
// words on the line — a place ("à la première phrase", "dans l'ensemble
// du texte"), a count, a second pair, an anchor unquoted, no "par"
// between them, old words ending with a mark — it stays refused, typed
// (errUnquotedOneLine22).
func TestAmend22UnquotedOneLine(t *testing.T) {
	B := []string{"Le maire signe. Il signe.", "Le juge lit le dossier.", "1° Le notaire garde ;", "2° Le clerc range."}
	with := func(i int, s string) []string {
		out := append([]string(nil), B...)
		out[i-1] = s
		return out
	}
	runAmendments(t, []amCase{
		{"Alinéa 2 : Remplacer", B, "Alinéa 2 : Remplacer le mot : juge par le mot : greffier", with(2, "Le greffier lit le dossier.")},
		{"under its locator line", B, "Alinéa 2\nRemplacer les mots : le dossier par les mots : la requête", with(2, "Le juge lit la requête.")},
		{"the Assemblée's place, the full stop the instruction's", B, "À l'alinéa 2, remplacer les mots : le dossier par les mots : la requête.", with(2, "Le juge lit la requête.")},
		{"a sentence named", B, "Alinéa 1, première phrase : Remplacer le mot : signe par le mot : paraphe", with(1, "Le maire paraphe. Il signe.")},
		{"deleted", B, "Alinéa 2 : Supprimer les mots : le dossier.", with(2, "Le juge lit.")},
		{"an item completed keeps its semicolon", B, "Alinéa 3 : Compléter cet alinéa par les mots : et range.", with(3, "1° Le notaire garde et range ;")},
		{"the Sénat's items", B, "Alinéa 3\n1° Remplacer le mot : notaire par le mot : huissier ;\n2° Compléter cet alinéa par les mots : et classe", with(3, "1° Le huissier garde et classe ;")},
		{"a rate", []string{"Le taux est de 8 %."}, "Alinéa 1\nRemplacer le taux : 8 % par le taux : 11 %", []string{"Le taux est de 11 %."}},
		{"par in the words", []string{"Le maire décide par arrêté."}, "Alinéa 1 : Remplacer les mots : par arrêté par les mots : par décret", []string{"Le maire décide par décret."}},
		{"quoted: as before", B, "Alinéa 2 : Remplacer le mot : « juge » par le mot : « greffier »", with(2, "Le greffier lit le dossier.")},
		{"a place after the new words: refused", B, "Alinéa 1 : Remplacer le mot : signe par le mot : paraphe à la première phrase", nil},
		{"the whole text: refused", B, "Alinéa 2 : Remplacer le mot : juge par le mot : greffier dans l'ensemble du texte", nil},
		{"a count: refused", B, "Alinéa 1 : Remplacer le mot : signe par le mot : paraphe (deux fois)", nil},
		{"two pairs: refused", B, "Alinéa 2 : Remplacer le mot : juge par le mot : greffier et le mot : dossier par le mot : registre", nil},
		{"an anchor unquoted: refused", B, "Alinéa 2, après le mot : lit, supprimer les mots : le dossier", nil},
		{"no par: refused", B, "À l'alinéa 2, substituer au mot : juge le mot : greffier.", nil},
		{"old words ending with a mark: refused", B, "Alinéa 2 : Remplacer les mots : le dossier. par les mots : la requête", nil},
	})
	r := ApplyAmendment(Article{Number: "1", Alineas: B}, "Alinéa 2 : Remplacer le mot : juge par le mot : greffier dans l'ensemble du texte")
	if len(r.Unparsed) != 1 || !strings.HasPrefix(r.Unparsed[0], "("+errUnquotedOneLine22.Error()+") ") {
		t.Errorf("reason: %q", r.Unparsed)
	}
}

// TestAmend22MarkOverMark: new words at the end of an alinéa ("Compléter
// l'alinéa 1 par les mots : « de droit. »", "À la fin de l'alinéa 2,
// ajouter les mots : …", the Sénat's line "et l'huissier.", "…, après le
// mot : « A », rédiger ainsi la fin de cet alinéa : « … . »", a bill's
// "… est complété par les mots : « … »") that end with a period took the
// alinéa's own mark. Over the colon introducing its list ("Sont membres
// de droit." before the 1°), whether the words' mark (the list deleted
// since) or the colon is meant is not said: refused, typed
// (errMarkOverMark22), as an introduction rewritten whole is. Over an
// item's closing semicolon ("1° Le notaire et l'huissier." before the
// 2°), the item keeps it, as when a sentence is added to it or its last
// sentence rewritten: "1° Le notaire et l'huissier ;" (inside its
// quotation, "« 1° … ; »", and before its conjunction, "1° … ; et": it
// gave "… l'huissier. ; et"). The mark outside
// the quotation, the same mark, the last item, an alinéa ending with a
// period stay read as before.
func TestAmend22MarkOverMark(t *testing.T) {
	L := []string{"Sont membres :", "1° Le notaire ;", "2° Le clerc."}
	with := func(i int, s string) []string {
		out := append([]string(nil), L...)
		out[i-1] = s
		return out
	}
	runAmendments(t, []amCase{
		{"the list's colon: refused", L, "Compléter l'alinéa 1 par les mots : « de droit. »", nil},
		{"the list's colon, an end rewritten: refused", L, "À l'alinéa 1, après le mot : « Sont », rédiger ainsi la fin de cet alinéa : « élus. »", nil},
		{"an item keeps its semicolon", L, "Compléter l'alinéa 2 par les mots : « et l'huissier. »", with(2, "1° Le notaire et l'huissier ;")},
		{"at the end of the alinéa", L, "À la fin de l'alinéa 2, ajouter les mots : « et l'huissier. »", with(2, "1° Le notaire et l'huissier ;")},
		{"the Sénat's line", L, "Alinéa 2\nCompléter cet alinéa par les mots :\net l'huissier.", with(2, "1° Le notaire et l'huissier ;")},
		{"an item's end rewritten", L, "À l'alinéa 2, après le mot : « Le », rédiger ainsi la fin de cet alinéa : « greffier. »", with(2, "1° Le greffier ;")},
		{"the Sénat's end rewritten", L, "Alinéa 2\nAprès le mot :\nLe\nrédiger ainsi la fin de cet alinéa :\ngreffier.", with(2, "1° Le greffier ;")},
		{"a quoted item", []string{"Il est ajouté :", "« 1° Le notaire ; »", "« 2° Le clerc. »"}, "Compléter l'alinéa 2 par les mots : « et l'huissier. »", []string{"Il est ajouté :", "« 1° Le notaire et l'huissier ; »", "« 2° Le clerc. »"}},
		{"an item before its conjunction", []string{"Sont membres :", "1° Le notaire ; et", "2° Le clerc."}, "Compléter l'alinéa 2 par les mots : « et l'huissier. »", []string{"Sont membres :", "1° Le notaire et l'huissier ; et", "2° Le clerc."}},
		{"the period outside the quotation", L, "Compléter l'alinéa 1 par les mots : « de droit ».", with(1, "Sont membres de droit :")},
		{"the item's semicolon", L, "Compléter l'alinéa 2 par les mots : « et l'huissier ; »", with(2, "1° Le notaire et l'huissier ;")},
		{"the last item", L, "Compléter l'alinéa 3 par les mots : « et l'huissier. »", with(3, "2° Le clerc et l'huissier.")},
		{"a plain alinéa", []string{"Le maire signe."}, "Compléter l'alinéa 1 par les mots : « et date. »", []string{"Le maire signe et date."}},
	})
	for _, tc := range []struct {
		text string
		want []string // nil: refused with errMarkOverMark22
	}{
		{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « de droit. »", nil},
		{"Le 1° de l'article L. 1 du code civil est complété par les mots : « et l'huissier. »", with(2, "1° Le notaire et l'huissier ;")},
		{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « de droit ».", with(1, "Sont membres de droit :")},
		{"Le 2° de l'article L. 1 du code civil est complété par les mots : « et l'huissier. »", with(3, "2° Le clerc et l'huissier.")},
	} {
		got, _, errs := applied17(map[string][]string{"L1": L}, tc.text)
		a := got[CodeRef{Code: "code civil", Article: "l1"}]
		if tc.want == nil {
			if len(errs) != 1 || !errors.Is(errs[0].Err, errMarkOverMark22) {
				t.Errorf("%s: errors %v, want errMarkOverMark22", tc.text, errs)
			}
			tc.want = L
		}
		if strings.Join(a.Alineas, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: got %q, want %q", tc.text, a.Alineas, tc.want)
		}
	}
}
