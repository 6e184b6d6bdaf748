package domain

import (
	"errors"
	"fmt"
)

// BillID identifies a bill (projet or proposition de loi), e.g. "pjl07-405".
type BillID string

// BillKind says whether the government (projet) or members (proposition)
// tabled the bill.
type BillKind uint8

const (
	BillProjet      BillKind = 1 // projet de loi, from the government
	BillProposition BillKind = 2 // proposition de loi, from members of parliament
)

func (k BillKind) String() string {
	switch k {
	case BillProjet:
		return "projet"
	case BillProposition:
		return "proposition"
	}
	return fmt.Sprintf("BillKind(%d)", uint8(k))
}

// BillStream is the stream holding a bill's events.
func BillStream(id BillID) StreamID { return NewStreamID(CategoryBill, string(id)) }

// BillIntroduced opens a bill's stream: the bill exists, with its title.
type BillIntroduced struct {
	Bill   BillID
	Type   BillKind
	Title  string
	Source string // where the text comes from (an open-data URL or dossier id); may be empty
}

func (*BillIntroduced) Kind() Kind { return Kind{"BillIntroduced", 1} }

func (b *BillIntroduced) encode(e *encoder) {
	e.str(string(b.Bill))
	e.u8(uint8(b.Type))
	e.str(b.Title)
	e.str(b.Source)
}

func (b *BillIntroduced) decode(d *decoder) {
	b.Bill = BillID(d.str("bill"))
	b.Type = BillKind(d.u8("kind"))
	b.Title = d.str("title")
	b.Source = d.str("source")
}

func (b *BillIntroduced) check() error {
	if err := checkID("bill", string(b.Bill)); err != nil {
		return err
	}
	if b.Type != BillProjet && b.Type != BillProposition {
		return fmt.Errorf("bill kind %d is neither projet (1) nor proposition (2)", b.Type)
	}
	if b.Title == "" {
		return errors.New("bill title: empty")
	}
	return nil
}

func init() {
	register(func() Event { return new(BillIntroduced) })
}
