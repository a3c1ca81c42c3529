import CentricLexicon
import CentricText

/// Sentiment cues that no single lexicon word carries.
///
/// - **Scare quotes**: praise of at most `scareQuoteMaximumWords` words between quotation marks
///   ("our 'wonderful' staff", 'volledige vrijheid') is reported or ironic, not the writer's
///   own praise, so its positive valence does not count.
/// - **Waiting times**: a duration in minutes, hours, days, weeks or months ("40 minutes",
///   "al 3 weken") told as waiting — after *after/for/already/still/waited/took*,
///   *na/al/ruim/pas/duurde/gewacht*, or before *later/waiting/on hold/queue/still*,
///   *wachten/wachtrij/te laat/nog* — is a complaint (`waitingValence`). "Within 48 hours",
///   "binnen een dag", "from 19 days to 4" are not.
/// - **Derived words** not in the lexicon: a Dutch compound takes the valence of its head
///   (`klantfrustratie` as `frustratie`, `servicefout` as `fout`, `serviceverbetering` as
///   `verbetering`; a modifier of at least 4 letters, a head of at least 4 letters when it is
///   negative and 8 when positive, since short positive heads are often suffixes: *-kundige*),
///   and a negative prefix `on-`/`un-` before a listed word of at least 5 letters reverses it
///   (`ongezellig`, `unfriendlier`) as a negator would.
/// - **Repeated contact**: two or more *times/keer* in a sentence about calling, mailing or
///   writing ("I called four times", "al drie keer gebeld") is customer effort, a complaint.
/// - **Repeated question marks** ("???", "?!"): exasperation, a complaint (`exasperationValence`).
/// - **Sarcastic praise**: a clause of at most `barePraiseMaximumWords` words that is nothing
///   but praise ("Great, another 45 minutes on hold.", "Wonderful.", "Top geregeld.") in a text
///   whose other clauses hold complaint (at least `sarcasmComplaintMass`) and no praise at all
///   says the opposite of its words (Riloff et al. 2013: positive sentiment set against a
///   negative situation). "Friendly staff, long wait" is not bare praise: it names what it
///   praises.
enum SentimentCues {
    static let barePraiseMaximumWords = 3
    static let sarcasmComplaintMass = 1.0
    /// Words that may stand beside the praise word in a bare-praise clause.
    static let praiseCompanions: Set<String> = [
        "oh", "wow", "well", "just", "really", "so", "how", "yeah", "yay", "what", "a", "an", "again", "once", "more",
        "nou", "ja", "hoor", "zeg", "echt", "weer", "alweer", "wat", "lekker", "zo", "hè", "toch", "nogmaals",
    ]

    /// Clauses whose praise is sarcastic, per the rule above.
    static func sarcasticPraise(_ text: AnalyzedText, forms: [String], structure: ClauseStructure, rawValence: [Double],
                                isPraise: (Int) -> Bool) -> [Int] {
        var bare: [Int] = []
        var otherPraise = 0.0, complaint = 0.0
        for (c, range) in structure.clauses.enumerated() {
            let words = range.filter { text.tokens[$0].kind == .word }
            let isBare = rawValence[c] > 0 && !words.isEmpty && words.count <= barePraiseMaximumWords
                && words.contains(where: isPraise)
                && words.allSatisfy { isPraise($0) || praiseCompanions.contains(forms[$0]) }
            if isBare { bare.append(c) }
            else if rawValence[c] > 0 { otherPraise += rawValence[c] }
            else { complaint -= rawValence[c] }
        }
        guard !bare.isEmpty, otherPraise == 0, complaint >= sarcasmComplaintMass else { return [] }
        return bare
    }

    static let scareQuoteMaximumWords = 4
    static let waitingValence = -1.2
    static let exasperationValence = -1.0

