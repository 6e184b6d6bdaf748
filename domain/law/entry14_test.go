package law

import (
	"fmt"
	"strings"
	"testing"
)

// entry14Status is, for each alinéa of the bill's instructions read (in
// the order read), "A:n:applied", "A:n:deferred@day" (to a day),
// "A:n:deferred" (to no day), "A:n:marked" (TakesEffect) or
// "A:n:refused(reason)"; the entry alinéas themselves are left out.
func entry14Status(arts []Article) string {
	var got []string
	for _, in := range ParseInstructions(arts) {
		s := ""
		switch {
		case in.Status == Parsed && in.TakesEffect != "":
			s = "marked"
		case in.Status == Parsed:
			s = "applied"
		case strings.HasPrefix(in.Reason, "deferred:") && in.Deferred != nil:
			s = "deferred@" + in.Deferred.On
		case strings.HasPrefix(in.Reason, "deferred:"):
			s = "deferred"
		case in.Reason == "no known instruction form" || strings.HasPrefix(in.Reason, "an entry into force"):
			continue
		default:
			s = "refused(" + in.Reason + ")"
		}
		got = append(got, fmt.Sprintf("%s:%d:%s", in.Article, in.Alinea, s))
	}
	return strings.Join(got, " ")
}

var entry14Three = []string{
	"I. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
	"II. – À l'article L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
	"III. – À l'article L. 3 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
}

func entry14Check(t *testing.T, arts []Article, want string) {
	t.Helper()
	if got := entry14Status(arts); got != want {
		t.Errorf("%s:\n got %s\nwant %s", arts[len(arts)-1].Alineas[len(arts[len(arts)-1].Alineas)-1], got, want)
	}
}

