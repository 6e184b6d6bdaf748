package law

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbgPS5(t *testing.T) {
	base := map[string]string{
		"L1": "livre-ier/titre-ii/chapitre-iii/section-1",
		"L2": "livre-ier/titre-ii/chapitre-iii/section-2",
		"L3": "livre-ier/titre-ii/chapitre-iii/section-3",
		"L5": "livre-ier/titre-ii/chapitre-ii",
	}
	lines := strings.Split(os.Getenv("PS5"), "|")
	out, errs, ins := gdApply(gdCorpus(base), lines...)
	for _, in := range ins {
		fmt.Printf("INS %v %q\n", in.Status, in.Reason)
		for _, e := range in.Edits {
			fmt.Printf("  EDIT %s div=%v into=%v newdiv=%v heads=%v ref=%v\n", e.Kind, e.Scope.Division, e.Into, e.NewDivision, e.Headings, e.Scope.Ref)
		}
	}
	for _, e := range errs {
		fmt.Println("ERR", e.Error())
	}
	for r, a := range out {
		fmt.Println(r, a.Division, a.Alineas)
	}
}
