package domain

import "strings"

// TrackingWords shows the first six bytes of a tracking code (a ballot's
// leaf hash) as six words, one per byte, so a voter can compare a receipt
// by eye or read it aloud. The words are checked in: wordList[b] is the
// word for byte b.
func TrackingWords(h [32]byte) string {
	ws := make([]string, 6)
	for i := range ws {
		ws[i] = wordList[h[i]]
	}
	return strings.Join(ws, "-")
}

// wordList has 256 short, neutral French words, unaccented, all distinct.
var wordList = [256]string{
	"abeille", "abricot", "acier", "agneau", "aigle", "aimant", "album", "algue",
	"allee", "amande", "ancre", "anneau", "arbre", "arche", "argent", "armoire",
	"astre", "atlas", "aube", "avion", "avoine", "azur", "badge", "baie",
	"balcon", "baleine", "bambou", "banane", "barque", "bassin", "bateau", "berger",
	"biche", "bijou", "blason", "bleuet", "bocal", "bois", "bouleau", "boussole",
	"branche", "brebis", "brique", "brume", "bulle", "cabane", "cactus", "cadre",
	"caillou", "calme", "camion", "canard", "canne", "canoe", "carafe", "carnet",
	"carte", "castor", "cedre", "cerise", "chaine", "chalet", "chamois", "chanvre",
	"chardon", "chat", "chene", "cheval", "chevre", "cidre", "cigale", "citron",
	"clairon", "cloche", "colline", "comete", "conque", "corail", "corde", "coton",
	"coupe", "crayon", "cygne", "dauphin", "delta", "desert", "diamant", "dune",
	"ecorce", "ecume", "effet", "eglantier", "encre", "epice", "erable", "escale",
	"etoile", "facteur", "falaise", "faucon", "fenetre", "fer", "figue", "fil",
	"flamme", "fleuve", "flute", "foret", "fougere", "fraise", "frene", "fusain",
	"galet", "gazelle", "genet", "glacier", "gland", "gouffre", "grain", "granit",
	"grenier", "grive", "guitare", "hamac", "hameau", "harpe", "herbe", "heron",
	"hibou", "horloge", "houx", "ile", "iris", "ivoire", "jardin", "jasmin",
	"jonc", "jument", "kiwi", "lac", "lagune", "lampe", "lande", "lapin",
	"laurier", "lavande", "lecture", "legume", "lezard", "lierre", "lilas", "lime",
	"lin", "lion", "loutre", "lune", "luth", "lynx", "magnolia", "mais",
	"marbre", "marche", "mare", "marron", "mesange", "miel", "mimosa", "miroir",
	"moulin", "mouette", "mousse", "muguet", "mur", "myrtille", "navire", "neige",
	"nid", "noisette", "nuage", "oasis", "ocean", "olive", "ombre", "onde",
	"orange", "orchidee", "orge", "orme", "osier", "ours", "pain", "palmier",
	"panda", "papier", "parc", "passage", "pavot", "peche", "pelican", "perle",
	"phare", "pierre", "pin", "piano", "plage", "plaine", "plume", "poire",
	"pomme", "pont", "prairie", "prune", "puits", "quartz", "radeau", "raisin",
	"rame", "renard", "riviere", "roche", "roseau", "ruche", "sable", "safran",
	"sapin", "saule", "selle", "sentier", "silex", "sirop", "soleil", "source",
	"sucre", "tapis", "terre", "tilleul", "tipi", "toile", "tomate", "torrent",
	"tortue", "tour", "trefle", "tulipe", "vague", "vallee", "vanille", "velo",
	"verger", "violette", "voile", "volcan", "wagon", "yaourt", "zebre", "zinc",
}
