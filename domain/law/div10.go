package law

// transferPath is the full path of the division a transfer or a grouping
// names (to, as written: "au chapitre III" → chapitre-iii) under the
// division its instruction is read in (context: "Le titre II du livre
// Ier est ainsi modifié : 1° Il est créé un chapitre III …, comprenant
// l'article L. 22" → livre-ier/titre-ii/chapitre-iii). It was to alone,
// so that a later instruction naming any chapitre III of the code was
// refused as naming the one moved into. The context is cut above the
// largest kind to names ("au chapitre III du titre Ier" under the titre
// II: livre-ier/titre-ier/chapitre-iii); a kind skipped between them (a
// chapitre created under a livre's head: which titre is not said) gives
// the context alone, all of it touched. With no context, to as written.
func transferPath(context, to []string) []string {
	if len(to) == 0 || len(context) == 0 {
		return to
	}
	top := divisionRank(to[0])
	if top < 0 {
		return to
	}
	prefix := context
	for i, f := range context {
		if divisionRank(f) >= top {
			prefix = context[:i]
			break
		}
	}
	if len(prefix) == 0 {
		return to
	}
	if divisionRank(prefix[len(prefix)-1]) != top-1 {
		return append([]string(nil), prefix...)
	}
	return append(append([]string(nil), prefix...), to...)
}
