package law

import "testing"

// TestEntryCode15DivisionOfACode: an entry into force naming a division
// of a code, whose articles the bill does not say, refuses every edit of
// that code to no day, by a day or a delay alike (they were applied at
// once); the other codes' edits stay applied; a division of a code the
// law does not edit changes nothing.
func TestEntryCode15DivisionOfACode(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"Le chapitre II du titre Ier du livre II du code civil entre en vigueur le 1er janvier 2030.", entry15Want("NNN", "RAAA", "AAA", "AAA", "AAA")},
		{"Les dispositions de la section 2 du chapitre III du code rural, dans leur rédaction résultant de la présente loi, entrent en vigueur le 1er janvier 2030.", entry15Want("AAA", "RNNN", "NNN", "AAA", "AAA")},
		{"Le titre II du code minier entre en vigueur six mois après la publication de la présente loi.", entry15Want("AAA", "RAAA", "AAA", "NNN", "AAA")},
		{"Le titre II du code de commerce entre en vigueur le 1er janvier 2030.", entry15Want("AAA", "RAAA", "AAA", "AAA", "AAA")},
	} {
		entry14Check(t, entry15Law(tc.entry), tc.want)
	}
	// "du même code": the code last named, here the code pénal of the
	// entry's own article (its I to III, refused with it).
	entry14Check(t, entry15Law("Le chapitre II du titre Ier du même code entre en vigueur le 1er janvier 2030."), entry15Want("AAA", "RAAA", "AAA", "AAA", "NNN"))
}
