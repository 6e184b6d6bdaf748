package law

import "strings"

// A place an amendment names may be taken in another ("la fin de
// l'alinéa 3", "la première phrase du I", "le début du texte proposé pour
// l'article L. 1"): its complement, right after it, names a place too, or
// a text (texte, code, loi, tableau, annexe). A complement that names
// neither ("Alinéa 3 / Rédiger ainsi la première phrase du juge : « … »",
// "Compléter la fin du juge par les mots : « … »") was dropped: the place
// of the locator was taken. It is refused (amComplementIsPlace27, called
// by amObjectIsPlace27). So is the object of "compléter" that names no
// place ("Alinéa 3 / Compléter le juge par les mots : « … »", "À
// l'alinéa 3, compléter la liste par un 3° ainsi rédigé : …"): the
// alinéa was completed.

// reAmComplement27 is a complement right after a place's noun, its
// number or label: "de l'", "du", "des", "de la", "de", "d'" and the
// adjectives before its noun ("présent", "même").
var reAmComplement27 = mustRe(`^\s*(?:(?:\d+|[ivxlc]+|[a-z]{1,2}\)|[a-z]?\d*°)\s+)?(?:de\s+la\s+|de\s+l'\s*|du\s+|des\s+|de\s+|d'\s*)((?:(?:cet|cette|ces|ce|le|la|les|l'\s*)\s*)?(?:(?:presente?s?|memes?)\s+)?)`)

// amTextNouns27 are the nouns of a text a place may be taken in.
var amTextNouns27 = map[string]bool{
	"texte": true, "textes": true, "code": true, "loi": true, "tableau": true, "annexe": true,
	"chacun": true, "chacune": true,
}

// amComplementIsPlace27 reports whether after, what follows a place's
// noun in an amendment's object, opens on no complement or on one that
// names a place (amObjectIsPlace27) or a text.
func amComplementIsPlace27(after string) bool {
	m := reAmComplement27.FindStringSubmatchIndex(after)
	if m == nil {
		return true
	}
	comp := after[m[1]:]
	if h := reAmObjectHead27.FindStringSubmatch(comp); h != nil && amTextNouns27[strings.TrimRight(h[1], "'-")] {
		return true
	}
	return amObjectIsPlace27(comp)
}

// amCompletedNouns27 are the nouns, not places, of what an amendment
// completes besides a place: words ("ces mots", read under words named)
// and an amendment ("cet amendement", a sub-amendment's object).
var amCompletedNouns27 = map[string]bool{
	"mot": true, "mots": true, "amendement": true, "amendements": true, "sous-amendement": true,
}

// amCompletedIsPlace27 reports whether obj, the object of "compléter",
// names what is completed: a place (amObjectIsPlace27), words or an
// amendment.
func amCompletedIsPlace27(obj string) bool {
	if h := reAmObjectHead27.FindStringSubmatch(obj); h != nil && amCompletedNouns27[strings.TrimRight(h[1], "'-")] {
		return true
	}
	return amObjectIsPlace27(obj)
}
