/// The small closed word lists that name discovery and context rules rely on (all folded).
///
/// English and French news vocabulary; extend a list here, never special-case a name.
enum CueWords {
    /// Titles and roles that introduce a person's name: `Finance Minister Jan Kowalczyk`,
    /// `spokesman Dmitry Peskov`, `le président Emmanuel Macron`.
    static let titles: Set<String> = [
        "president", "presidente", "minister", "ministre", "chancellor", "spokesman",
        "spokeswoman", "spokesperson", "senator", "sen", "governor", "gov", "general", "gen",
        "mr", "mrs", "ms", "miss", "dr", "mme", "mlle", "monsieur", "madame", "herr", "frau",
        "executive", "chairman", "chairwoman", "chair", "secretary", "director", "ambassador",
        "judge", "justice", "king", "queen", "prince", "princess", "pope", "mayor", "maire",
        "commissioner", "commissaire", "economist", "analyst", "deputy", "premier", "sheikh",
        "colonel", "col", "lieutenant", "lt", "captain", "capt", "admiral", "adm", "sergeant",
        "professor", "prof", "representative", "rep", "congressman", "congresswoman", "envoy",
        "negotiator", "treasurer", "counsel", "attorney", "lawyer", "coach", "manager",
        "founder", "ceo", "cfo", "chief", "head", "leader", "officer", "vice", "emir", "sultan",
        "ayatollah", "rabbi", "bishop", "archbishop", "cardinal", "father", "sister",
        "commander", "marshal", "chairperson", "vorsitzende", "bundeskanzler", "parole",
        "depute", "deputee", "senateur", "senatrice", "gouverneur", "patron", "directeur",
        "directrice", "porte", "dirigeant", "opposant", "journalist", "journaliste", "mp",
        "det", "insp", "inspector", "superintendent", "supt", "councillor", "councilman",
        "councilwoman", "detective", "constable", "sgt", "cpl", "corporal", "private", "pte",
        "brigadier", "major", "maj", "archbishop", "imam", "sen", "assemblyman", "assemblywoman",
        "sir", "dame", "lord", "lady", "baroness", "baron", "earl", "duke", "duchess",
    ]

    /// Titles that may introduce a person known by one name (`President Reagan`, `Minister
    /// Subroto`, `Mr Harris`); ambiguous ones (`General Election`, `Chief`) may not.
    static let singleNameTitles: Set<String> = Set<String>([
        "president", "presidente", "minister", "ministre", "chancellor", "senator", "sen",
        "governor", "gov", "secretary", "spokesman", "spokeswoman", "ambassador", "king", "queen",
        "prince", "princess", "pope", "mayor", "maire", "commissioner", "sheikh", "treasurer",
        "judge", "premier", "emir", "sultan", "ayatollah", "lord", "lady", "baroness", "sir",
        "dame", "gen", "col", "colonel", "admiral", "adm", "rep", "congressman", "congresswoman",
        "councillor", "inspector", "insp", "det", "detective", "superintendent", "supt",
    ]).union(honorifics)

    /// Portfolio and role words that appear between a title and a name but are never part of
    /// the name: `Chief of Staff`, `Minister of State`.
    static let portfolios: Set<String> = [
        "staff", "state", "defence", "defense", "finance", "foreign", "interior", "justice",
        "health", "trade", "economy", "energy", "agriculture", "transport", "education",
        "environment", "affairs", "exchequer", "treasury", "commerce", "industry", "labour",
        "labor", "security", "development", "culture", "home", "war", "mines", "budget",
        "management", "planning", "information", "communications", "technology", "science",
        "tourism", "housing", "immigration", "police", "public", "works", "economic",
    ]

    /// Adjectives of nationality, religion or region that are not formed from a place name
    /// by a regular ending (those are derived from the gazetteer: `Russian`, `Ukrainian`).
    static let demonyms: Set<String> = [
        "french", "british", "english", "dutch", "swiss", "welsh", "scottish", "irish", "jewish",
        "kurdish", "arab", "arabic", "turkish", "polish", "spanish", "danish", "swedish",
        "finnish", "greek", "thai", "filipino", "afghan", "saudi", "emirati", "european",
        "african", "asian", "american", "latin", "western", "eastern", "northern", "southern",
        "central", "indigenous", "aboriginal", "islamic", "muslim", "christian", "catholic",
        "anglican", "orthodox", "protestant", "sunni", "shia", "shiite", "hindu", "sikh",
        "buddhist", "jailed", "veteran", "retired", "israeli", "palestinian", "kurd", "kurds",
        "arabs", "latino", "hispanic", "soviet", "nordic", "baltic", "balkan", "gulf",
        "sydneysider", "londoner", "parisian", "muscovite", "texan", "californian", "greater",
    ]

