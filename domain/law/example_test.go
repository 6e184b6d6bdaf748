package law_test

import (
	"fmt"

	"github.com/scrutin/scrutin/domain/law"
)

func ExampleDiffWords() {
	for _, op := range law.DiffWords("l'Autorité de régulation des mesures techniques", "la Haute Autorité") {
		fmt.Printf("%s %q\n", op.Kind, op.Text)
	}
	// Output:
	// delete "l'"
	// insert "la Haute "
	// equal "Autorité"
	// delete " de régulation des mesures techniques"
}

func ExampleApplyAmendment() {
	art := law.Article{Number: "2", Alineas: []string{
		"La Nation reconnaît un ou plusieurs préjudices subis par les personnes hébergées.",
	}}
	r := law.ApplyAmendment(art, "<p>Au premier alinéa, substituer aux mots :</p><p>« un ou plusieurs »,</p><p>le mot :</p><p>« des ».</p>")
	fmt.Println(r.Applied, r.Article.Alineas[0])
	// Output:
	// true La Nation reconnaît des préjudices subis par les personnes hébergées.
}

func ExampleParseInstructions() {
	before := law.Corpus{}
	a, _ := law.ParseCodeArticleMarkdown("code de commerce", "# Article L462-1\n\nElle donne son avis à la demande des chambres de commerce et d'industrie, en ce qui concerne leurs intérêts.")
	before[a.Ref] = a
	ins := law.ParseInstructions([]law.Article{{Number: "10 A", Alineas: []string{
		`A la dernière phrase du premier alinéa de l'article L. 462-1 du code de commerce, après le mot : "industrie,", sont insérés les mots : "de la Haute Autorité,".`,
	}}})
	after, errs := law.Apply(before, ins, law.ApplyOptions{})
	fmt.Println(ins[0].Status, len(errs))
	fmt.Println(after[a.Ref].Alineas[0])
	// Output:
	// parsed 0
	// Elle donne son avis à la demande des chambres de commerce et d'industrie, de la Haute Autorité, en ce qui concerne leurs intérêts.
}
