import Foundation

/// Parsers for dates written as text: machine formats (ISO 8601, RFC 822) and the day-level
/// formats people write in English and Dutch.
///
/// Hand-written on UTF-8 bytes rather than `DateFormatter`/`ISO8601DateFormatter`: those are slow,
/// locale-dependent and strict about exactly one layout, while real pages and feeds mix layouts.
/// A date with only a day is 00:00 UTC on that day; a date with a time keeps its instant
/// (offset applied; no offset means UTC).
public enum DateText {
    // MARK: - Public parsers (stable API: the feed and CSV readers use these)

    /// Parses ISO 8601 / RFC 3339 and the common loose variants:
    /// `2024-03-14`, `20240314`, `2024-03-14T10:05`, `2024-03-14T10:05:30.123Z`,
    /// `2024-03-14 10:05:30+01:00`, `2024-03-14T10:05:30+0100`, `2024/03/14`.
    /// Returns nil for anything else, including impossible days (`2023-02-29`) and month-only values.
    public static func parseISO8601(_ text: String) -> Date? {
        parseISO8601Stamp(text)?.date
    }

    /// Parses RFC 822 / RFC 2822 dates as feeds write them:
    /// `Tue, 14 Mar 2024 10:05:00 GMT`, `14 Mar 2024 10:05 +0100`, `Thu, 14 March 24 10:05:00 EST`.
    /// The weekday is optional and not checked (feeds often get it wrong); two-digit years below
    /// 50 are 20xx. Dutch month abbreviations are accepted too.
    public static func parseRFC822(_ text: String) -> Date? {
        var tokens: [Substring] = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        guard !tokens.isEmpty else { return nil }
        if let first = tokens.first, first.first?.isLetter == true, month(named: first) == nil {
            tokens.removeFirst() // weekday
        }
        guard tokens.count >= 3 else { return nil }
        var dayToken = tokens[0], monthToken = tokens[1]
        if month(named: dayToken) != nil { swap(&dayToken, &monthToken) } // "Mar 14 2024"
        guard let day = Int(dayToken), let month = month(named: monthToken),
              var year = Int(tokens[2]) else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var seconds = 0, offset = 0
        if tokens.count >= 4 {
            let clock = tokens[3].split(separator: ":")
            guard clock.count >= 2, clock.count <= 3,
                  let h = Int(clock[0]), let m = Int(clock[1]), h < 24, m < 60 else { return nil }
            let s = clock.count == 3 ? Int(clock[2].prefix(2)) ?? -1 : 0
            guard s >= 0, s <= 60 else { return nil }
            seconds = h * 3600 + m * 60 + s
            if tokens.count >= 5 {
                guard let zone = zoneOffset(tokens[4]) else { return nil }
                offset = zone
            }
        }
        guard let midnight = DateText.day(year: year, month: month, day: day) else { return nil }
        return midnight.addingTimeInterval(TimeInterval(seconds - offset))
    }

    /// Parses a day written for people, in English or Dutch: `February 14, 2022`, `14 Feb 2022`,
    /// `14 februari 2022`, `ma 3 jan. 2022`, `3 mrt 2025`, `14-02-2022`, `14/02/2022`, `2022-02-14`.
    /// Numeric dates are read day-first (the European order) unless only month-first is valid.
    /// Returns the first date in `text`, at 00:00 UTC, or nil.
    public static func parseHuman(_ text: String) -> Date? {
        DateScanner.scan(text).first?.date
    }

