package law

import "strings"

// ParseAmendedInstructions reads the instructions of a bill's articles as
// amendments left them: amended[i] is tabled[i] after the amendments to
// it (its Alineas nil when they deleted it, and it gives no instruction).
//
// A bill article reads words of the articles before it: "du même code",
// "du code précité", "au même article" name what an earlier article
// named. An amendment deleting or rewriting an earlier article takes that
// antecedent away, and the words then name what an article before it
// named — "L'article L. 2 du même code est abrogé." after an article on
// the code civil deleted, itself after one on the code de commerce,
// repealed the code de commerce's L. 2. Whether the article still means
// what it meant as tabled, or what it now follows, is not said: each
// instruction of an article is read as it reads after the articles as
// tabled (the article itself as amended), and one whose target article
// differs, or that reads only after the amended ones, is refused
// (Unparsed, reasonAntecedentAmended).
func ParseAmendedInstructions(tabled, amended []Article) []Instruction {
	var kept []Article
	for _, a := range amended {
		if a.Alineas != nil {
			kept = append(kept, a)
		}
	}
	out := ParseInstructions(kept)
	if len(amended) != len(tabled) {
		return out
	}
	first := -1 // the first article the amendments changed
	for i := range tabled {
		if !sameAlineas(tabled[i].Alineas, amended[i].Alineas) {
			first = i
			break
		}
	}
	if first < 0 {
		return out
	}
	// ref is each article's instructions as read after the articles as
	// tabled: by Alinea and Text, their targets.
	// An amended article's, as read after the articles before it as
	// tabled: read once (prefixReader), not the bill again for each.
	whole := ParseInstructions(tabled)
	r := newPrefixReader()
	for k := 0; k <= first; k++ {
		r.next(tabled[k])
	}
	for k := first + 1; k < len(amended); k++ {
		a := amended[k]
		if k > first+1 {
			r.next(tabled[k-1])
		}
		if a.Alineas == nil {
			continue
		}
		ref := whole
		if !sameAlineas(tabled[k].Alineas, a.Alineas) {
			var ok bool
			if ref, ok = r.after(a); !ok {
				ref = ParseInstructions(append(append([]Article(nil), tabled[:k]...), a))
			}
		}
		byLine := map[string][]Instruction{}
		for _, in := range ref {
			if in.Article == a.Number {
				key := instructionKey(in)
				byLine[key] = append(byLine[key], in)
			}
		}
		for j := range out {
			in := &out[j]
			if in.Article != a.Number || in.Status != Parsed {
				continue
			}
			key := instructionKey(*in)
			var was *Instruction
			if len(byLine[key]) > 0 {
				was = &byLine[key][0]
				byLine[key] = byLine[key][1:]
			}
			if was != nil && was.Status == Parsed && editTargets(was.Edits) == editTargets(in.Edits) {
				continue
			}
			refuseTyped(in, errAntecedentAmended22)
			in.TakesEffect, in.Deferred = "", nil
		}
	}
	refuseAnaphorAmendedInArticle(tabled, amended, whole, out)
	return out
}

// reasonAntecedentAmended is the reason ParseAmendedInstructions gives.
const reasonAntecedentAmended = "read otherwise after the amendments to an earlier article (deleted or rewritten) than after the text as tabled: what its words naming an earlier article's text (« du même code ») mean is not said"

// sameAlineas says whether an article is as tabled: the same alinéas, and
// deleted (nil) in both or in neither.
func sameAlineas(a, b []string) bool {
	return (a == nil) == (b == nil) && equalStrings(a, b)
}

func instructionKey(in Instruction) string {
	return strings.Join([]string{string(in.Article), in.Text}, "\x00")
}

// editTargets is the articles edits name, in order.
func editTargets(es []Edit) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.Scope.Ref.String())
		b.WriteByte('\x00')
	}
	return b.String()
}
