package law

// commaItemEnd is the end of an item of a list of commas: "2° B," or
// "2° B, ou" (", et").
var commaItemEnd = mustRe(`,\s*(?:et|ou)?$`)

// commaConjunction is the conjunction an item before the last one of a
// list of commas ends with: "2° B, ou" (group 1 "2° B,").
var commaConjunction = mustRe(`^(.*,)\s*(et|ou)$`)
