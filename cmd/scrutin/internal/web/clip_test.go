package web

import "testing"

func TestClipTitle(t *testing.T) {
	for _, c := range []struct {
		max     int
		in, out string
	}{
		{20, "Projet de loi court", "Projet de loi court"},
		{20, "Projet de loi relatif aux ports, et à la mer", "Projet de loi…"},
		{24, "Projet de loi relatif, aux ports", "Projet de loi relatif…"},
		{10, "Anticonstitutionnellement dit", "Anticonstitutionnellement dit"}, // no word ends in reach: kept whole
		{12, "Loi à été é été", "Loi à été é…"},
	} {
		if got := clipTitle(c.max, c.in); got != c.out {
			t.Errorf("clipTitle(%d, %q) = %q, want %q", c.max, c.in, got, c.out)
		}
	}
}
