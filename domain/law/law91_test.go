package law

import "testing"

// TestLaw91EuropeanActDate: a European act cited with its date between
// commas, as bills type it — "le règlement (CE) n° 1234/2007 du Conseil,
// du 22 octobre 2007, portant …", "la directive 2006/123/CE du Parlement
// européen et du Conseil, du 12 décembre 2006, relative …" — is set
// without them in Légifrance's typography, as the Journal officiel cites
// it ("… du Conseil du 22 octobre 2007 portant …"; they were kept). A
// comma after the date that is not the title's ("…, du 16 décembre 2002,
// et …") stays, and so do both without the typography.
func TestLaw91EuropeanActDate(t *testing.T) {
	A := []string{"Le juge signe."}
	P := "L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :"
	runGrammar(t, []grammarCase{
		{name: "a regulation", legifrance: true, before: A,
			text: []string{P, "\"Il applique le règlement (CE) n° 1234/2007 du Conseil, du 22 octobre 2007, portant organisation commune des marchés.\""},
			want: []string{"Le juge signe.", "Il applique le règlement (CE) n° 1234/2007 du Conseil du 22 octobre 2007 portant organisation commune des marchés."}},
		{name: "a directive", legifrance: true, before: A,
			text: []string{P, "\"Il applique la directive 2006/123/CE du Parlement européen et du Conseil, du 12 décembre 2006, relative aux services.\""},
			want: []string{"Le juge signe.", "Il applique la directive 2006/123/CE du Parlement européen et du Conseil du 12 décembre 2006 relative aux services."}},
		{name: "a comma of the sentence stays", legifrance: true, before: A,
			text: []string{P, "\"Il applique le règlement (CE) n° 1/2003 du Conseil, du 16 décembre 2002, et le code.\""},
			want: []string{"Le juge signe.", "Il applique le règlement (CE) n° 1/2003 du Conseil, du 16 décembre 2002, et le code."}},
		{name: "without the typography", before: A,
			text: []string{P, "\"Il applique le règlement (CE) n° 1234/2007 du Conseil, du 22 octobre 2007, portant organisation commune des marchés.\""},
			want: []string{"Le juge signe.", "Il applique le règlement (CE) n° 1234/2007 du Conseil, du 22 octobre 2007, portant organisation commune des marchés."}},
	})
}