// TestEntry14OwnArticle: an entry into force in the article itself.
// "Les présents I et II" are the I and the II; an exception before or
// within the subject ("À l'exception de son III, le présent article …")
// leaves the parts excepted; a list of parts of several levels ("Le I
// et le B du II") defers exactly them; a part the article has not, on a
// day of the calendar, is not understood: every part refused, to no day.
// A clause before the subject ("Sous réserve du III, le présent article
// …") leaves the parts unsaid: every part, to no day. A rule of
// application to situations ("s'applique aux contrats conclus à compter
// du …") is no date of the text: nothing deferred.
func TestEntry14OwnArticle(t *testing.T) {
	const d = "deferred@2030-01-01"
	for _, tc := range []struct{ entry, want string }{
		{"IV. – Les présents I et II entrent en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:" + d + " 5:3:applied"},
		{"IV. – Les I et II du présent article entrent en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:" + d + " 5:3:applied"},
		{"IV. – Les présents I et II entrent en vigueur six mois après la publication de la présente loi.", "5:1:marked 5:2:marked 5:3:applied"},
		{"IV. – Le présent article entre en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:" + d + " 5:3:" + d},
		{"IV. – Les dispositions du I entrent en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:applied 5:3:applied"},
		{"IV. – Le I s'applique à compter du 1er janvier 2030.", "5:1:" + d + " 5:2:applied 5:3:applied"},
		{"IV. – Le II est applicable à compter du 1er janvier 2030.", "5:1:applied 5:2:" + d + " 5:3:applied"},
		{"IV. – Le II est applicable aux contrats conclus à compter du 1er janvier 2030.", "5:1:applied 5:2:applied 5:3:applied"},
		{"IV. – Le II s'applique aux contrats conclus à compter du 1er janvier 2030.", "5:1:applied 5:2:applied 5:3:applied"},
		{"IV. – À l'exception de son III, le présent article entre en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:" + d + " 5:3:applied"},
		{"IV. – À l'exception du III, le présent article entre en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:" + d + " 5:3:applied"},
		{"IV. – Le présent article, à l'exception de ses II et III, entre en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:applied 5:3:applied"},
		{"IV. – À l'exception des I, II et V, le présent article entre en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"IV. – À l'exception des I et II, le présent article entre en vigueur le 1er janvier 2030.", "5:1:applied 5:2:applied 5:3:" + d},
		{"IV. – Le présent article, à l'exception des I, II, entre en vigueur le 1er janvier 2030.", "5:1:applied 5:2:applied 5:3:" + d},
		{"IV. – À l'exception de son V, le présent article entre en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"IV. – Le présent article entre en vigueur le 1er janvier 2030, à l'exception du III.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"IV. – Sous réserve du III, le présent article entre en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"IV. – Par dérogation, le I entre en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"IV. – Le I, le II et le III entrent en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:" + d + " 5:3:" + d},
		{"IV. – Les I et II entrent en vigueur à une date fixée par décret, et au plus tard le 1er janvier 2030.", "5:1:marked 5:2:marked 5:3:applied"},
		{"IV. – Le V entre en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"IV. – Les I et V entrent en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"IV. – Le V entre en vigueur six mois après la publication de la présente loi.", "5:1:applied 5:2:applied 5:3:applied"},
		{"IV. – Le I et le III entrent en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:applied 5:3:" + d},
		{"IV. – Le I, le II et le V entrent en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
	} {
		entry14Check(t, []Article{{Number: "5", Alineas: append(append([]string(nil), entry14Three...), tc.entry)}}, tc.want)
	}
	mixed := []string{
		"I. – Le code civil est ainsi modifié :",
		"1° L'article L. 1 est abrogé ;",
		"2° L'article L. 2 est abrogé ;",
		"3° L'article L. 3 est abrogé.",
		"II. – L'article L. 4 du code civil est abrogé.",
		"III. – L'article L. 5 du code civil est abrogé.",
	}
	for _, tc := range []struct{ entry, want string }{
		{"IV. – Les 1° et 3° du I ainsi que le II entrent en vigueur le 1er janvier 2030.", "5:1:refused() 5:2:D 5:3:applied 5:4:D 5:5:D 5:6:applied"},
		{"IV. – Le 2° du I et le III entrent en vigueur le 1er janvier 2030.", "5:1:refused() 5:2:applied 5:3:D 5:4:applied 5:5:applied 5:6:D"},
		// An item missing defers nothing, as before (entryMissing).
		{"IV. – Le 4° du I et le III entrent en vigueur le 1er janvier 2030.", "5:1:refused() 5:2:applied 5:3:applied 5:4:applied 5:5:applied 5:6:D"},
	} {
		entry14Check(t, []Article{{Number: "5", Alineas: append(append([]string(nil), mixed...), tc.entry)}}, strings.ReplaceAll(tc.want, ":D", ":"+d))
	}
}

// TestEntry14OtherArticle: the same in another article of the law ("Le
// I de l'article 5 …", "À l'exception de son III, l'article 5 …", "Le V
// de l'article 5 …"): never lost.
func TestEntry14OtherArticle(t *testing.T) {
	const d = "deferred@2030-01-01"
	for _, tc := range []struct{ entry, want string }{
		{"L'article 5 de la présente loi entre en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:" + d + " 5:3:" + d},
		{"Le I de l'article 5 de la présente loi entre en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:applied 5:3:applied"},
		{"Les dispositions du I de l'article 5 s'appliquent à compter du 1er janvier 2030.", "5:1:" + d + " 5:2:applied 5:3:applied"},
		{"Le II de l'article 5 est applicable aux contrats conclus à compter du 1er janvier 2030.", "5:1:applied 5:2:applied 5:3:applied"},
		{"À l'exception de son III, l'article 5 entre en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:" + d + " 5:3:applied"},
		{"L'article 5, à l'exception de son III, entre en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:" + d + " 5:3:applied"},
		{"À l'exception de son V, l'article 5 entre en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"Sous réserve du III, l'article 5 entre en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"Le V de l'article 5 entre en vigueur le 1er janvier 2030.", "5:1:deferred 5:2:deferred 5:3:deferred"},
		{"Le I et le III de l'article 5 entrent en vigueur le 1er janvier 2030.", "5:1:" + d + " 5:2:applied 5:3:" + d},
		{"Le I de l'article 5 entre en vigueur six mois après la publication de la présente loi.", "5:1:marked 5:2:applied 5:3:applied"},
	} {
		entry14Check(t, []Article{{Number: "5", Alineas: entry14Three}, {Number: "6", Alineas: []string{tc.entry}}}, tc.want)
	}
}
