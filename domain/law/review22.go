package law

import (
	"errors"
	"strings"
)

// errRelabelChain22: an item relabelled onto a label an earlier
// relabelling of the same bill article was refused to take ("1° Le 2°
// devient le 3° ; 2° Le 3° devient le 4°" on a list 1°, 2°, 3°): read in
// the text's order, the first was refused (a 3° in force), and the
// second applied alone left "2° …, 4° …", a list the bill never makes
// (the shift the drafter meant, both or neither). Refused with it.
var errRelabelChain22 = errors.New("an item relabelled away from the label an earlier relabelling of the bill article, refused, was to take: applied alone, the list is one the bill never makes")

// relabelChain22 records, by bill article, the labels items of a list
// were refused to take (errLabelInForce22), keyed as relabelKey22.
type relabelChain22 map[ArticleNumber]map[string]bool

// refusedOnto says whether e relabels an item away from a label an
// earlier relabelling of bill article bill was refused to take.
func (c relabelChain22) refusedOnto(bill ArticleNumber, e Edit) error {
	if !itemRelabel(e) || c[bill] == nil {
		return nil
	}
	if c[bill][relabelFrom22(e)] {
		return errRelabelChain22
	}
	return nil
}

// note records e's refusal when it is a relabelling refused for its
// label in force, or one of a chain refused.
func (c relabelChain22) note(bill ArticleNumber, e Edit, err error) {
	if err == nil || !itemRelabel(e) || !errors.Is(err, errLabelInForce22) && !errors.Is(err, errRelabelChain22) {
		return
	}
	if c[bill] == nil {
		c[bill] = map[string]bool{}
	}
	c[bill][relabelTo22(e)] = true
}

// reSentenceNamedNew22 is a sentence to insert named by its text alone,
// after the verb: "insérer la phrase : « … »", "ajouter une phrase :
// « … »" — the same as "insérer une phrase ainsi rédigée : « … »". One
// quotation, the head's end. ("Supprimer la phrase : « … »" names a
// sentence there; "Compléter … par la phrase : « … »" was read.)
var reSentenceNamedNew22 = mustRe(`(?i)\b(ins[ée]rer|ajouter)\s+(?:la|une)\s+phrase\s*:\s*(«[^«»]*»\s*\.?\s*)$`)

// sentenceNamedNew22 is head with a sentence named by its text after
// "insérer" or "ajouter" announced as new text ("une phrase ainsi
// rédigée :"), the form the amendment grammar reads (it was refused:
// "la phrase :" read as words named, and words named are no place to
// insert after a sentence).
func sentenceNamedNew22(head string) string {
	m := reSentenceNamedNew22.FindStringSubmatchIndex(head)
	if m == nil || strings.Count(head, "«") != 1 {
		return head
	}
	return head[:m[0]] + head[m[2]:m[3]] + " une phrase ainsi rédigée : " + head[m[4]:m[5]]
}
