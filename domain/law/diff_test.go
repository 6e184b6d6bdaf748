package law

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func rebuild(ops []Op, keep OpKind) string {
	var parts []string
	for _, o := range ops {
		if o.Kind == OpEqual || o.Kind == keep {
			parts = append(parts, o.Text)
		}
	}
	return strings.Join(parts, " ")
}

func tokenTexts(s string) string {
	var f []string
	for _, t := range Tokenize(s) {
		f = append(f, t.Text)
	}
	return strings.Join(f, "|")
}

// TestDiffWordsRebuilds checks, on random edits of real text, that the
// equal+delete runs give back the old tokens and equal+insert the new ones.
func TestDiffWordsRebuilds(t *testing.T) {
	base := strings.Fields("La Haute Autorité pour la diffusion des oeuvres et la protection des droits sur internet est une autorité publique indépendante. A ce titre, elle est dotée de la personnalité morale.")
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 500 {
		a := append([]string(nil), base[:r.IntN(len(base))]...)
		b := append([]string(nil), a...)
		for range r.IntN(6) {
			if len(b) == 0 {
				break
			}
			i := r.IntN(len(b))
			switch r.IntN(3) {
			case 0:
				b = append(b[:i], b[i+1:]...)
			case 1:
				b = append(b[:i], append([]string{base[r.IntN(len(base))]}, b[i:]...)...)
			case 2:
				b[i] = "X"
			}
		}
		as, bs := strings.Join(a, " "), strings.Join(b, " ")
		ops := DiffWords(as, bs)
		if got, want := tokenTexts(rebuild(ops, OpDelete)), tokenTexts(as); got != want {
			t.Fatalf("case %d: old side: got %q, want %q", n, got, want)
		}
		if got, want := tokenTexts(rebuild(ops, OpInsert)), tokenTexts(bs); got != want {
			t.Fatalf("case %d: new side: got %q, want %q", n, got, want)
		}
	}
}

func TestDiffWords(t *testing.T) {
	tests := []struct {
		a, b string
		want []Op
	}{
		{"le mot rapide", "le mot rapide", []Op{{OpEqual, "le mot rapide"}}},
		{"l'autorité de régulation", "la Haute Autorité de régulation", []Op{{OpDelete, "l'autorité"}, {OpInsert, "la Haute Autorité"}, {OpEqual, " de régulation"}}},
		{"a, b.", "a b.", []Op{{OpEqual, "a"}, {OpDelete, ","}, {OpEqual, " b."}}},
		{"", "nouveau", []Op{{OpInsert, "nouveau"}}},
	}
	for _, tt := range tests {
		got := DiffWords(tt.a, tt.b)
		if len(got) != len(tt.want) {
			t.Errorf("DiffWords(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("DiffWords(%q, %q)[%d] = %q, want %q", tt.a, tt.b, i, got[i], tt.want[i])
			}
		}
	}
}

// TestMyersMinimal checks on random sequences that the edit script is valid
// and as short as the LCS allows.
func TestMyersMinimal(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 3000 {
		a := make([]int32, r.IntN(30))
		b := make([]int32, r.IntN(30))
		for i := range a {
			a[i] = int32(r.IntN(4))
		}
		for i := range b {
			b[i] = int32(r.IntN(4))
		}
		ks := myersInts(a, b)
		ia, ib, edits := 0, 0, 0
		for _, k := range ks {
			switch k {
			case OpEqual:
				if ia >= len(a) || ib >= len(b) || a[ia] != b[ib] {
					t.Fatalf("case %d: equal step at %d,%d on different tokens", n, ia, ib)
				}
				ia++
				ib++
			case OpDelete:
				ia++
				edits++
			case OpInsert:
				ib++
				edits++
			}
		}
		if ia != len(a) || ib != len(b) {
			t.Fatalf("case %d: script covers %d,%d of %d,%d", n, ia, ib, len(a), len(b))
		}
		// LCS by dynamic programming.
		dp := make([][]int, len(a)+1)
		for i := range dp {
			dp[i] = make([]int, len(b)+1)
		}
		for i := len(a) - 1; i >= 0; i-- {
			for j := len(b) - 1; j >= 0; j-- {
				if a[i] == b[j] {
					dp[i][j] = dp[i+1][j+1] + 1
				} else {
					dp[i][j] = max(dp[i+1][j], dp[i][j+1])
				}
			}
		}
		if want := len(a) + len(b) - 2*dp[0][0]; edits != want {
			t.Fatalf("case %d: %d edits, want %d", n, edits, want)
		}
	}
}
