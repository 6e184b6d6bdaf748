package projections

import (
	"sort"
	"strings"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// LawComparison is the law in force beside the law as the bill's final
// stage would leave it.
type LawComparison struct {
	Bill  domain.BillID        `json:"bill"`
	Stage string               `json:"stage"`
	Stats law.InstructionStats `json:"stats"`
	// Articles are the code articles the bill changes, by reference.
	Articles []LawArticle `json:"articles"`
	// Unparsed are the instructions that were not understood, raw: the
	// reader sees them as written, never a guess.
	Unparsed []RawInstruction `json:"unparsed"`
	// Failed are parsed edits that could not be applied (the text they
	// look for is not in the recorded article, or not with certainty),
	// and NotRecorded the articles targeted that the ledger does not hold.
	Failed      []FailedEdit  `json:"failed"`
	NotRecorded []ArticleName `json:"not_recorded"`
	// Recorded is how many code articles in force the ledger holds.
	Recorded int `json:"recorded"`
	// Later are the changes the bill defers to a day of the calendar
	// ("… est abrogé à compter du 1er janvier 2030", "Le I entre en
	// vigueur le …"), day by day: not in Articles (the law as the bill
	// leaves it at once), each day's from the law as it stands the day
	// before (law.TakingEffectOn).
	Later []LawOnDay `json:"later,omitempty"`
}

// LawOnDay is what changes in the law on a day the bill defers changes
// to: the instructions as written, and the code articles before and
// after that day.
type LawOnDay struct {
	Day          string           `json:"day"` // "2030-01-01"
	Instructions []RawInstruction `json:"instructions"`
	Articles     []LawArticle     `json:"articles"`
}

// LawArticle is one code article before and after.
type LawArticle struct {
	Code    string   `json:"code"`
	Article string   `json:"article"`
	Heading string   `json:"heading"`
	Status  string   `json:"status"` // modified, created, repealed
	Before  []string `json:"before"`
	After   []string `json:"after"`
	Ops     []law.Op `json:"ops"`
	// TakesEffect are the alinéas of the bill that set, by a delay or an
	// event, when its changes to this article take effect (law.LaterEffects):
	// the comparison shows them applied, as the consolidated codes do.
	TakesEffect []law.LaterEffect `json:"takes_effect,omitempty"`
}

// RawInstruction is an instruction shown as written.
type RawInstruction struct {
	Article string `json:"article"` // the bill article
	Text    string `json:"text"`
	Reason  string `json:"reason"`
	// Class is why it is not applied, in a word the pages explain in
	// plain language (law.Instruction.Class); Reason is the detail.
	Class law.RefusalClass `json:"class,omitempty"`
}

// FailedEdit is an edit of the bill read but not applied to the law in
// force: the instruction as written, the code article it edits, why in a
// word the pages explain (law.ApplyError.Class) and the engine's detail.
type FailedEdit struct {
	Article string `json:"article"` // the bill article
	Text    string `json:"text"`    // the instruction as written
	Code    string `json:"code"`
	Target  string `json:"target"` // the code article's key
	// Day is the day the edit was to take effect, for a deferred one.
	Day    string           `json:"day,omitempty"`
	Class  law.RefusalClass `json:"class"`
	Reason string           `json:"reason"`
}

// Name is the code article the edit targets.
func (f FailedEdit) Name() ArticleName { return ArticleName{Code: f.Code, Article: f.Target} }

// failedEdit is e, an edit of ins not applied, as the read model shows it.
func failedEdit(ins []law.Instruction, e law.ApplyError, day string) FailedEdit {
	f := FailedEdit{Code: e.Ref.Code, Target: e.Ref.Article, Day: day, Class: e.Class(), Reason: e.Reason}
	if e.Instruction >= 0 && e.Instruction < len(ins) {
		f.Article, f.Text = string(ins[e.Instruction].Article), ins[e.Instruction].Text
	}
	return f
}

// Law applies the modification instructions of the bill's final stage (or
// of stage, if not empty) to the code articles in force the ledger holds.
func (b *Bills) Law(id domain.BillID, stage string) (LawComparison, bool) {
	b.mu.RLock()
	m := b.bills[id]
	if m == nil {
		b.mu.RUnlock()
		return LawComparison{}, false
	}
	s := b.finalStage(m)
	if stage != "" {
		s = b.stage(id, stage)
	}
	if s == nil {
		b.mu.RUnlock()
		return LawComparison{Bill: id}, true
	}
	arts, before := articles(s), b.corpus()
	b.mu.RUnlock()
	return compareLaw(id, s.Tabled.Stage, arts, before), true
}

// ArticleName names an article of a code or a law by its canonical keys
// (law.CodeKey, law.ArticleKey: "code de la propriete intellectuelle",
// "l331-5"; "loi 2004 575", "6"); Article is "" for a whole text.
type ArticleName struct {
	Code    string `json:"code"`
	Article string `json:"article"`
}

// compareLaw applies the instructions of a stage's articles to the law in
// force, before, and compares the code articles they change.
func compareLaw(id domain.BillID, stage string, arts []law.Article, before law.Corpus) LawComparison {
	return compareInstructions(id, stage, law.ParseInstructions(arts), before)
}

// compareInstructions is compareLaw on the instructions read.
func compareInstructions(id domain.BillID, stage string, ins []law.Instruction, before law.Corpus) LawComparison {
	out := LawComparison{Bill: id, Stage: stage, Recorded: len(before)}
	out.Stats = law.Stats(ins)
	after, errs := law.Apply(before, ins, law.ApplyOptions{})
	missing := map[string]bool{}
	for _, e := range errs {
		if e.Missing {
			if !missing[e.Ref.String()] {
				missing[e.Ref.String()] = true
				out.NotRecorded = append(out.NotRecorded, ArticleName{Code: e.Ref.Code, Article: e.Ref.Article})
			}
			continue
		}
		out.Failed = append(out.Failed, failedEdit(ins, e, ""))
	}
	for _, in := range ins {
		if in.Status == law.Unparsed && in.Deferred == nil {
			out.Unparsed = append(out.Unparsed, RawInstruction{Article: string(in.Article), Text: in.Text, Reason: in.Reason, Class: in.Class()})
		}
	}
	out.Articles = changedArticles(before, after, law.LaterEffects(ins, errs))
	// Each day's changes, from the law as it stands the day before.
	prev := after
	for _, day := range law.DeferredDays(ins) {
		those := law.TakingEffectOn(ins, day)
		next, errs := law.Apply(prev, those, law.ApplyOptions{})
		on := LawOnDay{Day: day, Articles: changedArticles(prev, next, nil)}
		for _, in := range those {
			on.Instructions = append(on.Instructions, RawInstruction{Article: string(in.Article), Text: in.Text})
		}
		for _, e := range errs {
			if !e.Missing {
				out.Failed = append(out.Failed, failedEdit(those, e, day))
			}
		}
		out.Later = append(out.Later, on)
		prev = next
	}
	return out
}

// changedArticles compares the code articles that differ between before
// and after, in the order of codes and articles; later marks those whose
// changes take effect by a delay or an event.
func changedArticles(before, after law.Corpus, later map[law.CodeRef][]law.LaterEffect) []LawArticle {
	var out []LawArticle
	for _, ref := range law.Changed(before, after) {
		o, ook := before[ref]
		n, nok := after[ref]
		la := LawArticle{Code: ref.Code, Article: ref.Article, Heading: firstNonEmpty(n.Heading, o.Heading, ref.Article), Before: o.Alineas, After: n.Alineas, TakesEffect: later[ref]}
		switch {
		case !ook:
			la.Status = "created"
		case !nok || len(n.Alineas) == 0:
			la.Status = "repealed"
		default:
			la.Status = "modified"
		}
		la.Ops = law.DiffWords(strings.Join(o.Alineas, "\n"), strings.Join(n.Alineas, "\n"))
		out = append(out, la)
	}
	sort.Slice(out, func(i, j int) bool {
		a, c := out[i], out[j]
		if a.Code != c.Code {
			return a.Code < c.Code
		}
		return law.ArticleKey(a.Article) < law.ArticleKey(c.Article)
	})
	return out
}

// corpus returns the code articles in force the ledger holds, whole: an
// article being recorded again is left out until its last part arrives.
func (b *Bills) corpus() law.Corpus {
	out := law.Corpus{}
	for code, arts := range b.law.Codes {
		for key, c := range arts {
			if c.Complete() {
				ref := law.CodeRef{Code: code, Article: key}
				out[ref] = law.CodeArticle{Ref: ref, Heading: c.Recorded.Heading, Alineas: append([]string(nil), c.Alineas...)}
			}
		}
	}
	return out
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
