package law

import "testing"

// TestMetaFlatArticleInTitle: an article named in the title of the text
// whose article the locator names — "La première phrase de l'article 2 de
// la loi n° 2000-1 du 3 janvier 2000 portant application de l'article 11
// de la Constitution est complétée …", the flat writing of "La loi n° …
// portant application de l'article 11 de la Constitution est ainsi
// modifiée : 1° La première phrase de l'article 2 est complétée …" — is
// the title's, not a second place: the law's article 2 is edited (it was
// refused: a second article named apart in the locator). A second
// article after a comma or "et de l'article" after the date is a second
// place, refused as before.
func TestMetaFlatArticleInTitle(t *testing.T) {
	runTexts(t, "title after the date", []string{
		"La première phrase de l'article 2 de la loi n° 2000-1 du 3 janvier 2000 portant application de l'article 11 de la Constitution est complétée par les mots : « sans délai »."},
		[]string{"l1 Le juge signe.", "l2 Le maire date.", "loi-2000-1:1 Le préfet vise.", "loi-2000-1:2 Le clerc lit sans délai.", "loi-2000-2:1 Le greffier note."})
	runTexts(t, "title relative à", []string{
		"À l'article 2 de la loi n° 2000-1 du 3 janvier 2000 relative à l'application de l'article 11 de la Constitution, le mot : « lit » est remplacé par le mot : « note »."},
		[]string{"l1 Le juge signe.", "l2 Le maire date.", "loi-2000-1:1 Le préfet vise.", "loi-2000-1:2 Le clerc note.", "loi-2000-2:1 Le greffier note."})
	runTexts(t, "a second place after a comma", []string{
		"Au premier alinéa de l'article 2 de la loi n° 2000-1 du 3 janvier 2000, de l'article 1er de la loi n° 2000-2 du 4 janvier 2000, le mot : « Le » est remplacé par le mot : « Un »."},
		nil)
}
