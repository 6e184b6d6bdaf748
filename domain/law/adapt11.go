package law

// reRuleBeside is a clause before an instruction that states how it
// stands beside a text, not where it edits (folded): "Par dérogation à
// l'article L. 1, …", "Nonobstant l'article L. 1, …", "En application
// de l'article L. 1, …", "Conformément à l'article L. 1, …", "Sans
// préjudice de l'article L. 1, …", "Sous réserve du III, …"; or the case
// it holds in, "Lorsque …, …", "Si …, …", "Dès lors que …, …", "Dans le
// cas où …, …". The article (or part) it names was taken for the place
// edited (alone, or beside the one named after it: "Sous réserve du III,
// l'article L. 2 est abrogé" deleted the III of L. 2), and a condition
// was applied for good.
var reRuleBeside = mustRe(`^(?:par\s+derogation\s+(?:a|aux?)\b|nonobstant\b|en\s+application\s+d|conformement\s+(?:a|aux?)\b|sans\s+prejudice\s+d|sous\s+reserve\s+d|lorsqu(?:e\s|')|si\s|s'ils?\s|des\s+lors\s+qu|dans\s+le\s+cas\s+ou\s|au\s+cas\s+ou\s)[^,:]*,`)

// reConditionHead is a head with no instruction of its own that announces
// items for a time, from a date, in a territory or under a condition
// (folded, the whole alinéa): "À titre expérimental, pour une durée de
// trois ans :", "Jusqu'au 31 décembre 2030 :", "Pour son application à
// Mayotte :", "À Mayotte :", "Par dérogation à l'article L. 1 :", "Pour
// les contrats conclus après … :". Its items were applied for good,
// everywhere, at once. A head that is a day alone, "À compter du 1er
// janvier 2030 :", defers its items to that day instead (dayHead,
// except12.go, read before it).
var reConditionHead = mustRe(`^(?:` + temporaryMore + `|a\s+titre\s+(?:experimental|transitoire|provisoire)|pour\s+une\s+duree\s+(?:de|d')\s|jusqu'(?:au|a|en)\s|a\s+(?:compter|partir)\s+d|des\s+(?:le|la|l')\s|pour\s+(?:l'|son\s+|leur\s+)application\b|par\s+derogation\b|nonobstant\b|pour\s+(?:les|la|le|l')\s*[a-z]+\s+(?:conclue?s?|introduite?s?|engagee?s?|ouverte?s?|nee?s?|souscrite?s?|en\s+cours)\b|(?:en|a|au|aux|dans|pour)\s+(?:la\s+|les\s+|l')?` + overseas + `)[^:]*:$`)

// conditionHeadReason is why an item under such a head is refused.
const conditionHeadReason = "an item under a head that holds it for a time, from a date, in a territory or under a condition (à titre expérimental :, jusqu'au … :, à compter du … :, à Mayotte :, par dérogation à … :): not read"

// ruleBesideReason is why an instruction after reRuleBeside is refused.
const ruleBesideReason = "a clause stating how the instruction stands beside a text or in what case it holds (par dérogation à …, nonobstant …, en application de …, conformément à …, sans préjudice de …, sous réserve de …, lorsque …, si …): that text is not the place edited, and the edit may hold under a condition"

// reWhichEdits is a relative clause describing the part named by what it
// does, between commas (folded): "Le 3°, qui modifie l'article L. 1 du
// code civil, est abrogé" under "L'article 5 de la loi n° … est ainsi
// modifié :" — the 3° of that law's article, not of the code's article
// (the code's 3° was deleted).
var reWhichEdits = mustRe(`,\s*(?:qui|lequel|laquelle|lesquels|lesquelles)\s+(?:modifi|complet|cre|inser|abrog|retabli|redig|remplac|supprim|port|concern|vis|renumerot|transfer|ratifi)[a-z]*\b[^,]*,`)

// reInSoFar is a part edited only in so far as it does something
// (folded, outside quotes): "Le 3°, en tant qu'il modifie l'article L. 1
// du code civil, est abrogé", "… est abrogé en ce qu'il concerne …",
// "sauf en tant qu'il …". Which of its words go is not said; the article
// the clause names was taken for the place (its 3° deleted).
var reInSoFar = mustRe(`(?:^|[\s,])(?:sauf\s+)?en\s+(?:tant|ce)\s+qu'(?:il|elle|ils|elles)\s`)

// inSoFarReason is why an instruction with reInSoFar is refused.
const inSoFarReason = "a part edited only in so far as it does something (en tant qu'il …, en ce qu'il …): which of its words is not said"

// temporaryMore are more spans of time an instruction holds for (folded,
// reTemporary and reConditionHead): "jusqu'à la fin de l'année 2030",
// "jusqu'en 2030", "à titre dérogatoire", "pendant une durée (période) de
// trois ans", "pendant trois ans", "pour une période de trois ans", "pour
// la période du 1er janvier 2030 au …", "au titre des années 2030 à
// 2032" (they were applied for good). Not "jusqu'à la fin de la phrase
// (de l'alinéa)", a span of words.
const temporaryMore = `jusqu'a\s+la\s+fin\s+(?:de\s+l'annee|de\s+l'exercice|du\s+mois|de\s+la\s+periode)\b|jusqu'(?:a|en)\s+\d{4}\b|a\s+titre\s+derogatoire|pendant\s+(?:une\s+(?:duree|periode)\s+(?:de|d')\s|(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:ans|annees|mois)\b)|pour\s+une\s+periode\s+(?:de|d')\s|pour\s+la\s+periode\s+d|au\s+titre\s+des\s+annees\s+\d{4}\s+(?:a|et)\s+\d{4}`
