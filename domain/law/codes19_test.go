package law

import "testing"

// TestCodes19BackRefAfterName: a qualifier written after a code's name
// that points back to a code already named — "précité", "susvisé",
// "susmentionné", "mentionné ci-dessus", "ci-dessus mentionné", "cité
// ci-dessus", "déjà cité", "visé ci-dessus" — is not part of its name:
// the code is the one named (it was keyed "code civil precite", a code
// of no article, and the instruction failed as an article missing). "Du
// code précité" with no name keeps its rule: the code named last, and
// refused after two codes named, or none.
func TestCodes19BackRefAfterName(t *testing.T) {
	seul := ", le mot : « seul » est supprimé."
	runRefs7(t, []refs7Case{
		{"précité, words", []string{"À l'article L. 1 du code civil précité, le mot : « seul » est remplacé par le mot : « unique »."}, "replace-words l1/code civil"},
		{"précité, repealed", []string{"L'article L. 1 du code civil précité est abrogé."}, "delete l1/code civil"},
		{"susvisé", []string{"À l'article L. 1 du code civil susvisé" + seul}, "delete-words l1/code civil"},
		{"susmentionné", []string{"À l'article L. 1 du code civil susmentionné" + seul}, "delete-words l1/code civil"},
		{"mentionné ci-dessus", []string{"À l'article L. 1 du code civil mentionné ci-dessus" + seul}, "delete-words l1/code civil"},
		{"ci-dessus mentionné", []string{"À l'article L. 1 du code civil ci-dessus mentionné" + seul}, "delete-words l1/code civil"},
		{"cité ci-dessus", []string{"À l'article L. 1 du code civil cité ci-dessus" + seul}, "delete-words l1/code civil"},
		{"déjà cité", []string{"À l'article L. 1 du code civil déjà cité" + seul}, "delete-words l1/code civil"},
		{"visé ci-dessus", []string{"À l'article L. 1 du code civil visé ci-dessus" + seul}, "delete-words l1/code civil"},
		{"a longer name", []string{"L'article L. 1 du code de la sécurité sociale susvisé est abrogé."}, "delete l1/code de la securite sociale"},
		{"a list of articles", []string{"Les articles L. 1 et L. 2 du code civil précité sont abrogés."}, "delete l1/code civil; delete l2/code civil"},
		{"two targets", []string{"L'article L. 1 du code civil précité et l'article L. 2 du code pénal sont abrogés."}, "delete l1/code civil; delete l2/code penal"},
		{"the second of two targets", []string{"À l'article L. 1 du code civil et à l'article L. 2 du code pénal précité" + seul}, "delete-words l1/code civil; delete-words l2/code penal"},
		{"a head", []string{"Le code civil susvisé est ainsi modifié :", "1° L'article L. 1 est abrogé."}, "ctx | delete l1/code civil"},
		{"a new article", []string{"Après l'article L. 1 du code civil précité, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Il agit. »"}, "create-articles l1/code civil +l1-1"},
		{"a version clause after it", []string{"L'article L. 1 du code civil précité, dans sa rédaction issue de la loi n° 2000-1 du 1er janvier 2000, est abrogé."}, "delete l1/code civil"},
		{"named, after another code", []string{"L'article L. 2 du code pénal est abrogé.", "L'article L. 1 du code civil précité est abrogé.", "L'article L. 3 du même code est abrogé."}, "delete l2/code penal | delete l1/code civil | delete l3/code civil"},
		// Guards: the code not named, as before.
		{"du code précité after one", []string{"L'article L. 2 du code civil est abrogé.", "L'article L. 1 du code précité est abrogé."}, "delete l2/code civil | delete l1/code civil"},
		{"du code ci-dessus mentionné after one", []string{"L'article L. 2 du code civil est abrogé.", "L'article L. 1 du code ci-dessus mentionné est abrogé."}, "delete l2/code civil | delete l1/code civil"},
		{"du code déjà cité after one", []string{"L'article L. 2 du code civil est abrogé.", "L'article L. 1 du code déjà cité est abrogé."}, "delete l2/code civil | delete l1/code civil"},
		{"du code précité after two", []string{"L'article L. 2 du code civil est abrogé.", "L'article L. 3 du code pénal est abrogé.", "L'article L. 1 du code précité est abrogé."}, "delete l2/code civil | delete l3/code penal | refused"},
		{"du code ci-dessus mentionné after two", []string{"L'article L. 2 du code civil est abrogé.", "L'article L. 3 du code pénal est abrogé.", "L'article L. 1 du code ci-dessus mentionné est abrogé."}, "delete l2/code civil | delete l3/code penal | refused"},
		{"du code précité, none before", []string{"L'article L. 1 du code précité est abrogé."}, "refused"},
		{"du code visé ci-dessus, none before", []string{"L'article L. 1 du code visé ci-dessus est abrogé."}, "refused"},
		{"between commas, as before", []string{"L'article L. 1 du code civil, précité, est abrogé."}, "delete l1/code civil"},
	})
}

