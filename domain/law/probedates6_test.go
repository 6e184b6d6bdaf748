package law

import (
	"strings"
	"testing"
)

// probeStatus is what the engine does now with each instruction of a
// bill article: "now" applied at once, "day:YYYY-MM-DD" refused as
// deferred with its edits kept for that day, "deferred" refused as
// deferred to no day read, "later" applied and marked with an entry
// into force by a delay or an event (TakesEffect).
func probeStatus(in Instruction) string {
	switch {
	case in.Status == Parsed && in.TakesEffect != "":
		return "later"
	case in.Status == Parsed:
		return "now"
	case in.Deferred != nil && strings.HasPrefix(in.Reason, "deferred"):
		return "day:" + in.Deferred.On
	case strings.HasPrefix(in.Reason, "deferred"):
		return "deferred"
	}
	return "unparsed"
}

// probeBill reads bill articles and checks the status of the
// instructions standing at the alinéas want names ("1er/2": article 1er,
// alinéa 2).
func probeBill(t *testing.T, name string, arts []Article, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, in := range ParseInstructions(arts) {
		got[string(in.Article)+"/"+itoa(in.Alinea)] = probeStatus(in)
	}
	for at, w := range want {
		if got[at] != w {
			t.Errorf("%s: %s is %q, want %q (%v)", name, at, got[at], w, got)
		}
	}
}

// TestProbeDates6Written: a date written in the instruction, outside its
// quotations. A day of the calendar ("1er janvier", "1 er janvier" as
// some texts print it, "31 décembre") defers it to that day; a day
// another alinéa names ("À cette date, …", "À la même date, …"), a delay
// ("Six mois après la publication …, …"), a year ("En 2030, …", "Au
// titre de l'année 2030, …"), "Dès le …" defer it to no day read (they
// were applied at once); the law's own date ("À compter de la
// publication de la présente loi, …") and a date inside the new text
// defer nothing.
func TestProbeDates6Written(t *testing.T) {
	for text, want := range map[string]string{
		"III. – L'article L. 1 du code civil est abrogé à compter du 1er janvier 2030.":                                                   "day:2030-01-01",
		"III. – À compter du 1er janvier 2030, l'article L. 1 du code civil est abrogé.":                                                  "day:2030-01-01",
		"L'article L. 1 du code civil est abrogé à compter du 1 er janvier 2030.":                                                         "day:2030-01-01",
		"À compter du 1 er janvier 2030, l'article L. 1 du code civil est abrogé.":                                                        "day:2030-01-01",
		"L'article L. 1 du code civil est abrogé le 31 décembre 2029.":                                                                    "day:2029-12-31",
		"Au 1er janvier 2030, l'article L. 1 du code civil est abrogé.":                                                                   "day:2030-01-01",
		"L'article L. 1 du code civil est abrogé à compter de l'année 2030.":                                                              "deferred",
		"À compter des impositions établies au titre de l'année 2030, l'article L. 1 du code civil est abrogé.":                           "deferred",
		"À compter de la publication de la présente loi, l'article L. 1 du code civil est abrogé.":                                        "now",
		"À compter du premier jour du sixième mois suivant la publication de la présente loi, l'article L. 1 du code civil est abrogé.":   "deferred",
		"Six mois après la publication de la présente loi, l'article L. 1 du code civil est abrogé.":                                      "deferred",
		"Dès le 1er janvier 2030, l'article L. 1 du code civil est abrogé.":                                                               "deferred",
		"À cette date, l'article L. 1 du code civil est abrogé.":                                                                          "deferred",
		"À compter de cette date, l'article L. 1 du code civil est abrogé.":                                                               "deferred",
		"À la même date, l'article L. 1 du code civil est abrogé.":                                                                        "deferred",
		"En 2030, l'article L. 1 du code civil est abrogé.":                                                                               "deferred",
		"Au titre de l'année 2030, l'article L. 1 du code civil est abrogé.":                                                              "deferred",
		"L'article L. 1 du code civil est abrogé à une date fixée par décret et au plus tard le 1er janvier 2030.":                        "deferred",
		"Pour les contrats conclus à compter du 1er janvier 2030, l'article L. 1 du code civil est abrogé.":                               "deferred",
		"Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par les mots : « maire, à compter du 1er janvier 2030, ».": "now",
		"Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par les mots : « maire en 2030, ».":                        "now",
	} {
		probeBill(t, text, []Article{{Number: "1er", Alineas: []string{text}}}, map[string]string{"1er/1": want})
	}
	for name, al := range map[string][]string{
		"a new article":        {"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – À compter du 1er janvier 2030, le juge signe. »"},
		"an article rewritten": {"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – À cette date, le juge signe. »"},
		"an alinéa added":      {"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Le présent article est abrogé à compter du 1er janvier 2030. »"},
	} {
		probeBill(t, name, []Article{{Number: "1er", Alineas: al}}, map[string]string{"1er/1": "now"})
	}
}

