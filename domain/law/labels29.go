package law

import "strings"

// capitalsPlaced29 reads "il est inséré un 1° A ainsi rédigé : « 1° A …
// »" with no place said before or after which: an item whose label ends
// with capitals goes before its base item by its label ("1° A" before the
// 1°, "1° bis A" before the 1° bis, "II A" before the II), as "un 1° bis"
// goes after the 1° at its rank — it is "Avant le 1°, il est inséré un 1°
// A" (it was put after the 1° and refused: its place and its label
// disagreed). Only "inséré", one place, the label announced the quoted
// one's; the base item must be there (else not found, refused at apply).
// "Est complété par un 1° A" (at the end) is left as it is read.
func (p *parser) capitalsPlaced29(verb, what, loc string, scopes []Scope, lines []string) ([]Scope, bool) {
	if !strings.Contains(verb, "insere") || reAtStartOrEnd.MatchString(loc) || len(scopes) != 1 || len(lines) == 0 {
		return nil, false
	}
	if s := scopes[0]; s.Sentence != 0 || s.Where != "" || s.RangeTo != "" || len(s.Division) > 0 {
		return nil, false
	}
	first := strings.TrimLeft(strings.TrimSpace(lines[0]), "«\"“ ")
	newLab, kind := labelOf(first)
	base, _, ok := capitalsOf(newLab, kind)
	if !ok {
		return nil, false
	}
	if w := strings.Fields(what); len(w) < 2 || w[0] != "un" || strings.Join(w[1:], " ") != newLab {
		return nil, false
	}
	cased := base
	if kind == 'r' {
		f := strings.Fields(base)
		f[0] = strings.ToUpper(f[0])
		cased = strings.Join(f, " ")
	}
	got, ok, err := p.scopes("le "+base, "le "+cased, scopes[0])
	if !ok || err != nil || len(got) != 1 {
		return nil, false
	}
	return got, true
}
