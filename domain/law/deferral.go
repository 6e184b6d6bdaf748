package law

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// An instruction deferred to a day of the calendar ("III. – L'article
// L. 111-4 est abrogé à compter du 1er janvier 2011.", "À compter du 1er
// janvier 2030, l'article L. 1 est ainsi modifié : 1° …", "V. – Le 2° du
// I du présent article entre en vigueur le 1er octobre 2014.") is refused
// as deferred: the law in force changes on that day, not when the law
// does. When the engine reads the day and the instruction without it, the
// instruction keeps them (Instruction.Deferred): [OnDay] gives the
// instructions as they stand on that day, the deferred ones applied, for
// the code as it stood the day before (a consolidation dated that day).

// Deferral is the day an instruction refused as deferred takes effect
// and what it does then.
type Deferral struct {
	// On is the day, "2011-01-01".
	On string
	// Edits are the instruction's edits, as if it took effect at once.
	Edits []Edit
}

// reasonDeferred is the reason of an instruction deferred by a date
// written in it, or in the head it stands under.
const reasonDeferred = "deferred: takes effect at a later date (à compter du …)"

// monthOf numbers the months, folded.
var monthOf = map[string]time.Month{"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12}

// reCalendarDay is a day of the calendar, folded: "1er janvier 2011",
// "premier janvier 2011", "15 mars 2012", "1 er janvier 2011" (the
// ordinal set apart, as some texts print it) (group 1 the day, 2 the month,
// 3 the year).
var reCalendarDay = mustRe(`\b(1\s?er|premier|\d{1,2})\s+(` + monthNames + `)\s+(\d{4})\b`)

// calendarDays are the days of the calendar written in a text, folded,
// as "2011-01-01"; ok is false when one is no day ("31 février 2011").
func calendarDays(low string) (days []string, ok bool) {
	for _, m := range reCalendarDay.FindAllStringSubmatch(low, -1) {
		d := 1
		if !strings.HasSuffix(m[1], "er") {
			d, _ = strconv.Atoi(m[1])
		}
		y, _ := strconv.Atoi(m[3])
		t := time.Date(y, monthOf[m[2]], d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return nil, false
		}
		days = append(days, t.Format(time.DateOnly))
	}
	return days, true
}

// oneCalendarDay is the one day of the calendar a text writes outside
// its quotations; ok is false when it writes none, several or one that
// is no day.
func oneCalendarDay(text string) (string, bool) {
	sh, _ := shape(text)
	return onlyDay(sh)
}

// onlyDay is the one day of the calendar a text shaped (its quotations
// set apart: shape) writes.
func onlyDay(sh string) (string, bool) {
	days, ok := calendarDays(asciiLower(foldAccents(sh)))
	if !ok || len(days) != 1 {
		return "", false
	}
	return days[0], true
}

// The three places a date deferring an instruction is written, as the
// cased text writes them: before it ("À compter du 1er janvier 2011, …",
// "Le 1er janvier 2011, …", "Au 1er janvier 2011, …"), between its
// locator and its subject, set off by commas ("Au I, à compter du …, le
// mot …"), or at its end ("… est abrogé à compter du …", "… sont
// supprimés le 1er janvier 2011.").
const calendarDayCased = `(?:1\s?er|premier|\d{1,2})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}`

var (
	reDayBefore  = mustRe(`^\s*(?i:(?:[àa]\s+(?:compter|partir)\s+du|le|au)\s+)` + calendarDayCased + `\s*,\s*`)
	reDayBetween = mustRe(`,\s*(?i:[àa])\s+(?:compter|partir)\s+du\s+` + calendarDayCased + `\s*,`)
	reVerbBefore = mustRe(`\s(?:ins[ée]r|ajout|r[ée]dig|remplac|supprim|abrog|compl[ée]t|modifi|r[ée]tabl)(?:[ée]e?s?)$`)
	reDayAfter   = mustRe(`(?:,?\s+[àa]\s+(?:compter|partir)\s+du|(\s(?:abrog|supprim)[ée]e?s?)\s+(?:le|au))\s+` + calendarDayCased + `(\s*[.;:]?\s*)$`)
)

// cutCalendarDay returns the instruction body without the date that
// defers it, and that day: ok is false unless the body writes one day
// of the calendar outside its quotations, in one of the three places,
// its quotations the same once it is cut.
func cutCalendarDay(body string) (cut, day string, ok bool) {
	sh, before := shape(body)
	day, ok = onlyDay(sh)
	if !ok {
		return "", "", false
	}
	switch {
	case reDayBefore.MatchString(body):
		cut = upperFirst(reDayBefore.ReplaceAllString(body, ""))
	case reDayBetween.MatchString(body):
		// After the verb ("il est inséré, à compter du …, un article"),
		// the commas go with it; after the locator, one stays.
		m := reDayBetween.FindStringIndex(body)
		sep := ","
		if reVerbBefore.MatchString(body[:m[0]]) {
			sep = ""
		}
		cut = body[:m[0]] + sep + body[m[1]:]
	case reDayAfter.MatchString(body):
		cut = reDayAfter.ReplaceAllString(body, "$1$2")
	default:
		return "", "", false
	}
	sh, after := shape(cut)
	if days, _ := calendarDays(asciiLower(foldAccents(sh))); len(days) != 0 || strings.Join(before, "\x00") != strings.Join(after, "\x00") {
		return "", "", false
	}
	return cut, day, true
}

// OnDay returns the instructions as they stand on day ("2011-01-01"):
// those deferred to that day (Instruction.Deferred) parsed, with their
// edits, the others as they are. Applied to the code as it stood the day
// before, they give it as it stands that day.
func OnDay(ins []Instruction, day string) []Instruction {
	out := append([]Instruction(nil), ins...)
	for i := range out {
		out[i].takeEffect(day)
	}
	return out
}

// takeEffect makes an instruction deferred to day parsed, with its edits
// then; it reports whether it was one.
func (in *Instruction) takeEffect(day string) bool {
	if d := in.Deferred; d == nil || d.On != day || in.Status != Unparsed {
		return false
	}
	in.Status, in.Reason, in.refusal, in.Edits = Parsed, "", nil, in.Deferred.Edits
	return true
}

// deferTo refuses an instruction as deferred, with the reason why; its
// edits are kept for day, a day of the calendar, when it was read and
// day is not empty.
func deferTo(in *Instruction, day, why string) {
	if day != "" && in.Status == Parsed && len(in.Edits) > 0 {
		in.Deferred = &Deferral{On: day, Edits: in.Edits}
	}
	refuseTyped(in, reasonOf(errDeferred, why))
}

// deferBy refuses an instruction read as deferred by an entry into force
// (entry, an alinéa of the bill: deferredByEntry, deferredByOtherArticle,
// codeArticlesTakeEffect), with the reason why; its edits are kept for
// the entry's day when the entry writes one day of the calendar.
func deferBy(in *Instruction, why, entry string) {
	day, _ := oneCalendarDay(entry)
	deferTo(in, day, why)
}

// DeferredDays are the days the instructions deferred to a day of the
// calendar take effect (Instruction.Deferred), in order, each once.
func DeferredDays(ins []Instruction) []string {
	seen := map[string]bool{}
	var days []string
	for _, in := range ins {
		if d := in.Deferred; d != nil && in.Status == Unparsed && !seen[d.On] {
			seen[d.On] = true
			days = append(days, d.On)
		}
	}
	sort.Strings(days)
	return days
}

// TakingEffectOn returns the instructions deferred to day alone, parsed
// with their edits, in their order: applied to the law as it stands the
// day before (the law as the bill leaves it, then each earlier day's),
// they give it as it stands that day.
func TakingEffectOn(ins []Instruction, day string) []Instruction {
	var out []Instruction
	for _, in := range ins {
		if in.takeEffect(day) {
			out = append(out, in)
		}
	}
	return out
}