    /// Single-word titles that may introduce a person known by one name (`Minister Subroto`);
    /// honorifics like `Mr` only link to a full name seen elsewhere.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mme", "mlle", "monsieur", "madame", "herr", "frau", "dr",
    ]

    /// Verbs that, right after a name, show the name is a speaker: `Jan Kowalczyk said`.
    static let speech: Set<String> = [
        "said", "says", "told", "added", "stated", "announced", "declared", "warned", "argued",
        "explained", "wrote", "noted", "insisted", "confirmed", "denied", "urged", "predicted",
        "testified", "tweeted", "asked", "replied", "estimated", "commented", "acknowledged",
        "admitted", "claimed", "stressed", "suggested", "cautioned", "recalled", "declined",
        "declare", "affirme", "indique", "dit", "annonce", "estime", "souligne", "ajoute",
        "explique", "precise", "assure", "averti", "affirmait", "declarait", "reconnu", "promis",
    ]

    /// Role nouns that, after `Name,`, describe the person: `Karl Otto Poehl, president of`.
    static let appositiveRoles: Set<String> = titles.subtracting(honorifics).union([
        "spokesman", "official", "analyst", "economist", "strategist", "trader", "adviser",
        "advisor", "aide", "banker", "dealer", "professor", "researcher", "author", "owner",
        "partner", "member", "candidate", "founder", "fondateur", "conseiller", "porte",
    ])

    /// Lower-case words allowed inside a name: `Willy de Clercq`, `Bashar al-Assad`.
    static let particles: Set<String> = [
        "de", "van", "von", "bin", "al", "el", "la", "le", "du", "der", "den", "da", "das",
        "dos", "di", "del", "della", "ben", "ibn", "abu", "ter", "ten", "zu", "y", "st",
    ]

    /// Last words of an organisation's name: `Texas Commerce Bank`, `Acme Holdings Ltd`.
    static let orgSuffixes: Set<String> = [
        "bank", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "co", "plc",
        "group", "ministry", "party", "council", "agency", "commission", "association",
        "federation", "fund", "union", "organization", "organisation", "institute",
        "authority", "board", "committee", "company", "holdings", "industries", "airlines",
        "airways", "community", "bancorp", "bancshares", "partners", "trust", "foundation",
        "society", "university", "college", "ag", "gmbh", "sa", "nv", "bv", "spa", "llc",
        "lp", "federale", "network", "systems", "technologies", "laboratories", "labs",
        "motors", "petroleum", "exchange", "court", "parliament", "assembly", "congress",
        "office", "department", "bureau", "service", "police", "army", "navy", "forces",
        "league", "alliance", "movement", "front", "secretariat", "commissariat", "cartel",
        "consortium", "syndicate", "enterprises", "services", "associates", "securities",
        "insurance", "energy", "oil", "mining", "steel", "chemicals", "pharmaceuticals",
        "research", "capital", "economics", "consulting", "advisors", "investments", "media",
        "church", "hospital", "school", "academy", "museum", "tribunal", "programme", "program",
        "times", "post", "news", "journal", "herald", "gazette", "club", "forum", "centre",
        "center", "brigade", "brigades", "battalion", "regiment", "militia", "command",
        "united", "fc", "rovers", "athletic", "albion",
    ]

    /// Organisation words that also describe a portfolio (`Energy Minister`, `Oil Minister`):
    /// before a title they do not make an organisation.
    static let weakOrgSuffixes: Set<String> = [
        "energy", "oil", "mining", "steel", "chemicals", "pharmaceuticals", "insurance",
        "securities", "petroleum", "motors", "exchange", "court", "office", "department",
        "service", "services", "police", "army", "navy", "forces", "network", "systems",
        "technologies", "laboratories", "labs", "research", "capital", "economics", "media",
        "investments", "trust", "university", "college",
    ]

    /// First words of an organisation's name: `Bank Pekao`, `Groupe Renault`.
    static let orgPrefixes: Set<String> = ["bank", "banco", "banca", "banque", "groupe", "grupo", "compagnie"]

    /// Common words that open many companies' names (`First Boston Corp`, `General Motors
    /// Corp`, `National Westminster Bank`): capitalised at the head of a name, they belong to it
    /// even where the article also uses them in lower case or as stopwords.
    static let nameOpeners: Set<String> = [
        "first", "general", "national", "united", "american", "continental", "international",
        "standard", "federal", "royal", "southern", "northern", "western", "eastern", "pacific",
    ]

    /// Lower-case nouns that introduce an organisation's name: `the mining company LKAB`.
    static let orgNouns: Set<String> = [
        "company", "firm", "group", "carrier", "lender", "insurer", "bank", "maker", "operator",
        "retailer", "chain", "agency", "broker", "airline", "carmaker", "automaker", "chipmaker",
        "manufacturer", "producer", "giant", "conglomerate", "channel", "broadcaster",
        "newspaper", "startup", "publisher", "supermarket", "utility", "miner", "shipper",
        "shipbuilder", "developer", "subsidiary", "unit", "fund", "union", "party", "societe",
        "entreprise", "groupe", "constructeur", "banque", "journal", "chaine",
    ]

    /// Last words of a place's name: `Harris County`, `Kherson Oblast`.
    static let placeSuffixes: Set<String> = [
        "county", "province", "oblast", "krai", "district", "prefecture", "canton",
        "governorate", "island", "islands", "valley", "peninsula", "strait", "territory",
        "republic", "mountains", "river", "lake", "sea", "bay", "coast", "desert", "basin",
    ]

    /// Capitalised words that start sentences or headings but are never part of a name.
    static let stopwords: Set<String> = Set<String>([
        "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "for", "with", "by", "of",
        "to", "from", "as", "after", "before", "when", "while", "since", "although", "though",
        "however", "meanwhile", "this", "that", "these", "those", "it", "its", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "there", "here", "then",
        "so", "yet", "also", "still", "some", "many", "most", "all", "both", "each", "every",
        "no", "not", "one", "two", "three", "under", "over", "about", "until", "during",
        "despite", "because", "where", "what", "who", "which", "why", "how", "according",
        "le", "les", "un", "une", "des", "et", "mais", "dans", "pour", "avec", "selon",
        "lors", "depuis", "il", "elle", "ils", "elles", "nous", "ce", "cette", "ces", "sur",
        "en", "au", "aux", "par", "mr", "mrs", "ms", "dr", "former", "acting", "interim", "dear", "yes", "thanks", "today", "yesterday", "tomorrow", "tonight",
        "last", "next", "first", "earlier", "later", "now", "once", "unlike", "like",
    ]).union(months).union(days)

    /// Acronyms that are not organisations, though they follow `the` like one.
    static let nonOrgAcronyms: Set<String> = [
        "gdp", "gnp", "ceo", "cfo", "coo", "cto", "ipo", "vat", "eps", "dna", "hiv", "aids",
        "ok", "tv", "pc", "ai", "ad", "bc", "am", "pm", "usd", "eur", "gbp", "jpy", "ecu",
        "sdr", "sdrs", "lng", "lpg", "ppm", "mph", "kg", "km", "cpi", "ppi", "fob", "cif", "pct",
        "gmt", "utc", "est", "pdt", "edt", "cst", "faq", "pdf", "url", "ii", "iii", "iv", "vi",
        "covid", "suv", "vip", "mp", "mps", "mep", "meps", "ps", "ie", "eg", "etc", "rsvp",
    ]

    /// Lower-case words before an acronym that show it names an organisation (`the GATT`).
    static let acronymLeads: Set<String> = [
        "the", "of", "to", "with", "by", "from", "against", "within", "join", "joined", "joining",
        "leave", "left", "leaving", "le", "la", "l", "du", "au", "des",
    ]

    /// Nouns after an acronym that show it names an institution (`EC officials`, `GATT rules`).
    static let institutionNouns: Set<String> = [
        "officials", "official", "ministers", "members", "member", "states", "countries", "rules",
        "council", "commission", "secretariat", "spokesman", "spokeswoman", "chief", "head",
        "director", "president", "chairman", "delegates", "delegation", "negotiators", "talks",
        "meeting", "summit", "policy", "policies", "headquarters", "staff", "executive",
        "board", "governors", "leaders", "leadership", "envoy", "ambassador", "mission",
        "partners", "secretary", "treaty", "charter", "membership", "budget", "sanctions",
    ]

    /// Lower-case words that may join the words of an organisation's name (`Bank of Japan`).
    static let connectors: Set<String> = ["of", "for", "on", "and", "the", "des", "du", "de", "pour", "et"]

    /// Connectors after which an organisation's name goes on (`Ministry of Finance`).
    static let orgLinks: Set<String> = ["of", "for", "on", "de", "du", "des", "pour"]

    /// Abbreviations whose dot does not end a sentence (`Gen. Smith`).
    static let abbreviations: Set<String> = [
        "gen", "sen", "gov", "rep", "st", "prof", "col", "lt", "capt", "adm", "jr", "sr",
    ]

    /// Month names (English and French), which are capitalised but never people.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "feb", "apr", "aug", "sept", "oct", "nov", "dec", "janvier", "fevrier", "mars", "avril", "mai",
        "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    ]

    /// Day names (English and French).
    static let days: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
        "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]
}
