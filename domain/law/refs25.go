package law

// articlePrecited25 is "l'article précité" with no number (folded, with
// its preposition: "de l'article précité", "à l'article précité"): the
// article named last, read as "ledit article" (reSameArticle holds it;
// scopes resolves it to the instruction before's article, refused typed,
// errSameUnresolved22, when there is none or several). With a number
// ("l'article L. 1 précité") it is not this form; the word ends there
// (reSameArticle's closing \b: not "précitée").
const articlePrecited25 = `(?:(?:de|a)\s+)?l'article\s+precite`
