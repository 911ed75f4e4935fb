extension StopWords {
    static let french = [
        "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux",
        "et", "ou", "mais", "donc", "ni", "car", "que", "qui", "quoi", "dont", "si", "comme",
        "à", "en", "dans", "par", "pour", "sur", "avec", "chez", "entre",
        "est", "sont", "était", "été", "être", "ai", "as", "a", "avons", "avez", "ont", "avait", "avoir",
        "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "se", "me", "te", "lui", "leur", "y",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leurs",
        "ce", "cet", "cette", "ces", "ceci", "cela", "ça", "ici", "aussi", "très",
    ]

    static let spanish = [
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "del", "al",
        "y", "e", "o", "u", "ni", "pero", "sino", "que", "quien", "cual", "como", "cuando", "donde", "si",
        "de", "a", "en", "con", "por", "para", "entre", "hacia", "desde",
        "es", "son", "era", "eran", "fue", "ser", "está", "están", "estar", "ha", "han", "he", "hay", "haber",
        "yo", "tú", "él", "ella", "ello", "nosotros", "vosotros", "ellos", "ellas", "usted", "ustedes",
        "se", "me", "te", "le", "les", "nos", "os",
        "mi", "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras",
        "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "esto", "eso", "aquí", "también", "muy",
    ]

    static let italian = [
        "il", "lo", "la", "i", "gli", "le", "un", "uno", "una",
        "di", "del", "dello", "della", "dei", "degli", "delle",
        "a", "al", "allo", "alla", "ai", "agli", "alle",
        "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle",
        "in", "nel", "nello", "nella", "nei", "negli", "nelle",
        "su", "sul", "sullo", "sulla", "sui", "sugli", "sulle",
        "con", "per", "tra", "fra",
        "e", "ed", "o", "ma", "che", "chi", "cui", "se", "come", "quando", "dove",
        "è", "sono", "era", "erano", "essere", "stato", "ha", "hanno", "ho", "hai", "avere",
        "io", "tu", "lui", "lei", "noi", "voi", "loro", "si", "ci", "mi", "ti", "vi", "ne",
        "mio", "mia", "miei", "mie", "tuo", "tua", "suo", "sua", "suoi", "sue", "nostro", "nostra", "vostro", "vostra",
        "questo", "questa", "questi", "queste", "quello", "quella", "quelli", "quelle", "qui", "anche", "molto",
    ]

    static let portuguese = [
        "o", "a", "os", "as", "um", "uma", "uns", "umas",
        "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos", "à", "às",
        "pelo", "pela", "pelos", "pelas", "num", "numa",
        "e", "ou", "mas", "nem", "que", "quem", "qual", "como", "quando", "onde", "se",
        "de", "em", "por", "para", "com", "entre",
        "é", "são", "era", "eram", "foi", "ser", "está", "estão", "estar", "tem", "têm", "ter", "há",
        "eu", "tu", "ele", "ela", "nós", "vós", "eles", "elas", "você", "vocês", "me", "te", "lhe", "lhes",
        "meu", "minha", "meus", "minhas", "teu", "tua", "seu", "sua", "seus", "suas", "nosso", "nossa",
        "este", "esta", "estes", "estas", "esse", "essa", "esses", "essas", "isto", "isso", "aqui", "também", "muito",
    ]
}
