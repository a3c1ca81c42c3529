import Foundation

/// The width of a trend period.
public enum PeriodUnit: String, Sendable, Codable, CaseIterable {
    case day, week, month, quarter, year
}

/// Labels dates with their period: `2025-03-14`, `2025-W11` (ISO week), `2025-03`, `2025-Q1`,
/// `2025`, and `undated` for documents without a date, which are counted, never dropped.
/// Labels of one unit sort chronologically as strings; `undated` sorts last.
public struct PeriodLabeler: Sendable {
    public static let undated = "undated"
    public let unit: PeriodUnit
    public let timeZone: TimeZone
    private let isUTC: Bool

    public init(unit: PeriodUnit, timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.unit = unit
        self.timeZone = timeZone
        isUTC = timeZone.secondsFromGMT() == 0 && timeZone.nextDaylightSavingTimeTransition == nil
    }

    /// Integer calendar arithmetic instead of `Calendar.dateComponents`, which is slow on Linux
    /// and runs once per document on the serial output path.
    public func label(_ date: Date?) -> String {
        guard let date else { return Self.undated }
        let offset = isUTC ? 0 : timeZone.secondsFromGMT(for: date)
        let days = Int(((date.timeIntervalSince1970 + Double(offset)) / 86_400).rounded(.down))
        let (year, month, day) = Self.civilFromDays(days)
        switch unit {
        case .day: return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
        case .week:
            let (weekYear, week) = Self.isoWeek(days)
            return Self.pad(weekYear, 4) + "-W" + Self.pad(week, 2)
        case .month: return Self.pad(year, 4) + "-" + Self.pad(month, 2)
        case .quarter: return Self.pad(year, 4) + "-Q" + String((month - 1) / 3 + 1)
        case .year: return Self.pad(year, 4)
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// The proleptic Gregorian date of a day number (days since 1970-01-01; Howard Hinnant's
    /// `civil_from_days`, the inverse of `daysFromCivil`).
    public static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO 8601 week-numbering year and week of a day number: the week belongs to the year of
    /// its Thursday.
    static func isoWeek(_ days: Int) -> (year: Int, week: Int) {
        let weekday = ((days % 7) + 7 + 3) % 7  // 0 = Monday; 1970-01-01 was a Thursday
        let thursday = days - weekday + 3
        let year = civilFromDays(thursday).year
        return (year, (thursday - daysFromCivil(year, 1, 1)) / 7 + 1)
    }

    /// The position of a period label on a time line of its unit (days, ISO weeks, months,
    /// quarters or years since an epoch), so the distance between two labels counts the periods
    /// between them even when some periods have no documents. `nil` for `undated` or a label
    /// that does not belong to `unit`.
    public static func ordinal(_ label: String, unit: PeriodUnit) -> Int? {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        switch (unit, parts.count) {
        case (.year, 1): return year
        case (.quarter, 2):
            guard parts[1].hasPrefix("Q"), let q = Int(parts[1].dropFirst()), (1...4).contains(q) else { return nil }
            return year * 4 + q - 1
        case (.month, 2):
            guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            return year * 12 + m - 1
        case (.week, 2):
            guard parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()), (1...53).contains(w) else { return nil }
            // Monday of ISO week 1 is the Monday on or before 4 January.
            let jan4 = daysFromCivil(year, 1, 4)
            let weekday = ((jan4 % 7) + 7 + 3) % 7 // 0 = Monday (1970-01-01 was a Thursday)
            return (jan4 - weekday - 4) / 7 + w - 1 // exact: Mondays are 4 mod 7 days after 1970-01-01
        case (.day, 3):
            guard let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else { return nil }
            return daysFromCivil(year, m, d)
        default: return nil
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Orders period labels chronologically with `undated` last.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        if a == undated { return false }
        if b == undated { return true }
        return a < b
    }
}
