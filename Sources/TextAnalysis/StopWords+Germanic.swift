extension StopWords {
    static let english = [
        "a", "an", "the", "and", "or", "but", "nor", "if", "than", "then", "so", "as",
        "at", "by", "for", "from", "in", "into", "of", "on", "to", "with",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
        "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its",
        "they", "them", "their", "this", "that", "these", "those", "there", "here",
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "while",
        "each", "such", "very", "too", "also", "just",
    ]

    static let german = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
        "und", "oder", "aber", "sondern", "denn", "als", "wie", "wenn", "dass", "daß", "ob", "so",
        "in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom",
        "zu", "zum", "zur", "für", "um", "durch", "über",
        "ist", "sind", "war", "waren", "bin", "bist", "seid", "sein", "wird", "werden", "wurde", "wurden",
        "hat", "haben", "hatte", "hatten", "kann", "können",
        "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "sich", "mich", "dich", "uns", "euch",
        "seine", "seinen", "seiner", "ihre", "ihren", "ihrer", "unser", "unsere", "euer",
        "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes",
        "auch", "noch", "nur", "schon", "sehr", "hier", "dort", "da",
    ]

    static let dutch = [
        "de", "het", "een", "en", "of", "maar", "want", "dus", "als", "dan", "zo",
        "van", "in", "op", "aan", "met", "voor", "door", "bij", "naar", "uit", "tot", "om", "te",
        "is", "zijn", "was", "waren", "ben", "bent", "wordt", "worden", "werd", "werden",
        "heeft", "hebben", "had", "hadden", "kan", "kunnen",
        "ik", "je", "jij", "u", "hij", "zij", "ze", "wij", "we", "jullie", "men", "zich", "mij", "me",
        "mijn", "jouw", "uw", "zijn", "haar", "hun", "ons", "onze",
        "dat", "die", "dit", "deze", "er", "wat", "wie", "waar", "hoe", "wanneer",
        "ook", "nog", "al", "wel", "zeer", "hier", "daar",
    ]

    static let swedish = [
        "och", "eller", "men", "att", "som", "om", "så", "än", "när",
        "i", "på", "av", "för", "med", "till", "från", "vid", "hos", "åt",
        "en", "ett", "den", "det", "de", "dem", "denna", "detta", "dessa",
        "är", "var", "vara", "varit", "blir", "bli", "blev", "har", "hade", "haft", "kan", "ska", "skulle",
        "jag", "du", "han", "hon", "vi", "ni", "sig", "mig", "dig", "oss",
        "min", "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina", "hans", "hennes", "dess", "deras", "vår", "vårt", "våra",
        "här", "där", "också", "mycket",
    ]

    static let danish = [
        "og", "eller", "men", "at", "som", "om", "så", "end", "når",
        "i", "på", "af", "for", "med", "til", "fra", "ved", "hos",
        "en", "et", "den", "det", "de", "dem", "denne", "dette", "disse",
        "er", "var", "være", "været", "bliver", "blive", "blev", "har", "havde", "haft", "kan", "skal", "skulle",
        "jeg", "du", "han", "hun", "vi", "sig", "mig", "dig", "os",
        "min", "mit", "mine", "din", "dit", "dine", "sin", "sit", "sine", "hans", "hendes", "dens", "dets", "deres", "vores",
        "her", "der", "også", "meget",
    ]

    static let norwegian = [
        "og", "eller", "men", "at", "som", "om", "så", "enn", "når",
        "i", "på", "av", "for", "med", "til", "fra", "ved", "hos",
        "en", "et", "ei", "den", "det", "de", "dem", "denne", "dette", "disse",
        "er", "var", "være", "vært", "blir", "bli", "ble", "har", "hadde", "hatt", "kan", "skal", "skulle",
        "jeg", "du", "han", "hun", "vi", "dere", "seg", "meg", "deg", "oss",
        "min", "mitt", "mine", "din", "ditt", "dine", "sin", "sitt", "sine", "hans", "hennes", "dens", "dets", "deres", "vår", "vårt", "våre",
        "her", "der", "også", "meget",
    ]
}