    static let repeatedContactValence = -1.2
    static let repetitionWords: Set<String> = ["times", "keer", "maal", "x"]
    static let singleWords: Set<String> = ["a", "an", "one", "een", "half", "halve", "anderhalf"]
    /// Contact verbs and nouns: English by prefix (*call, phone, email, chase, contact*), Dutch
    /// by form (*bel* is also the start of *belangrijk*).
    static let contactPrefixes = ["call", "phon", "rang", "email", "e-mail", "mail", "chas", "contact", "wrote", "writ"]
    static let contactWords: Set<String> = ["bel", "belde", "belden", "bellen", "gebeld", "mail", "mailde", "mailden", "mailen",
                                            "gemaild", "geschreven", "schreef", "schreven", "contact", "langsgeweest"]
    static let quoteMarks: Set<String> = ["\"", "“", "”", "'", "‘", "’", "„", "«", "»"]
    static let numberWords: Set<String> = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "several", "few", "many", "couple", "half",
        "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "vijftien",
        "twintig", "dertig", "veertig", "vijftig", "zestig", "paar", "enkele", "meerdere", "anderhalf", "halve",
    ]
    static let timeUnits: Set<String> = [
        "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days", "week", "weeks", "month", "months",
        "minuut", "minuten", "uur", "uren", "dag", "dagen", "weken", "maand", "maanden",
    ]
    static let waitingBefore: Set<String> = [
        "after", "for", "already", "still", "waited", "waiting", "took", "takes", "taking",
        "na", "al", "ruim", "pas", "duurde", "duurt", "gewacht", "wachten", "wacht",
    ]
    static let waitingAfter: Set<String> = [
        "later", "waiting", "wait", "waited", "hold", "queue", "queuing", "queueing", "late", "overdue",
        "wachten", "wachte", "gewacht", "wacht", "wachtrij", "wachttijd", "te", "laat", "still", "nog",
    ]

    static let negativePrefixes = ["nl": "on", "en": "un"]

    static func derivedValence(of form: String, language: String, _ lex: SentimentLexicon) -> Double? {
        if let p = negativePrefixes[language], form.hasPrefix(p), form.count >= p.count + 5,
           let v = lex.exact[String(form.dropFirst(p.count))] {
            return v * Scorer.negationScalar
        }
        guard language == "nl", form.count >= 8, !form.contains("-") else { return nil }
        for start in 4...(form.count - 4) {
            if let v = lex.exact[String(form.dropFirst(start))], v < 0 || form.count - start >= 8 { return v }
        }
        return nil
    }

    /// True for every token inside short scare quotes.
    static func scareQuoted(_ text: AnalyzedText, forms: [String]) -> [Bool] {
        var out = [Bool](repeating: false, count: forms.count)
        for sentence in text.sentences {
            var open: Int?
            for i in sentence where text.tokens[i].kind == .punctuation && quoteMarks.contains(forms[i]) {
                guard let o = open else { open = i; continue }
                let words = ((o + 1)..<i).filter { text.tokens[$0].kind == .word }.count
                if words >= 1 && words <= scareQuoteMaximumWords {
                    for k in (o + 1)..<i { out[k] = true }
                }
                open = nil
            }
        }
        return out
    }

    /// Complaint markers: (token, valence) pairs.
    static func complaintMarkers(_ text: AnalyzedText, forms: [String]) -> [(Int, Double)] {
        var out: [(Int, Double)] = []
        let lower = forms.map { $0.lowercased() }
        for sentence in text.sentences {
            for i in sentence {
                let t = text.tokens[i]
                if t.kind == .punctuation, lower[i].filter({ $0 == "?" }).count >= 2 || lower[i].contains("?!") || lower[i].contains("!?") {
                    out.append((i, exasperationValence))
                    continue
                }
                // "?" followed by "!" or "?" as separate tokens.
                if t.kind == .punctuation, lower[i] == "?", i + 1 < sentence.upperBound, lower[i + 1] == "?" || lower[i + 1] == "!" {
                    out.append((i, exasperationValence))
                    continue
                }
                // "called four times", "al 3 keer gebeld": repeated contact is effort.
                if repetitionWords.contains(lower[i]), i > sentence.lowerBound,
                   text.tokens[i - 1].kind == .number ? (Double(lower[i - 1]) ?? 0) >= 2 : numberWords.contains(lower[i - 1]) && !singleWords.contains(lower[i - 1]),
                   sentence.contains(where: { k in contactWords.contains(lower[k]) || contactPrefixes.contains { lower[k].hasPrefix($0) } }) {
                    out.append((i, repeatedContactValence))
                    continue
                }
                guard timeUnits.contains(lower[i]), i > sentence.lowerBound else { continue }
                let q = i - 1
                guard text.tokens[q].kind == .number || numberWords.contains(lower[q]) else { continue }
                let before = max(sentence.lowerBound, q - 2)..<q
                let after = (i + 1)..<min(sentence.upperBound, i + 4)
                let within: Set<String> = ["within", "in", "binnen", "to", "naar", "from", "van", "per", "every", "elke", "iedere", "each"]
                if before.contains(where: { within.contains(lower[$0]) }) { continue }
                if before.contains(where: { waitingBefore.contains(lower[$0]) }) || after.contains(where: { waitingAfter.contains(lower[$0]) }) {
                    out.append((i, waitingValence))
                }
            }
        }
        return out
    }
}
