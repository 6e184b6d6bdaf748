package law

import (
	"strings"
	"testing"
)

// TestCode5RewrittenArticleHeading: "L'article L. 1 est ainsi rédigé :"
// then a text headed "Art. L. 1-1. – …" names another article: which the
// law makes is not said, refused (L. 1 took L. 1-1's text); the text of
// the article itself ("Art. L. 1. – …", "Art. 1er. – …" for article 1,
// "Art. 302 bis ZA. – …"), or of its new number after "devient … et est
// ainsi rédigé", is read.
func TestCode5RewrittenArticleHeading(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "another article's heading", before: []string{"Un."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1-1. – Nouveau. »"}},
		{name: "its own heading", before: []string{"Un."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Nouveau. »"}, want: []string{"Nouveau."}},
		{name: "no heading", before: []string{"Un."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Nouveau. »"}, want: []string{"Nouveau."}},
	})
	for _, tc := range []struct {
		code, heading, to string
		text              []string
	}{
		{"loi 2000 321", "1", "1", []string{"L'article 1er de la loi n° 2000-321 du 12 avril 2000 est ainsi rédigé :", "« Art. 1er. – Nouveau. »"}},
		{"code general des impots", "302 bis ZA", "302 bis ZA", []string{"L'article 302 bis ZA du code général des impôts est ainsi rédigé :", "« Art. 302 bis ZA. – Nouveau. »"}},
		{"code civil", "L2", "L6", []string{"L'article L. 2 du code civil devient l'article L. 6 et est ainsi rédigé :", "« Art. L. 6. – Nouveau. »"}},
	} {
		ref := CodeRef{Code: tc.code, Article: ArticleKey(tc.heading)}
		c := Corpus{ref: {Ref: ref, Heading: tc.heading, Alineas: []string{"Ancien."}}}
		got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: tc.text}}), ApplyOptions{})
		to := CodeRef{Code: tc.code, Article: ArticleKey(tc.to)}
		if g := strings.Join(got[to].Alineas, "|"); g != "Nouveau." || len(errs) > 0 {
			t.Errorf("%s: got %q (%v)", tc.text[0], g, errs)
		}
	}
}

// TestCode5RenumberedRewritten: "L'article L. 2 devient l'article L. 6 et
// est ainsi rédigé :" renumbers the article, then gives its text under
// the new number (refused before: "renumbering into a division of an
// article"); a text headed by a third number is refused.
func TestCode5RenumberedRewritten(t *testing.T) {
	l2, l6 := CodeRef{Code: "code civil", Article: "l2"}, CodeRef{Code: "code civil", Article: "l6"}
	for _, tc := range []struct {
		text []string
		want string
	}{
		{[]string{"L'article L. 2 du code civil devient l'article L. 6 et est ainsi rédigé :", "« Art. L. 6. – Nouveau. »"}, "Nouveau."},
		{[]string{"L'article L. 2 du code civil devient l'article L. 6 et est ainsi rédigé :", "« Nouveau.", "« Suite. »"}, "Nouveau.|Suite."},
		{[]string{"L'article L. 2 du code civil devient l'article L. 6 et est ainsi rédigé :", "« Art. L. 7. – Nouveau. »"}, ""},
	} {
		c := Corpus{l2: {Ref: l2, Heading: "L2", Alineas: []string{"Ancien."}}}
		ins := ParseInstructions([]Article{{Number: "1", Alineas: tc.text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if tc.want == "" {
			if ins[0].Status != Unparsed || strings.Join(got[l2].Alineas, "|") != "Ancien." {
				t.Errorf("%s: want refused, got %+v", tc.text[1], ins[0])
			}
			continue
		}
		if g := strings.Join(got[l6].Alineas, "|"); g != tc.want || len(errs) > 0 || len(got[l2].Alineas) > 0 {
			t.Errorf("%s: L. 6 reads %q (%v), L. 2 %q", tc.text[1], g, errs, got[l2].Alineas)
		}
	}
}

// TestCode5InsertedBetween: "Entre les articles L. 1 et L. 2, il est
// inséré un article L. 1-1" names one place by both its neighbours: the
// article is created once (a second creation failed, "in force
// already").
func TestCode5InsertedBetween(t *testing.T) {
	c := Corpus{}
	for _, h := range []string{"L1", "L2"} {
		r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"Un."}}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Entre les articles L. 1 et L. 2 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Nouveau. »"}}})
	got, errs := Apply(c, ins, ApplyOptions{})
	if a := got[CodeRef{Code: "code civil", Article: "l1-1"}]; len(errs) > 0 || strings.Join(a.Alineas, "|") != "Nouveau." {
		t.Errorf("got %q, %v", a.Alineas, errs)
	}
}

// TestCode5AddedToText: "Il est ajouté au code civil un article L. 9",
// "Il est inséré dans la loi n° … un article 5 bis", "Sont ajoutés au
// code civil deux articles …": the text added to, then the articles
// (refused before: "no target article").
func TestCode5AddedToText(t *testing.T) {
	for _, tc := range []struct {
		text []string
		want []string
	}{
		{[]string{"Il est ajouté au code civil un article L. 9 ainsi rédigé :", "« Art. L. 9. – Neuf. »"}, []string{"l9 (code civil)"}},
		{[]string{"Il est inséré dans la loi n° 2000-321 du 12 avril 2000 un article 5 bis ainsi rédigé :", "« Art. 5 bis. – Neuf. »"}, []string{"5 bis (loi 2000 321)"}},
		{[]string{"Sont ajoutés au code civil deux articles L. 9 et L. 10 ainsi rédigés :", "« Art. L. 9. – Neuf.", "« Art. L. 10. – Dix. »"}, []string{"l9 (code civil)", "l10 (code civil)"}},
	} {
		arts := code5NewArticles(t, tc.text)
		var got []string
		for _, a := range arts {
			got = append(got, a.Ref.String())
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: created %q, want %q", tc.text[0], got, tc.want)
		}
	}
}
