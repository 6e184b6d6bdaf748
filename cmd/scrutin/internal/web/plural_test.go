package web

import "testing"

// TestCountWords: a count takes the singular where its language does —
// French for 0 and 1, English for 1 alone — and a message without a
// singular stays as it is.
func TestCountWords(t *testing.T) {
	for _, c := range []struct {
		lang, key string
		n         int
		want      string
	}{
		{"fr", "bills.stages", 0, "étape"},
		{"fr", "bills.stages", 1, "étape"},
		{"fr", "bills.stages", 2, "étapes"},
		{"en", "bills.stages", 0, "stages"},
		{"en", "bills.stages", 1, "stage"},
		{"en", "bills.stages", 12, "stages"},
		{"fr", "am.count", 1, "%d amendement"},
		{"fr", "am.count", 15, "%d amendements"},
		{"fr", "bills.title", 1, "Textes"}, // no singular: as it is
	} {
		if got := tn(c.lang, c.key, c.n); got != c.want {
			t.Errorf("tn(%s, %s, %d) = %q, want %q", c.lang, c.key, c.n, got, c.want)
		}
	}
	if got := upFirst("projet de loi"); got != "Projet de loi" {
		t.Errorf("upFirst: %q", got)
	}
	if got := upFirst("élection"); got != "Élection" {
		t.Errorf("upFirst: %q", got)
	}
}
