package law

import "testing"

// TestGrammarAmendmentMarkup: the Sénat's layout as the sources serve it
// (HTML paragraphs, line breaks, CRLF).
func TestGrammarAmendmentMarkup(t *testing.T) {
	bill := []string{"I. - Le maire est élu pour six ans.", "Il est rééligible.", "II. - Le conseil se réunit."}
	runAmendments(t, []amCase{
		{"Sénat in HTML paragraphs", bill, "<p>Alinéa 1</p><p>Remplacer le mot :</p><p>six</p><p>par le mot :</p><p>cinq</p>", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2]}},
		{"Sénat with line breaks inside one paragraph", bill, "<p>Alinéa 1<br/>Remplacer le mot :<br/>six<br/>par le mot :<br/>cinq</p>", []string{"I. - Le maire est élu pour cinq ans.", bill[1], bill[2]}},
		{"CRLF line ends", bill, "Alinéa 2\r\n\r\nSupprimer cet alinéa.\r\n", []string{bill[0], bill[2]}},
		{"two parts, each with its locator line, in HTML", bill, "<p>I. – Alinéa 1</p><p>Remplacer le mot :</p><p>six</p><p>par le mot :</p><p>cinq</p><p>II. – Alinéa 2</p><p>Supprimer cet alinéa.</p>", []string{"I. - Le maire est élu pour cinq ans.", bill[2]}},
	})
}
