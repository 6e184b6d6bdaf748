package law

import "testing"

// TestGuard92AnnouncedLabels: items or parts announced by a list of
// labels — "sont insérés des 2° bis et 2° ter ainsi rédigés", "… est
// complété par des 4° et 5° ainsi rédigés", "Les 2° et 3° sont ainsi
// rédigés" — whose new text bears other labels of that kind, in order,
// are refused (the text went in under the quotation's labels). "des 4° et
// 5°" is one clause, not two joined by "et".
func TestGuard92AnnouncedLabels(t *testing.T) {
	L := []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "3° Le loup."}
	runGrammar(t, []grammarCase{
		{name: "added, same labels", before: L, text: []string{"L'article L. 1 du code civil est complété par des 4° et 5° ainsi rédigés :", "« 4° Le chien ;", "« 5° Le chat. »"},
			want: []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "3° Le loup ;", "4° Le chien ;", "5° Le chat."}},
		{name: "added, other labels: refused", before: L, text: []string{"L'article L. 1 du code civil est complété par des 4° et 5° ainsi rédigés :", "« 5° Le chien ;", "« 6° Le chat. »"}},
		{name: "inserted, same labels", before: L, text: []string{"Après le 2° de l'article L. 1 du code civil, sont insérés des 2° bis et 2° ter ainsi rédigés :", "« 2° bis Le chien ;", "« 2° ter Le chat ; »"},
			want: []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "2° bis Le chien ;", "2° ter Le chat ;", "3° Le loup."}},
		{name: "inserted, another label: refused", before: L, text: []string{"Après le 2° de l'article L. 1 du code civil, sont insérés des 2° bis et 2° ter ainsi rédigés :", "« 2° bis Le chien ;", "« 2° quater Le chat ; »"}},
		{name: "rewritten, same labels", before: L, text: []string{"Les 2° et 3° de l'article L. 1 du code civil sont ainsi rédigés :", "« 2° Le chien ;", "« 3° Le chat. »"},
			want: []string{"Le juge :", "1° Le chat ;", "2° Le chien ;", "3° Le chat."}},
		{name: "rewritten, other labels: refused", before: L, text: []string{"Les 2° et 3° de l'article L. 1 du code civil sont ainsi rédigés :", "« 3° Le chien ;", "« 4° Le chat. »"}},
	})
}

// TestGuard92AnnouncedLabelsCounted: the list announced after a count or
// with "un" before each label — "remplacé par deux 3° et 4° ainsi
// rédigés", "sont insérés un 2° bis et un 2° ter ainsi rédigés" — is held
// to the same way.
func TestGuard92AnnouncedLabelsCounted(t *testing.T) {
	L := []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "3° Le loup."}
	runGrammar(t, []grammarCase{
		{name: "deux, same labels", before: L, text: []string{"Le 3° de l'article L. 1 du code civil est remplacé par deux 3° et 4° ainsi rédigés :", "« 3° Le chien ;", "« 4° Le chat. »"},
			want: []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "3° Le chien ;", "4° Le chat."}},
		{name: "deux, other labels: refused", before: L, text: []string{"Le 3° de l'article L. 1 du code civil est remplacé par deux 3° et 4° ainsi rédigés :", "« 3° Le chien ;", "« 5° Le chat. »"}},
		{name: "un … et un …, same labels", before: L, text: []string{"Après le 2° de l'article L. 1 du code civil, sont insérés un 2° bis et un 2° ter ainsi rédigés :", "« 2° bis Le chien ; »", "« 2° ter Le chat ; »"},
			want: []string{"Le juge :", "1° Le chat ;", "2° Le rat ;", "2° bis Le chien ;", "2° ter Le chat ;", "3° Le loup."}},
		{name: "un … et un …, other labels: refused", before: L, text: []string{"Après le 2° de l'article L. 1 du code civil, sont insérés un 2° bis et un 2° ter ainsi rédigés :", "« 2° bis Le chien ; »", "« 2° quater Le chat ; »"}},
	})
}
