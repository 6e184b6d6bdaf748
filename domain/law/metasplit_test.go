package law

// An amendment of several instructions, split (metamorphic testing, see
// metamorphic_test.go's header).
//
// An amendment's dispositif of several instructions ("I. – À l'alinéa 3,
// … II. – À l'alinéa 5, …", the Sénat's locator lines each heading the
// instructions after it) is their composition: alinéa numbers are
// counted on the text as tabled (ComposeNumbered), so applying the
// amendment whole must give what applying each of its instructions as
// its own amendment gives, in order. TestMetaSplitDevSets splits each
// amendment of the amendment development set that splitDispositif reads
// as two or more instructions into one dispositif per instruction,
// written three ways — READ: its head as the engine reads it (locator
// line and "En conséquence" included, the part number dropped) and its
// new text; RAW: the amendment's own paragraphs, a locator line repeated
// before each instruction it heads; BARE: RAW without the part numbers
// of its locator lines and first lines — composes the folder with the
// amendment split and whole, and compares:
//
//   - LOST: applied whole, an instruction refused split;
//   - GAINED: refused whole, every instruction applied split (the
//     amendment was refused for an instruction read alone);
//   - CHANGED: applied both ways, a different article (a misreading).
//
// An amendment refused whole and refused split is the same outcome (an
// amendment is applied whole or not at all: its other instructions
// applied split change the article, not compared). An instruction that
// refers to the one before ("procéder à la même substitution", "au même
// alinéa", "ces mots": its edits read alone differ from its edits read
// after it) is kept with it, not split (counted; an amendment left one
// part so is not split). Not split either, and counted: a sub-amendment
// and an amendment a sub-amendment of the folder edits (its alinéas are
// the sub-amendment's places).
//
// A LOST or CHANGED not in metaSplitAllowed (key: "<folder> <way> <kind>
// <amendment file>") fails the test, and so does a stale entry.

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// metaSplitAllowed lists the differences of a split accepted, with their
// cause.
var metaSplitAllowed = map[string]string{}

// splitInstructions returns the dispositifs of the instructions of an
// amendment's paragraphs as the engine reads them (splitDispositif: each
// head, its locator included, and its new text), an instruction that
// refers to one before it (its edits read alone differ from those read
// after it) kept with it; and the number of instructions so kept. raw
// gives the same dispositifs written with the amendment's own
// paragraphs instead (a locator line repeated before each instruction it
// heads), or nil when the paragraphs do not group into as many
// instructions.
func splitInstructions(number ArticleNumber, paras []string) (read, raw, bare []string, kept int) {
	disp := dispositifOnly(paras)
	ins := splitDispositif(disp)
	ref := CodeRef{Code: "bill", Article: NormalizeArticleNumber(string(number))}
	var prev []Edit
	group := make([]int, len(ins)) // the group of each instruction
	g := -1
	for k, in := range ins {
		dep := false
		for _, j := range splitJoined([]amInstr{in}) {
			es, ok := parseAmInstr(ref, j, prev)
			alone, okAlone := parseAmInstr(ref, j, nil)
			if ok != okAlone || !reflect.DeepEqual(es, alone) {
				dep = true
			}
			if ok {
				prev = es
			}
		}
		if !dep || g < 0 {
			g++
		} else {
			kept++
		}
		group[k] = g
	}
	read = make([]string, g+1)
	for k, in := range ins {
		s := strings.Join(append([]string{in.head}, in.payload...), "\n")
		if read[group[k]] != "" {
			s = read[group[k]] + "\n" + s
		}
		read[group[k]] = s
	}
	// The paragraphs: a locator line heads the instructions after it; a
	// line that starts an instruction (amStart, a part's number, the line
	// after a locator line) opens the next unless it
	// goes on with the head before (continues, continuesHead, as
	// splitDispositif joins them); any other is the current one's (its
	// words, its new text).
	roles := dispositifRoles(disp)
	var locs []string
	var groups [][]string
	// bareGroups are groups with the part numbers of their locator lines
	// and first lines dropped ("I. – ", "1° ").
	var bareGroups [][]string
	strip := func(p string) string { return amPartNum.ReplaceAllString(strings.TrimSpace(p), "") }
	var bareLocs []string
	head := ""        // the current instruction's head, its words quoted; "" after its new text
	afterLoc := false // the line before was a locator line: this one starts an instruction
	for i, p := range disp {
		l := cleanAmendmentLine(p)
		if l == "" {
			continue
		}
		loc := afterLoc
		afterLoc = false
		switch {
		case roles[i] == roleInstr && !isQuoted(l) && (amLocLine.MatchString(l) || amOtherPlaceLine.MatchString(l) && !amImperative.MatchString(l)):
			// A sentence's line ("1° Deuxième phrase") is the alinéa's
			// named before: it replaces only a sentence's line.
			if m := amLocLine.FindStringSubmatch(l); m != nil && !strings.HasPrefix(strings.ToLower(m[1]), "alin") {
				if len(locs) > 1 {
					locs, bareLocs = locs[:1], bareLocs[:1]
				}
			} else {
				locs, bareLocs = nil, nil
			}
			locs = append(locs, p)
			bareLocs = append(bareLocs, strip(p))
			head = ""
			afterLoc = true
		case roles[i] == roleInstr && loc, roles[i] == roleInstr && (amStart.MatchString(l) || partKind(l) != "" && !isQuoted(l)) && (head == "" || !continues(l) && !continuesHead(head)), len(groups) == 0:
			// A new part of the locator's rank ("II. – En conséquence,
			// …" after "I. – Alinéa 3") leaves it.
			if k := partKind(l); k != "" && len(locs) > 0 && k == partKind(cleanAmendmentLine(locs[0])) {
				locs, bareLocs = nil, nil
			}
			groups = append(groups, append(append([]string(nil), locs...), p))
			bareGroups = append(bareGroups, append(append([]string(nil), bareLocs...), strip(p)))
			head = amPartNum.ReplaceAllString(l, "")
		default:
			groups[len(groups)-1] = append(groups[len(groups)-1], p)
			bareGroups[len(bareGroups)-1] = append(bareGroups[len(bareGroups)-1], p)
			switch {
			case roles[i] == roleInstr && head != "":
				head += " " + l
			case roles[i] != roleInstr && amWantsWords.MatchString(head):
				head += " « " + l + " »"
			case roles[i] != roleInstr:
				head = ""
			}
		}
	}
	if len(groups) != len(ins) {
		return read, nil, nil, kept
	}
	join := func(gs [][]string) []string {
		out := make([]string, g+1)
		for k, gr := range gs {
			s := strings.Join(gr, "\n")
			if out[group[k]] != "" {
				s = out[group[k]] + "\n" + s
			}
			out[group[k]] = s
		}
		return out
	}
	return read, join(groups), join(bareGroups), kept
}

