package law

// degreeParen is the parenthesis some texts put after an item's degree,
// "1°) Les …", "2° bis) …": part of the label's prefix, so that words
// inserted at the item's start go after it ("2°) Pour les …", it was
// "2°Pour les ) …") and its placeholder keeps it ("2°) (Abrogé) ;", it
// was "2° (Abrogé) ;"). The label itself stays "2°".
const degreeParen = `\)?`

// amLocDegreeLetterLine is the Sénat's locator line of a lettered item
// inside a degree, beside one alinéa: "Alinéa 3, 1°, a)", "Alinéa 3, 2°
// bis, b bis)" (group 1 the alinéa, 2 the degree, 3 the letter). It was
// refused (amLocItemLine reads one item); it is read as amLocTwoItemsLine
// is, "Au a) du 1° de l'alinéa 3": the alinéa must be that a) of that 1°
// (Scope.Within), or the instruction is refused.
var amLocDegreeLetterLine = mustRe(`^(?:\d+°\s*|[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?([Aa]lin[ée]a\s+\d+(?:er)?)\s*,\s*(\d+\s?°(?:\s*` + latinOrd + `)?)\s*,\s*((?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?\))\s*[:.]?$`)