// TestCodes19SameCodeNamed: "dudit code civil", "du même code civil",
// "le même code civil" name their code: the code named (with no code
// named before, "dudit code civil" was refused as "du même code" with
// none; after the code pénal, it was the code pénal). "Du même code"
// with no name is the code named last, as before.
func TestCodes19SameCodeNamed(t *testing.T) {
	seul := ", le mot : « seul » est supprimé."
	runRefs7(t, []refs7Case{
		{"dudit code civil, none before", []string{"À l'article L. 1 dudit code civil" + seul}, "delete-words l1/code civil"},
		{"dudit code civil after it", []string{"L'article L. 2 du code civil est abrogé.", "À l'article L. 1 dudit code civil" + seul}, "delete l2/code civil | delete-words l1/code civil"},
		{"dudit code civil after another", []string{"L'article L. 2 du code pénal est abrogé.", "À l'article L. 1 dudit code civil" + seul}, "delete l2/code penal | delete-words l1/code civil"},
		{"du même code civil", []string{"L'article L. 2 du code pénal est abrogé.", "L'article L. 1 du même code civil est abrogé."}, "delete l2/code penal | delete l1/code civil"},
		{"de ce code de commerce", []string{"L'article L. 1 de ce code de commerce est abrogé."}, "delete l1/code de commerce"},
		{"a head", []string{"Le même code civil est ainsi modifié :", "1° L'article L. 1 est abrogé."}, "ctx | delete l1/code civil"},
		{"the second target", []string{"À l'article L. 1 du code pénal et à l'article L. 2 dudit code civil" + seul}, "delete-words l1/code penal; delete-words l2/code civil"},
		// Guards, as before.
		{"du même code after one", []string{"L'article L. 2 du code pénal est abrogé.", "À l'article L. 1 du même code" + seul}, "delete l2/code penal | delete-words l1/code penal"},
		{"dudit code est abrogé", []string{"L'article L. 2 du code pénal est abrogé.", "L'article L. 1 dudit code est abrogé."}, "delete l2/code penal | delete l1/code penal"},
		{"du même code, none before", []string{"L'article L. 1 du même code est abrogé."}, "refused"},
		{"ledit code as a head", []string{"L'article L. 2 du code civil est abrogé.", "Ledit code est ainsi modifié :", "1° L'article L. 1 est abrogé."}, "delete l2/code civil | ctx | delete l1/code civil"},
		{"the same code as the second target", []string{"À l'article L. 1 du code civil et à l'article L. 2 du même code" + seul}, "delete-words l1/code civil; delete-words l2/code civil"},
	})
}

