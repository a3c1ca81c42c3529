import Foundation

/// Finds day-level dates written for people in English or Dutch text, with the label before them.
///
/// A hand-written token matcher rather than regular expressions: it runs on every page, and
/// Swift `Regex` is an order of magnitude slower. Recognised shapes (weekdays are simply skipped):
/// - `14-02-2022`, `14/02/2022`, `14.02.2022` (day first; month first only when day first is impossible)
/// - `2022-02-14`, `2022/02/14`
/// - `14 februari 2022`, `3 mrt 2025`, `ma 3 jan. 2022`, `14th of February 2022`
/// - `February 14, 2022`, `Feb. 14th 2022`
///
/// Numeric dates glued to more digits by `-`, `/`, `.` or `+` (phone numbers such as
/// `020-14-02-2022`, `+31 06-12-2022`) are not dates.
enum DateScanner {
    /// What the words before a date say it is.
    enum Label: Equatable {
        case published, updated
    }

    struct Match: Equatable {
        var date: Date
        var label: Label?
        /// Offset of the date's first character, in Unicode scalars.
        var offset: Int
    }

    static func scan(_ text: String, monthFirst: Bool = false, limit: Int = 50) -> [Match] {
        let tokens = tokenize(text)
        var matches: [Match] = []
        var i = 0
        var lastEnd = 0
        while i < tokens.count, matches.count < limit {
            if let (date, end) = matchDate(tokens, at: i, monthFirst: monthFirst) {
                let label = findLabel(tokens, before: i, notBefore: lastEnd)
                matches.append(Match(date: date, label: label, offset: tokens[i].offset))
                lastEnd = end
                i = end
            } else {
                i += 1
            }
        }
        return matches
    }

    // MARK: - Tokens