// TestProbeDates6Entry: an entry into force in the same article. A day
// of the calendar defers the parts named ("Le I", "Les 2° et 3° du I" —
// those only, the others applied —, "Les dispositions du II
// s'appliquent à compter du …", "Le I est applicable à compter du …");
// an applicability to contracts or tax years is no date of the text
// (applied); a delay or an event marks the parts (TakesEffect); two
// entries in one alinéa ("Le I … ; le II …") defer every part to no day.
func TestProbeDates6Entry(t *testing.T) {
	I := "I. – Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."
	II := "II. – L'article L. 2 du code civil est abrogé."
	for entry, want := range map[string][2]string{
		"Le I entre en vigueur le 1er janvier 2030.":                                                            {"day:2030-01-01", "now"},
		"Le I entre en vigueur le 1 er janvier 2030.":                                                           {"day:2030-01-01", "now"},
		"Le I entre en vigueur le 31 décembre 2029.":                                                            {"day:2029-12-31", "now"},
		"Le I du présent article entre en vigueur au 1er janvier 2030.":                                         {"day:2030-01-01", "now"},
		"Le I prend effet le 1er janvier 2030.":                                                                 {"day:2030-01-01", "now"},
		"Les dispositions du II s'appliquent à compter du 1er janvier 2030.":                                    {"now", "day:2030-01-01"},
		"Le I est applicable à compter du 1er janvier 2030.":                                                    {"day:2030-01-01", "now"},
		"Les I et II entrent en vigueur le 1er janvier 2030.":                                                   {"day:2030-01-01", "day:2030-01-01"},
		"Le présent article entre en vigueur le 1er janvier 2030.":                                              {"day:2030-01-01", "day:2030-01-01"},
		"Le I est applicable aux contrats conclus à compter du 1er janvier 2030.":                               {"now", "now"},
		"Le I s'applique aux impositions établies au titre de l'année 2030.":                                    {"now", "now"},
		"Le I entre en vigueur à compter de la publication de la présente loi.":                                 {"now", "now"},
		"La présente loi entre en vigueur le 1er janvier 2030.":                                                 {"now", "now"},
		"Le présent article entre en vigueur à une date fixée par décret, et au plus tard le 1er janvier 2030.": {"later", "later"},
		"Le I entre en vigueur le 1er janvier 2030 ; le II entre en vigueur le 1er juillet 2030.":               {"deferred", "deferred"},
		"Le I entre en vigueur le 1er janvier 2030. Le II entre en vigueur le 1er juillet 2030.":                {"deferred", "deferred"},
	} {
		probeBill(t, entry, []Article{{Number: "1er", Alineas: []string{I, II, "III. – " + entry}}}, map[string]string{"1er/1": want[0], "1er/2": want[1]})
	}
	items := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé ;", "3° L'article L. 3 est abrogé.", "II. – L'article L. 4 du code civil est abrogé."}
	for entry, want := range map[string][4]string{
		"Les 2° et 3° du I entrent en vigueur le 1er janvier 2030.":     {"now", "day:2030-01-01", "day:2030-01-01", "now"},
		"Les 1°, 2° et 3° du I entrent en vigueur le 1er janvier 2030.": {"day:2030-01-01", "day:2030-01-01", "day:2030-01-01", "now"},
		"Les 1° et 3° du I s'appliquent à compter du 1er janvier 2030.": {"day:2030-01-01", "now", "day:2030-01-01", "now"},
		"Le 2° du I entre en vigueur le 1er janvier 2030.":              {"now", "day:2030-01-01", "now", "now"},
	} {
		probeBill(t, entry, []Article{{Number: "1er", Alineas: append(append([]string{}, items...), "III. – "+entry)}}, map[string]string{"1er/2": want[0], "1er/3": want[1], "1er/4": want[2], "1er/5": want[3]})
	}
}