// TestCodes19UnreadNamedBackRef: an alinéa not read that names "du code
// de commerce précité" names the code de commerce: "du même code" after
// it is that code (it was taken for an alinéa naming a code by anaphor,
// and "du même code" took the code an earlier bill article named).
func TestCodes19UnreadNamedBackRef(t *testing.T) {
	runCodes(t, []codesCase{
		{"même code after a refused one naming a code précité", map[string][]string{"L1": {"Le mot A."}, "L2": {"Le mot A."}, "code de commerce|L1": {"Le mot A."}, "code de commerce|L2": {"Le mot A."}}, [][]string{
			{"À l'article L. 1 du code civil, " + aToB},
			{"I. – À l'article L. 1 du code de commerce précité, les mots : « A » sont déplacés après les mots : « B ».", "II. – À l'article L. 2 du même code, " + aToB},
		}, map[string][]string{partRefused: nil, "L1": {"Le mot B."}, "code de commerce|L2": {"Le mot B."}}},
	})
}

// TestCodes19Probes: the ways of naming a code the brief probed, read as
// they were: a version clause after the name, "et" inside a code's name
// before a second target, a code of its own ("code civil local", a code
// "applicable à Mayotte": their own keys, no article of the code civil
// edited), a part of the code in brackets and capitals ("CGI", "CSS")
// refused.
func TestCodes19Probes(t *testing.T) {
	seul := ", le mot : « seul » est supprimé."
	runRefs7(t, []refs7Case{
		{"dans sa rédaction", []string{"À l'article L. 1 du code général des impôts, dans sa rédaction issue de la loi n° 2000-1 du 1er janvier 2000" + seul}, "delete-words l1/code general des impots"},
		{"tel qu'il résulte", []string{"À l'article L. 1 du code de commerce tel qu'il résulte de la loi n° 2000-1 du 1er janvier 2000" + seul}, "delete-words l1/code de commerce"},
		{"et inside a name, two targets", []string{"À l'article L. 1 du code de l'entrée et du séjour des étrangers et du droit d'asile et à l'article L. 2 du code civil" + seul}, "delete-words l1/code de l entree et du sejour des etrangers et du droit d asile; delete-words l2/code civil"},
		{"code civil local", []string{"À l'article L. 1 du code civil local" + seul}, "delete-words l1/code civil local"},
		{"applicable à Mayotte", []string{"À l'article L. 1 du code de la sécurité sociale applicable à Mayotte" + seul}, "delete-words l1/code de la securite sociale applicable a mayotte"},
		{"partie législative in brackets", []string{"À l'article L. 1 du code civil (partie législative)" + seul}, "refused"},
		{"CGI", []string{"À l'article 1 du CGI" + seul}, "refused"},
		{"CSS", []string{"L'article L. 1 du CSS est abrogé."}, "refused"},
	})
}

// TestCodes19BareVersionClause: a version clause with no "tel que"
// before its participle — "du code civil modifié (complété, abrogé,
// créé …) par la loi n° …", "par l'article 3 de la loi n° …", "par la
// même loi" — says which version of the text is meant, not a place: the
// law it names was taken for the text edited ("L'article L. 1 du code
// civil modifié par la loi n° 2000-1 … est abrogé" repealed article 1 of
// that law). A text named by its date only, whose number was not named
// before, is then not known: refused. A verb ("est modifié par") is no
// such clause.
func TestCodes19BareVersionClause(t *testing.T) {
	l2000 := " par la loi n° 2000-1 du 1er janvier 2000"
	runRefs7(t, []refs7Case{
		{"modifié par, repealed", []string{"L'article L. 1 du code civil modifié" + l2000 + " est abrogé."}, "delete l1/code civil"},
		{"modifié par, words", []string{"À l'article L. 1 du code civil modifié" + l2000 + ", le mot : « seul » est supprimé."}, "delete-words l1/code civil"},
		{"complété par", []string{"L'article L. 1 du code civil complété" + l2000 + " est abrogé."}, "delete l1/code civil"},
		{"créé par l'article 3 de la loi", []string{"L'article L. 1 du code civil créé par l'article 3 de la loi n° 2000-1 du 1er janvier 2000 est abrogé."}, "delete l1/code civil"},
		{"a head", []string{"Le code civil modifié" + l2000 + " est ainsi modifié :", "1° L'article L. 1 est abrogé."}, "ctx | delete l1/code civil"},
		{"a new article", []string{"Après l'article L. 1 du code civil modifié" + l2000 + ", il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Il agit. »"}, "create-articles l1/code civil +l1-1"},
		{"a law by its date only", []string{"L'article 3 de la loi du 6 janvier 1978 modifiée" + l2000 + " est abrogé."}, "refused"},
		{"by the same law", []string{"L'article 3 de la loi n° 2000-1 du 1er janvier 2000 est abrogé.", "L'article 4 de la loi du 6 janvier 1978 modifiée par la même loi est abrogé."}, "delete 3/loi 2000 1 | refused"},
		{"by that law, a code", []string{"L'article 3 de la loi n° 2000-1 du 1er janvier 2000 est abrogé.", "L'article L. 4 du code civil modifié par cette loi est abrogé."}, "delete 3/loi 2000 1 | delete l4/code civil"},
		// Guards, as before.
		{"a law by its number", []string{"L'article 3 de la loi n° 78-17 du 6 janvier 1978 modifiée" + l2000 + " est abrogé."}, "delete 3/loi 78 17"},
		{"between commas", []string{"L'article L. 1 du code civil, modifié" + l2000 + ", est abrogé."}, "delete l1/code civil"},
		{"tel que modifié", []string{"L'article L. 1 du code civil tel que modifié" + l2000 + " est abrogé."}, "delete l1/code civil"},
		{"a verb", []string{"L'article L. 1 du code civil est modifié" + l2000 + "."}, "refused"},
	})
}