    struct Token {
        enum Kind { case word, number, punct }
        var kind: Kind
        var text: String // lowercased for words
        var value: Int // numbers only
        var digits: Int // numbers only
        var spaceBefore: Bool
        var offset: Int
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var currentKind: Token.Kind?
        var space = true
        var start = 0
        var offset = 0
        func flush() {
            guard let kind = currentKind else { return }
            let string = String(current)
            var value = 0
            if kind == .number { for scalar in current { value = value &* 10 &+ Int(scalar.value - 48) } }
            tokens.append(Token(kind: kind, text: kind == .word ? string.lowercased() : string, value: value,
                                digits: current.count, spaceBefore: space, offset: start))
            current = String.UnicodeScalarView()
            currentKind = nil
            space = false
        }
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            let kind: Token.Kind?
            let v = scalar.value
            if v >= 48, v <= 57 {
                kind = .number
            } else if v < 0x80 {
                // ASCII fast path: no Unicode property lookups for the common case.
                if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) {
                    kind = .word
                } else if v == 32 || (v >= 9 && v <= 13) {
                    flush()
                    space = true
                    continue
                } else {
                    kind = .punct
                }
            } else if scalar.properties.isAlphabetic {
                kind = .word
            } else if scalar.properties.isWhitespace {
                flush()
                space = true
                continue
            } else {
                kind = .punct
            }
            if kind != currentKind || kind == .punct { flush(); start = offset }
            currentKind = kind
            current.append(scalar)
        }
        flush()
        return tokens
    }

    // MARK: - Matching

    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "e", "ste", "de", "ter"]
    private static let separators: Set<String> = ["-", "/", "."]

    /// A date starting at token `i`: the date and the index after its last token.
    static func matchDate(_ t: [Token], at i: Int, monthFirst: Bool) -> (Date, Int)? {
        let first = t[i]
        if first.kind == .number { return matchNumeric(t, at: i, monthFirst: monthFirst) ?? matchDayMonthYear(t, at: i) }
        if first.kind == .word, DateText.month(named: first.text) != nil { return matchMonthDayYear(t, at: i) }
        return nil
    }

    /// `14-02-2022`, `2022-02-14`: three numbers joined by the same separator, nothing glued around.
    private static func matchNumeric(_ t: [Token], at i: Int, monthFirst: Bool) -> (Date, Int)? {
        guard i + 4 < t.count else { return nil }
        let a = t[i], s1 = t[i + 1], b = t[i + 2], s2 = t[i + 3], c = t[i + 4]
        guard s1.kind == .punct, separators.contains(s1.text), s2.text == s1.text,
              !s1.spaceBefore, !b.spaceBefore, !s2.spaceBefore, !c.spaceBefore,
              b.kind == .number, c.kind == .number, b.digits <= 2 else { return nil }
        // Phone numbers and version strings: more digits glued on either side.
        if i > 0, !a.spaceBefore {
            let before = t[i - 1]
            if before.kind == .number || before.text == "+" || separators.contains(before.text) && i > 1 && t[i - 2].kind == .number { return nil }
            if before.kind == .word { return nil }
        }
        // An international prefix before it: `+31 10-12-2019`.
        if i >= 2, t[i - 1].kind == .number, t[i - 1].digits <= 3, t[i - 2].text == "+" { return nil }
        if i + 5 < t.count, !t[i + 5].spaceBefore {
            let after = t[i + 5]
            if after.kind == .number || after.kind == .word { return nil }
            if separators.contains(after.text), i + 6 < t.count, t[i + 6].kind == .number, !t[i + 6].spaceBefore { return nil }
        }
        if a.digits == 4, c.digits <= 2 {
            return DateText.day(year: a.value, month: b.value, day: c.value).map { ($0, i + 5) }
        }
        guard a.digits <= 2, c.digits == 4 else { return nil }
        let dayFirst = DateText.day(year: c.value, month: b.value, day: a.value)
        let monthFirstDate = DateText.day(year: c.value, month: a.value, day: b.value)
        let date = monthFirst ? (monthFirstDate ?? dayFirst) : (dayFirst ?? monthFirstDate)
        return date.map { ($0, i + 5) }
    }

    /// `14 februari 2022`, `3 jan. 2022`, `14th of February, 2022`.
    private static func matchDayMonthYear(_ t: [Token], at i: Int) -> (Date, Int)? {
        let day = t[i]
        guard day.digits <= 2 else { return nil }
        if i > 0, !day.spaceBefore, t[i - 1].kind == .number || t[i - 1].text == "+" { return nil }
        var j = i + 1
        if j < t.count, t[j].kind == .word, !t[j].spaceBefore, ordinalSuffixes.contains(t[j].text) { j += 1 }
        if j < t.count, t[j].text == "." { j += 1 }
        if j < t.count, t[j].text == "of" || t[j].text == "van" { j += 1 }
        guard j < t.count, t[j].kind == .word, let month = DateText.month(named: t[j].text) else { return nil }
        j += 1
        if j < t.count, t[j].text == "." { j += 1 }
        if j < t.count, t[j].text == "," { j += 1 }
        guard j < t.count, t[j].kind == .number, t[j].digits == 4, t[j].spaceBefore else { return nil }
        if j + 1 < t.count, !t[j + 1].spaceBefore, t[j + 1].kind == .number { return nil }
        return DateText.day(year: t[j].value, month: month, day: day.value).map { ($0, j + 1) }
    }

    /// `February 14, 2022`, `Feb. 14th 2022`.
    private static func matchMonthDayYear(_ t: [Token], at i: Int) -> (Date, Int)? {
        guard let month = DateText.month(named: t[i].text) else { return nil }
        var j = i + 1
        if j < t.count, t[j].text == "." { j += 1 }
        guard j < t.count, t[j].kind == .number, t[j].digits <= 2 else { return nil }
        let day = t[j].value
        j += 1
        if j < t.count, t[j].kind == .word, !t[j].spaceBefore, ordinalSuffixes.contains(t[j].text) { j += 1 }
        if j < t.count, t[j].text == "," { j += 1 }
        guard j < t.count, t[j].kind == .number, t[j].digits == 4 else { return nil }
        if j + 1 < t.count, !t[j + 1].spaceBefore, t[j + 1].kind == .number { return nil }
        return DateText.day(year: t[j].value, month: month, day: day).map { ($0, j + 1) }
    }

    // MARK: - Labels

    static let publishedWords: Set<String> = [
        "published", "posted", "publish", "created", "dated", "issued", "released",
        "gepubliceerd", "geplaatst", "gepost", "publicatiedatum", "verschenen", "aangemaakt", "uitgegeven",
    ]

    static let updatedWords: Set<String> = [
        "updated", "update", "modified", "revised", "edited", "changed",
        "bijgewerkt", "gewijzigd", "aangepast", "geüpdatet", "geupdatet", "geüpdated", "herzien", "laatst",
    ]

    /// The nearest label word in the few tokens before the date, not reaching back past the previous date.
    private static func findLabel(_ t: [Token], before i: Int, notBefore lower: Int) -> Label? {
        var j = i - 1
        var words = 0
        var weak = false
        while j >= lower, words < 5 {
            let token = t[j]
            if token.kind == .word {
                if updatedWords.contains(token.text) { return .updated }
                if publishedWords.contains(token.text) { return .published }
                if token.text == "date" || token.text == "datum" { weak = true }
                words += 1
            } else if token.kind == .number {
                break
            }
            j -= 1
        }
        return weak ? .published : nil
    }
}