// TestProbeDates6OtherArticle: another article of the law sets the day;
// a number of its list the bill does not hold ("Les articles 3 et 5 …"
// with no article 5) leaves the others named (article 3 was applied at
// once).
func TestProbeDates6OtherArticle(t *testing.T) {
	arts := func(entry string) []Article {
		return []Article{
			{Number: "1er", Alineas: []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article L. 2 du code civil est abrogé."}},
			{Number: "2", Alineas: []string{"L'article L. 3 du code civil est abrogé."}},
			{Number: "3", Alineas: []string{"L'article L. 4 du code civil est abrogé."}},
			{Number: "12", Alineas: []string{entry}},
		}
	}
	for entry, want := range map[string][4]string{
		"Les articles 3 et 5 entrent en vigueur le 1er janvier 2030.":                                 {"now", "now", "now", "day:2030-01-01"},
		"Les articles 1er et 3 entrent en vigueur le 1er janvier 2030.":                               {"day:2030-01-01", "day:2030-01-01", "now", "day:2030-01-01"},
		"Les articles 1er à 3 entrent en vigueur le 1er janvier 2030.":                                {"day:2030-01-01", "day:2030-01-01", "day:2030-01-01", "day:2030-01-01"},
		"Les articles 3 à 5 entrent en vigueur le 1er janvier 2030.":                                  {"now", "now", "now", "now"},
		"Le II de l'article 1er entre en vigueur le 1er janvier 2030.":                                {"now", "day:2030-01-01", "now", "now"},
		"L'article 2 de la présente loi entre en vigueur le 1er janvier 2030.":                        {"now", "now", "day:2030-01-01", "now"},
		"L'article 2 s'applique aux contrats conclus à compter du 1er janvier 2030.":                  {"now", "now", "now", "now"},
		"L'article 1er de la loi n° 2000-1 du 1er janvier 2000 entre en vigueur le 1er janvier 2030.": {"now", "now", "now", "now"},
		"L'article 2 entre en vigueur six mois après la publication de la présente loi.":              {"now", "now", "later", "now"},
	} {
		probeBill(t, entry, arts(entry), map[string]string{"1er/1": want[0], "1er/2": want[1], "2/1": want[2], "3/1": want[3]})
	}
}

// TestProbeDates6OnTheDay: an instruction deferred by "1 er janvier" is
// applied on its day, and only then.
func TestProbeDates6OnTheDay(t *testing.T) {
	P := []string{"I. – Le maire signe.", "II. – Le préfet date."}
	runDays(t, []dayCase{
		{"1 er, first", P, []string{"À compter du 1 er janvier 2030, au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."}, "2030-01-01", []string{"I. – Le juge signe.", P[1]}},
		{"1 er, an entry", P, []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – Le I entre en vigueur le 1 er juillet 2030."}, "2030-07-01", nil},
	})
}

// TestProbeDates6Tangled: an entry into force that names other parts
// taking effect at another date, or excepts some, refuses every part or
// article it names, to no day (they were applied at once, or deferred
// with the excepted part).
func TestProbeDates6Tangled(t *testing.T) {
	arts := func(entry string) []Article {
		return []Article{
			{Number: "1er", Alineas: []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article L. 2 du code civil est abrogé."}},
			{Number: "2", Alineas: []string{"L'article L. 3 du code civil est abrogé."}},
			{Number: "3", Alineas: []string{entry}},
		}
	}
	for entry, want := range map[string][3]string{
		"L'article 1er entre en vigueur le 1er janvier 2030 ; l'article 2 entre en vigueur le 1er juillet 2030.": {"deferred", "deferred", "deferred"},
		"Les articles 1er et 2 entrent en vigueur le 1er janvier 2030, à l'exception du II de l'article 1er.":    {"deferred", "deferred", "deferred"},
		"L'article 1er entre en vigueur le 1 er janvier 2030.":                                                   {"day:2030-01-01", "day:2030-01-01", "now"},
		"Le I de l'article 1er entre en vigueur le 1er janvier 2030.":                                            {"day:2030-01-01", "now", "now"},
	} {
		probeBill(t, entry, arts(entry), map[string]string{"1er/1": want[0], "1er/2": want[1], "2/1": want[2]})
	}
	I := "I. – Le code civil est ainsi modifié :"
	for entry, want := range map[string][2]string{
		"II. – Le I entre en vigueur le 1er janvier 2030, à l'exception du 2°.":                                       {"deferred", "deferred"},
		"II. – Le I entre en vigueur le 1er janvier 2030, sauf pour les contrats en cours.":                           {"deferred", "deferred"},
		"II. – Le I entre en vigueur le 1er janvier 2030 et s'applique aux contrats conclus à compter de cette date.": {"day:2030-01-01", "day:2030-01-01"},
	} {
		probeBill(t, entry, []Article{{Number: "1er", Alineas: []string{I, "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé.", entry}}}, map[string]string{"1er/2": want[0], "1er/3": want[1]})
	}
}