// TestCodes19AnaphorAsHead: "Le code précité (susvisé, ci-dessus
// mentionné) est ainsi modifié :" is the code named last, as "du code
// précité" is (it set a code named "precite" as the context, and its
// items failed as articles missing); after two codes named, or none,
// refused.
func TestCodes19AnaphorAsHead(t *testing.T) {
	abroge := "1° L'article L. 1 est abrogé."
	runRefs7(t, []refs7Case{
		{"précité", []string{"L'article L. 2 du code pénal est abrogé.", "Le code précité est ainsi modifié :", abroge}, "delete l2/code penal | ctx | delete l1/code penal"},
		{"ci-dessus mentionné", []string{"L'article L. 2 du code pénal est abrogé.", "Le code ci-dessus mentionné est ainsi modifié :", abroge}, "delete l2/code penal | ctx | delete l1/code penal"},
		{"a new article", []string{"L'article L. 2 du code pénal est abrogé.", "Le code susvisé est complété par un article L. 9 ainsi rédigé :", "« Art. L. 9. – Il agit. »"}, "delete l2/code penal | create-articles /code penal +l9"},
		{"none before", []string{"Le code précité est ainsi modifié :", abroge}, "refused | refused"},
		{"two before", []string{"L'article L. 2 du code civil est abrogé.", "L'article L. 3 du code pénal est abrogé.", "Le code précité est ainsi modifié :", abroge}, "delete l2/code civil | delete l3/code penal | refused | refused"},
	})
}

// TestCodes19NouveauCodeDeProcedureCivile: "du nouveau code de procédure
// civile" is the code de procédure civile, renamed with its numbers kept
// (it was refused: the place named no text). As a head ("Le nouveau code
// de procédure civile est ainsi modifié :") it is still refused.
func TestCodes19NouveauCodeDeProcedureCivile(t *testing.T) {
	runRefs7(t, []refs7Case{
		{"words", []string{"À l'article 1 du nouveau code de procédure civile, le mot : « seul » est supprimé."}, "delete-words 1/code de procedure civile"},
		{"repealed", []string{"L'article 2 du nouveau code de procédure civile est abrogé."}, "delete 2/code de procedure civile"},
		{"a head", []string{"Le nouveau code de procédure civile est ainsi modifié :", "1° L'article 1er est abrogé."}, "refused | refused"},
		{"précité", []string{"L'article 2 du nouveau code de procédure civile précité est abrogé."}, "delete 2/code de procedure civile"},
		{"the code de procédure civile, as before", []string{"L'article 2 du code de procédure civile est abrogé."}, "delete 2/code de procedure civile"},
	})
}