    /// 00:00 UTC on the given day, or nil when the day does not exist (`2023-02-29`, month 13).
    public static func day(year: Int, month: Int, day: Int) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(daysFromCivil(year, month, day)) * 86_400)
    }

    /// The month number for an English or Dutch month name or abbreviation
    /// (`march`, `Mar`, `mrt`, `maart`, `okt.`), case-insensitive; nil otherwise.
    public static func month(named name: some StringProtocol) -> Int? {
        var key = name.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return monthNames[key]
    }

    /// The earliest date Centric accepts for a web page: 1995-01-01 (before that, a "date" is noise).
    public static let earliest = Date(timeIntervalSince1970: 788_918_400)

    /// True when `date` lies between ``earliest`` and one day after `now`.
    public static func isPlausible(_ date: Date, now: Date = Date()) -> Bool {
        date >= earliest && date <= now.addingTimeInterval(86_400)
    }

    // MARK: - ISO 8601 details

    /// A parsed ISO 8601 value: the instant, whether a time of day was given, and the UTC offset
    /// written in the text (nil when none was written).
    struct Stamp: Equatable {
        var date: Date
        var hasTime: Bool
        var utcOffset: Int?
    }

    static func parseISO8601Stamp(_ text: String) -> Stamp? {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 32 || last == 9 || last == 10 || last == 13 { bytes.removeLast() }
        var i = 0
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
        func digits(_ n: Int) -> Int? {
            guard i + n <= bytes.count else { return nil }
            var value = 0
            for k in i..<(i + n) {
                let b = bytes[k]
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            i += n
            return value
        }
        guard let year = digits(4) else { return nil }
        let month: Int, dayOfMonth: Int
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "/") {
            let sep = bytes[i]
            i += 1
            guard let m = digits(2) ?? digits(1), i < bytes.count, bytes[i] == sep else { return nil }
            i += 1
            guard let d = digits(2) ?? digits(1) else { return nil }
            month = m
            dayOfMonth = d
        } else {
            guard let m = digits(2), let d = digits(2) else { return nil }
            month = m
            dayOfMonth = d
        }
        guard let midnight = day(year: year, month: month, day: dayOfMonth) else { return nil }
        if i == bytes.count { return Stamp(date: midnight, hasTime: false, utcOffset: nil) }
        guard bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: "t") || bytes[i] == 32 else { return nil }
        i += 1
        guard let hour = digits(2), hour < 24 else { return nil }
        var minute = 0, second = 0.0
        if i < bytes.count, bytes[i] == UInt8(ascii: ":") {
            i += 1
            guard let m = digits(2), m < 60 else { return nil }
            minute = m
            if i < bytes.count, bytes[i] == UInt8(ascii: ":") {
                i += 1
                guard let s = digits(2), s <= 60 else { return nil }
                second = Double(s)
                if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    var scale = 0.1
                    while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                        second += Double(bytes[i] - 48) * scale
                        scale /= 10
                        i += 1
                    }
                }
            }
        } else if let m = digits(2), m < 60 { // compact 1005
            minute = m
        }
        if i < bytes.count, bytes[i] == 32 { i += 1 }
        var offset: Int?
        if i < bytes.count {
            let rest = String(decoding: bytes[i...], as: UTF8.self)
            guard let zone = zoneOffset(Substring(rest)) else { return nil }
            offset = zone
        }
        let seconds = Double(hour * 3600 + minute * 60) + second - Double(offset ?? 0)
        return Stamp(date: midnight.addingTimeInterval(seconds), hasTime: true, utcOffset: offset)
    }

    /// Seconds east of UTC for `Z`, `+01:00`, `+0100`, `+01`, `GMT`, `UTC`, US and central European
    /// zone abbreviations; nil when not recognised.
    static func zoneOffset(_ token: Substring) -> Int? {
        let upper = token.uppercased()
        if let named = namedZones[upper] { return named }
        guard let sign = upper.first, sign == "+" || sign == "-" else { return nil }
        let digitsOnly = Array(upper.dropFirst().filter { $0 != ":" })
        guard digitsOnly.count == 2 || digitsOnly.count == 4,
              digitsOnly.allSatisfy({ $0.isASCII && $0.isNumber }),
              let hh = Int(String(digitsOnly[0..<2])),
              let mm = digitsOnly.count == 4 ? Int(String(digitsOnly[2..<4])) : 0,
              hh <= 14, mm < 60 else { return nil }
        let value = hh * 3600 + mm * 60
        return sign == "-" ? -value : value
    }

    private static let namedZones: [String: Int] = [
        "Z": 0, "GMT": 0, "UT": 0, "UTC": 0, "WET": 0, "BST": 3600,
        "CET": 3600, "MET": 3600, "CEST": 7200, "MEST": 7200,
        "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
        "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
    ]

    // MARK: - Calendar arithmetic (proleptic Gregorian, no Foundation Calendar: fast and fixed)

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// English and Dutch month names and abbreviations, lowercased, without a trailing dot.
    static let monthNames: [String: Int] = {
        let names: [[String]] = [
            ["jan", "january", "januari"],
            ["feb", "february", "februari", "febr"],
            ["mar", "march", "mrt", "maart", "maa"],
            ["apr", "april"],
            ["may", "mei"],
            ["jun", "june", "juni"],
            ["jul", "july", "juli"],
            ["aug", "august", "augustus"],
            ["sep", "sept", "september"],
            ["oct", "october", "okt", "oktober"],
            ["nov", "november"],
            ["dec", "december"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() {
            for name in list { table[name] = index + 1 }
        }
        return table
    }()
}
