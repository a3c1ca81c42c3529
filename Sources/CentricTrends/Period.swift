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

    /// Orders period labels chronologically with `undated` last.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        if a == undated { return false }
        if b == undated { return true }
        return a < b
    }
}
