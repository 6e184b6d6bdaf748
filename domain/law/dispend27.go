package law

// amStatementHead27 is another heading of an amendment's statement of
// reasons, alone on its line: "Exposé des motifs" (any case, with or
// without its colon), as amStatementHead's "EXPOSÉ SOMMAIRE" / "Objet".
var amStatementHead27 = mustRe(`^\s*(?i:expos[ée]\s+des\s+motifs)\s*:?\s*$`)

// amStatementSentence27 is the first words of a sentence speaking of the
// amendment itself, printed after its dispositif without a heading: a
// qualification alone on its line ("Amendement de précision.",
// "Amendement rédactionnel."; followed by more sentences, the line is
// prose the dispositif does not end at: TestAmLayout10StatementSentence), "Tel est l'objet du présent amendement.", "Les
// auteurs de cet amendement …", "Par cet amendement, …". A dispositif
// speaks of the text, and new text of the law, never of the amendment:
// such a line was inserted into the article as a new alinéa.
var amStatementSentence27 = mustRe(`^(?:Amendement\s+(?:de|d['’]|r[ée]dactionnel\b)[^.;:«»]{0,60}\.?$|Tel\s+est\s+(?:l['’]objet|le\s+sens)\s+(?:du\s+présent|de\s+cet|de\s+ce)\s+(?:sous-)?amendement|Les\s+auteurs\s+(?:de\s+cet|du\s+présent|de\s+ce)\s+(?:sous-)?amendement|Par\s+(?:cet|le\s+présent|ce)\s+(?:sous-)?amendement\b)`)

// statementLine27 reports whether a line of a dispositif (cleaned)
// begins its statement of reasons: the headings and sentences above.
func statementLine27(l string) bool {
	return amStatementHead27.MatchString(l) || amStatementSentence27.MatchString(l)
}
