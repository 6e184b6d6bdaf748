package law

import "testing"

// TestSigns21RanksInTurn: the occurrences one instruction's operations
// name are counted on the text before it, from the end as from the
// start, a deletion as a replacement.
func TestSigns21RanksInTurn(t *testing.T) {
	runGrammar(t, []grammarCase{
		{
			name:   "the last replaced, then the last but one deleted",
			before: []string{"Le juge et le greffier et l'huissier et le maire."},
			text:   []string{"À l'article L. 1 du code civil, la dernière occurrence du mot : « et » est remplacée par le mot : « ou » et l'avant-dernière occurrence du mot : « et » est supprimée."},
			want:   []string{"Le juge et le greffier l'huissier ou le maire."},
		},
		{
			name:   "the last deleted, then the last but one replaced",
			before: []string{"Le juge et le greffier et l'huissier et le maire."},
			text:   []string{"À l'article L. 1 du code civil, la dernière occurrence du mot : « et » est supprimée et l'avant-dernière occurrence du mot : « et » est remplacée par le mot : « ou »."},
			want:   []string{"Le juge et le greffier ou l'huissier le maire."},
		},
		{
			name:   "signs by their rank",
			before: []string{"Le juge signe, le greffier date, l'huissier note, et le maire vise."},
			text:   []string{"À l'article L. 1 du code civil, la dernière virgule est remplacée par le mot : « puis » et l'avant-dernière virgule est supprimée."},
			want:   []string{"Le juge signe, le greffier date l'huissier note puis et le maire vise."},
		},
		{
			name:   "the first deleted, then the second replaced",
			before: []string{"Le juge et le greffier et l'huissier et le maire."},
			text:   []string{"À l'article L. 1 du code civil, la première occurrence du mot : « et » est supprimée et la deuxième occurrence du mot : « et » est remplacée par le mot : « ou »."},
			want:   []string{"Le juge le greffier ou l'huissier et le maire."},
		},
		{
			name:   "another alinéa is another count",
			before: []string{"Le juge et le greffier et l'huissier et le maire.", "Le juge et le greffier et le maire."},
			text:   []string{"À l'article L. 1 du code civil, au premier alinéa, la dernière occurrence du mot : « et » est supprimée et, au second alinéa, la dernière occurrence du mot : « et » est remplacée par le mot : « ou »."},
			want:   []string{"Le juge et le greffier et l'huissier le maire.", "Le juge et le greffier ou le maire."},
		},
	})
}
