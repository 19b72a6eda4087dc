/// The words a date line may contain: month names, weekdays and time-zone words.
///
/// Keys are lower case without accents (`février` is looked up as `fevrier`).
enum DateWords {
    /// Month names and abbreviations in English, French, German and Spanish → month number.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "januar", "jan", "enero", "ene"],
            ["february", "feb", "fevrier", "fevr", "fev", "februar", "febrero"],
            ["march", "mar", "mars", "marz", "maerz", "marzo"],
            ["april", "apr", "avril", "avr", "abril", "abr"],
            ["may", "mai", "mayo"],
            ["june", "jun", "juin", "juni", "junio"],
            ["july", "jul", "juillet", "juil", "juli", "julio"],
            ["august", "aug", "aout", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre"],
            ["october", "oct", "octobre", "oktober", "okt", "octubre"],
            ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "decembre", "dezember", "dez", "diciembre", "dic"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[spelling] = index + 1 }
        }
        return table
    }()

    /// Weekday names and abbreviations in English, French, German and Spanish.
    static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
        "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
        "lundi", "lun", "mardi", "mar", "mercredi", "mer", "jeudi", "jeu", "vendredi", "ven",
        "samedi", "sam", "dimanche", "dim", "le",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    ]

    /// Words allowed after a time of day.
    static let timeWords: Set<String> = [
        "am", "pm", "h", "z", "utc", "gmt", "bst", "cet", "cest", "est", "edt", "cst", "cdt",
        "mst", "mdt", "pst", "pdt", "et", "pt",
    ]

    /// The scalar without its accent, for the Latin letters month names use.
    static func withoutAccent(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "à", "á", "â", "ä", "ã": return "a"
        case "é", "è", "ê", "ë": return "e"
        case "í", "ì", "î", "ï": return "i"
        case "ó", "ò", "ô", "ö", "õ": return "o"
        case "ú", "ù", "û", "ü": return "u"
        case "ç": return "c"
        case "ñ": return "n"
        default: return scalar
        }
    }
}
