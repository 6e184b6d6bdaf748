package web

import (
	"testing"

	"github.com/scrutin/scrutin/domain/law"
)

// TestChangedAlineas: a word diff condensed to the alinéas it touches,
// every run of untouched alinéas replaced by its count.
func TestChangedAlineas(t *testing.T) {
	show := func(es []excerptOp) string {
		s := ""
		for _, e := range es {
			switch {
			case e.Skip > 0:
				s += "[" + string(rune('0'+e.Skip)) + "]"
			case e.Kind == law.OpInsert:
				s += "+{" + e.Text + "}"
			case e.Kind == law.OpDelete:
				s += "-{" + e.Text + "}"
			default:
				s += e.Text
			}
		}
		return s
	}
	eq := func(s string) law.Op { return law.Op{Kind: law.OpEqual, Text: s} }
	ins := func(s string) law.Op { return law.Op{Kind: law.OpInsert, Text: s} }
	del := func(s string) law.Op { return law.Op{Kind: law.OpDelete, Text: s} }
	for _, c := range []struct {
		name string
		ops  []law.Op
		want string
	}{
		{"one alinéa of five", []law.Op{eq("A.\nB.\nLe "), del("maire"), ins("juge"), eq(" signe.\nD.\nE.")}, "[2]Le -{maire}+{juge} signe.\n[2]"},
		{"first alinéa", []law.Op{eq("Le "), del("maire"), ins("juge"), eq(" signe.\nB.\nC.")}, "Le -{maire}+{juge} signe.\n[2]"},
		{"last alinéa", []law.Op{eq("A.\nB.\nIl "), ins("ne "), eq("signe.")}, "[2]Il +{ne }signe."},
		{"two apart", []law.Op{eq("A "), ins("x"), eq(" a.\nB.\nC.\nD "), del("y"), eq(" d.\nE.")}, "A +{x} a.\n[2]D -{y} d.\n[1]"},
		{"adjacent alinéas", []law.Op{eq("A "), ins("x"), eq(" a.\nD "), del("y"), eq(" d.")}, "A +{x} a.\nD -{y} d."},
		{"new alinéa between", []law.Op{eq("A.\nB.\n"), ins("N.\n"), eq("C.\nD.")}, "[2]+{N.\n}[2]"},
		{"no change", []law.Op{eq("A.\nB.")}, "A.\nB."},
	} {
		if got := show(changedAlineas(c.ops)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
