package law

import "testing"

// A division renumbered, merged or retitled in words the grammar does not
// apply is an instruction: read, or flagged as not understood — never
// passed over as if it were no instruction (the articles' folders would
// go stale for every later instruction naming the division).
func TestDivisionChangesNeverPassedOver(t *testing.T) {
	ch1 := " du chapitre Ier du titre Ier du livre Ier du code de commerce"
	for _, line := range []string{
		"La section 2" + ch1 + " est renumérotée section 3.",
		"La section 2" + ch1 + " est renumérotée en section 3.",
		"Les sections 2 et 3" + ch1 + " sont fusionnées.",
		"Les sections 2 et 3" + ch1 + " sont réunies en une section 2 intitulée : « Des délais ».",
		"La sous-section 1 de la section 2" + ch1 + " est transférée à la fin du chapitre.",
		"Le chapitre II du titre Ier du livre Ier du code de commerce est ainsi intitulé : « Des délais ».",
		"Le titre préliminaire du livre Ier du code de commerce est renuméroté titre Ier A.",
	} {
		_, _, ins := gdApply(div8Corpus(), line)
		if len(ins) != 1 {
			t.Errorf("%q: %d instructions, want 1 (read or flagged)", line, len(ins))
		}
	}
	// Narration that names no division of a text is still no instruction.
	for _, line := range []string{
		"Les biens sont transférés à l'État.",
		"Les membres sont réunis en assemblée générale.",
	} {
		if _, _, ins := gdApply(div8Corpus(), line); len(ins) != 0 {
			t.Errorf("%q: read as an instruction", line)
		}
	}
}
