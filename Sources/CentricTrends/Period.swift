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
    private let calendar: Calendar

    public init(unit: PeriodUnit, timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.unit = unit
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        self.calendar = calendar
    }

    public func label(_ date: Date?) -> String {
        guard let date else { return Self.undated }
        let c = calendar.dateComponents([.year, .month, .day, .weekOfYear, .yearForWeekOfYear], from: date)
        let year = c.year ?? 0, month = c.month ?? 1, day = c.day ?? 1
        switch unit {
        case .day: return String(format: "%04d-%02d-%02d", year, month, day)
        case .week: return String(format: "%04d-W%02d", c.yearForWeekOfYear ?? year, c.weekOfYear ?? 1)
        case .month: return String(format: "%04d-%02d", year, month)
        case .quarter: return String(format: "%04d-Q%d", year, (month - 1) / 3 + 1)
        case .year: return String(format: "%04d", year)
        }
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