// metaSplitDiff is one difference of a split.
type metaSplitDiff struct {
	id, detail string
}

// splitDiffs composes f with amendment i whole and split into parts.
func (f *metaFolder) splitDiff(i int, parts []string) *metaSplitDiff {
	var ds []Dispositif
	first := -1
	for k, p := range f.paras {
		num := strings.TrimPrefix(f.files[k], "amendement_")
		if k != i {
			ds = append(ds, Dispositif{Number: num, Text: strings.Join(p, "\n")})
			continue
		}
		first = len(ds)
		for n, s := range parts {
			ds = append(ds, Dispositif{Number: fmt.Sprintf("%s-split%d", num, n+1), Text: s})
		}
	}
	final, rs := ComposeNumbered(f.art, ds)
	whole := f.base.results[i]
	applied := true
	var refused []string
	for n := range parts {
		if r := rs[first+n]; !r.Applied {
			applied = false
			refused = append(refused, fmt.Sprintf("instruction %d: %.300s", n+1, strings.Join(r.Unparsed, " / ")))
		}
	}
	switch {
	case whole.Applied && !applied:
		return &metaSplitDiff{f.name + " LOST " + f.files[i], strings.Join(refused, "; ")}
	case !whole.Applied && applied:
		return &metaSplitDiff{f.name + " GAINED " + f.files[i], fmt.Sprintf("refused whole: %.300s", strings.Join(whole.Unparsed, " / "))}
	case !whole.Applied:
		return nil
	}
	// The other amendments' outcomes.
	for k := range f.files {
		if k == i {
			continue
		}
		j := k
		if k > i {
			j = k + len(parts) - 1
		}
		if rs[j].Applied != f.base.results[k].Applied {
			return &metaSplitDiff{f.name + " CHANGED " + f.files[i], fmt.Sprintf("amendment %s applied %v whole, %v split", f.files[k], f.base.results[k].Applied, rs[j].Applied)}
		}
	}
	baseRes := f.base.results
	if a, b := metaOrderText(f.base.final, baseRes), metaOrderText(final, rs); a != b {
		return &metaSplitDiff{f.name + " CHANGED " + f.files[i], shortDiff(a, b)}
	}
	return nil
}

// TestMetaSplitDevSets splits the amendments of several instructions of
// the development set (see the file's comment).
func TestMetaSplitDevSets(t *testing.T) {
	folders := loadMetaFolders(t)
	used := map[string]bool{}
	split, whole, keptWith, noRaw, subs := 0, 0, 0, 0, 0
	count := map[string]int{}
	for _, f := range folders {
		hosts := map[string]bool{}
		for _, r := range f.base.results {
			if r.SubAmendmentOf != "" {
				hosts[amendmentNumber(r.SubAmendmentOf)] = true
			}
		}
		for i := range f.files {
			read, raw, bare, kept := splitInstructions(f.art.Number, f.paras[i])
			if f.base.results[i].SubAmendmentOf != "" || hosts[amendmentNumber(strings.TrimPrefix(f.files[i], "amendement_"))] {
				if len(read) > 1 || kept > 0 {
					subs++
				}
				continue
			}
			keptWith += kept
			if len(read) < 2 {
				if kept > 0 {
					whole++
				}
				continue
			}
			split++
			if raw == nil {
				noRaw++
			}
			for _, v := range []struct {
				name  string
				parts []string
			}{{"READ", read}, {"RAW", raw}, {"BARE", bare}} {
				if v.parts == nil {
					continue
				}
				d := f.splitDiff(i, v.parts)
				if d == nil {
					continue
				}
				d.id = strings.Replace(d.id, " ", " "+v.name+" ", 1)
				kind := strings.Fields(strings.TrimPrefix(d.id, f.name+" "))[1]
				count[kind]++
				mark, ok := allowedMark(metaSplitAllowed, used, d.id)
				t.Logf("%s%s\n      %s", d.id, mark, d.detail)
				if !ok && kind != "GAINED" {
					t.Errorf("%s (not in metaSplitAllowed)", d.id)
				}
			}
		}
	}
	t.Logf("%d amendments of several instructions split (%d of them not from their own paragraphs: READ only), %d instructions kept with the one they refer to (%d amendments left whole so), %d sub-amendments or amended by one not split: LOST %d, CHANGED %d, GAINED %d", split, noRaw, keptWith, whole, subs, count["LOST"], count["CHANGED"], count["GAINED"])
	staleMeta(t, metaSplitAllowed, "metaSplitAllowed", used)
}
