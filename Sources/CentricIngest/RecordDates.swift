import Foundation

/// The date layouts spreadsheet and survey-tool exports use, decided once per column.
public enum RecordDateFormat: String, Sendable, Equatable, CaseIterable {
    /// `2025-03-14`, `2025-03-14 10:22`, `2025-03-14T10:22:00Z`.
    case iso
    /// `14-03-2025`, `14/03/2025`, `14.3.2025` (Dutch and most of Europe), with an optional time.
    case dayMonthYear = "dd-mm-yyyy"
    /// `03/14/2025` (US exports), with an optional time and AM/PM.
    case monthDayYear = "mm/dd/yyyy"
    /// A spreadsheet serial day number such as `45730` or `45730.43` (days since 1899-12-30).
    case excelSerial = "excel-serial"
}

/// Parses the dates of record exports (CSV, JSON lines). Values without a zone are read as UTC,
/// so the same file gives the same dates on every machine.
public enum RecordDates {
    // MARK: - Deciding a column's format

    /// Decides a column's format from the values seen in it.
    ///
    /// Day-first and month-first look alike until a value settles it: a first component
    /// above 12 means day-first, a second component above 12 means month-first. A column that
    /// never settles it is read day-first (`dd-mm-yyyy` is what Dutch and European exports
    /// write); `assumed` then says so. Returns `nil` when no value looks like a date.
    public static func inferFormat<S: Sequence>(_ values: S) -> (format: RecordDateFormat, assumed: Bool)?
    where S.Element == String {
        var iso = 0, numeric = 0, serial = 0, dayFirst = 0, monthFirst = 0
        for value in values {
            let text = RecordText.trim(value)
            guard !text.isEmpty else { continue }
            if let parts = DateParts(text) {
                switch parts.layout {
                case .yearFirst: iso += 1
                case .yearLast:
                    numeric += 1
                    if parts.a > 12 && parts.b <= 12 { dayFirst += 1 }
                    if parts.b > 12 && parts.a <= 12 { monthFirst += 1 }
                }
            } else if excelSerialDate(text) != nil {
                serial += 1
            }
        }
        let best = max(iso, numeric, serial)
        guard best > 0 else { return nil }
        if best == iso { return (.iso, false) }
        if best == numeric {
            if monthFirst > dayFirst { return (.monthDayYear, false) }
            return (.dayMonthYear, dayFirst == 0)
        }
        return (.excelSerial, false)
    }

    // MARK: - Parsing one value

    /// Parses one value in the column's format. ISO values are accepted in any column, since
    /// exports that mix them in are common and ISO is never ambiguous.
    public static func parse(_ value: String, format: RecordDateFormat) -> Date? {
        let text = RecordText.trim(value)
        guard !text.isEmpty else { return nil }
        if format == .excelSerial, let date = excelSerialDate(text) { return date }
        guard let parts = DateParts(text) else {
            // Rarer ISO 8601 forms (basic format, week dates) are DateText's business.
            return text.utf8.first.map { $0 >= 48 && $0 <= 57 } == true ? DateText.parseISO8601(text) : nil
        }
        switch parts.layout {
        case .yearFirst:
            return parts.date(year: parts.a, month: parts.b, day: parts.c)
        case .yearLast:
            switch format {
            case .monthDayYear: return parts.date(year: parts.c, month: parts.a, day: parts.b)
            case .dayMonthYear, .iso, .excelSerial: return parts.date(year: parts.c, month: parts.b, day: parts.a)
            }
        }
    }

    /// A spreadsheet serial date: days since 1899-12-30 (which absorbs Lotus's 1900 leap-day
    /// bug for every date after February 1900), the fraction being the time of day. Only
    /// values between 1927 and 2173 count, so an id or a rating is never taken for a date.
    static func excelSerialDate(_ text: String) -> Date? {
        guard text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
              let serial = Double(text.replacingOccurrences(of: ",", with: ".")),
              serial >= 10_000, serial < 100_000 else { return nil }
        let seconds = (serial * 86_400).rounded()
        return Date(timeIntervalSince1970: seconds - 2_209_161_600)
    }
}

// MARK: - The scanner

/// The numbers of a `yyyy-mm-dd` or `dd-mm-yyyy` style date with an optional time, scanned by
/// hand: record files hold millions of dates and regexes are slow on that path.
private struct DateParts {
    enum Layout { case yearFirst, yearLast }
    var layout: Layout
    var a: Int, b: Int, c: Int
    var hour = 0, minute = 0, second = 0
    /// Seconds east of UTC, when the value names a zone.
    var offset = 0

    init?(_ text: String) {
        var scanner = ByteScanner(Array(text.utf8))
        guard let first = scanner.number(maxDigits: 4) else { return nil }
        guard let separator = scanner.take(oneOf: "-/.") else { return nil }
        guard let middle = scanner.number(maxDigits: 2) else { return nil }
        guard scanner.take(separator) else { return nil }
        guard let third = scanner.number(maxDigits: 4) else { return nil }
        if first.digits == 4 && third.digits <= 2 {
            layout = .yearFirst
        } else if first.digits <= 2 && third.digits == 4 {
            layout = .yearLast
        } else {
            return nil
        }
        (a, b, c) = (first.value, middle.value, third.value)
        if scanner.atEnd { return }
        // An optional time: `T10:22`, ` 10:22:05`, `10:22:05.123`, ` 2:05 PM`, then a zone.
        guard scanner.take(oneOf: "T ") != nil, let h = scanner.number(maxDigits: 2), scanner.take(":"),
              let m = scanner.number(maxDigits: 2), m.digits == 2 else { return nil }
        hour = h.value
        minute = m.value
        if scanner.take(":") {
            guard let s = scanner.number(maxDigits: 2), s.digits == 2 else { return nil }
            second = s.value
            if scanner.take(".") || scanner.take(",") { _ = scanner.number(maxDigits: 9) }
        }
        scanner.skipSpaces()
        if let meridiem = scanner.word(), ["AM", "PM"].contains(meridiem.uppercased()) {
            guard hour >= 1 && hour <= 12 else { return nil }
            hour = hour % 12 + (meridiem.uppercased() == "PM" ? 12 : 0)
            scanner.skipSpaces()
        }
        if scanner.take("Z") {
        } else if let sign = scanner.take(oneOf: "+-") {
            guard let zh = scanner.number(maxDigits: 2) else { return nil }
            _ = scanner.take(":")
            let zm = scanner.number(maxDigits: 2)?.value ?? 0
            offset = (zh.value * 3600 + zm * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        }
        guard scanner.atEnd else { return nil }
    }

    func date(year: Int, month: Int, day: Int) -> Date? {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 61 else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm):
    /// exact and free of Calendar and time-zone state.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

private struct ByteScanner {
    let bytes: [UInt8]
    var index = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func number(maxDigits: Int) -> (value: Int, digits: Int)? {
        var value = 0, digits = 0
        while index < bytes.count, digits < maxDigits, bytes[index] >= 48, bytes[index] <= 57 {
            value = value * 10 + Int(bytes[index] - 48)
            digits += 1
            index += 1
        }
        return digits == 0 ? nil : (value, digits)
    }

    mutating func take(oneOf set: String) -> UInt8? {
        guard index < bytes.count, set.utf8.contains(bytes[index]) else { return nil }
        index += 1
        return bytes[index - 1]
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func take(_ character: Character) -> Bool {
        take(character.asciiValue ?? 0)
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    }

    mutating func word() -> String? {
        let start = index
        while index < bytes.count, (bytes[index] | 0x20) >= 97, (bytes[index] | 0x20) <= 122 { index += 1 }
        if start == index { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}
