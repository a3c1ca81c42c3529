import Foundation
import Testing
@testable import CentricTrends

@Suite struct PeriodTests {
    func date(_ s: String) -> Date { ISO8601DateFormatter().date(from: s)! }

    @Test func labelsEveryUnit() {
        let d = date("2025-03-14T10:00:00Z")
        #expect(PeriodLabeler(unit: .day).label(d) == "2025-03-14")
        #expect(PeriodLabeler(unit: .week).label(d) == "2025-W11")
        #expect(PeriodLabeler(unit: .month).label(d) == "2025-03")
        #expect(PeriodLabeler(unit: .quarter).label(d) == "2025-Q1")
        #expect(PeriodLabeler(unit: .year).label(d) == "2025")
        #expect(PeriodLabeler(unit: .month).label(nil) == "undated")
    }

    @Test func isoWeekYearDiffersFromCalendarYearAtTheEdges() {
        #expect(PeriodLabeler(unit: .week).label(date("2024-12-30T12:00:00Z")) == "2025-W01")
        #expect(PeriodLabeler(unit: .week).label(date("2021-01-03T12:00:00Z")) == "2020-W53")
    }

    @Test func timeZoneMovesLateEveningsToTheNextDay() {
        let d = date("2025-03-31T23:30:00Z")
        #expect(PeriodLabeler(unit: .month).label(d) == "2025-03")
        #expect(PeriodLabeler(unit: .month, timeZone: TimeZone(identifier: "Europe/Amsterdam")!).label(d) == "2025-04")
    }

    @Test func undatedSortsLast() {
        let sorted = ["undated", "2025-02", "2024-12"].sorted(by: PeriodLabeler.precedes)
        #expect(sorted == ["2024-12", "2025-02", "undated"])
    }
}

@Suite struct CalendarArithmeticTests {
    /// The integer arithmetic agrees with Foundation's ISO 8601 calendar on every day of 1995-2040.
    @Test func agreesWithFoundationCalendarDayByDay() {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let first = PeriodLabeler.daysFromCivil(1995, 1, 1), last = PeriodLabeler.daysFromCivil(2040, 12, 31)
        var mismatches = 0
        for days in stride(from: first, through: last, by: 1) {
            let date = Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200)
            let c = calendar.dateComponents([.year, .month, .day, .weekOfYear, .yearForWeekOfYear], from: date)
            let civil = PeriodLabeler.civilFromDays(days)
            let week = PeriodLabeler.isoWeek(days)
            if civil.year != c.year || civil.month != c.month || civil.day != c.day
                || week.year != c.yearForWeekOfYear || week.week != c.weekOfYear {
                mismatches += 1
            }
        }
        #expect(mismatches == 0)
    }

    @Test func timeZoneWithDaylightSaving() {
        let amsterdam = PeriodLabeler(unit: .day, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        // 2025-07-14T22:30Z is already the 15th in Amsterdam (UTC+2 in summer), 2025-01-14T23:30Z too (UTC+1).
        #expect(amsterdam.label(ISO8601DateFormatter().date(from: "2025-07-14T22:30:00Z")) == "2025-07-15")
        #expect(amsterdam.label(ISO8601DateFormatter().date(from: "2025-01-14T23:30:00Z")) == "2025-01-15")
        #expect(amsterdam.label(ISO8601DateFormatter().date(from: "2025-07-14T21:30:00Z")) == "2025-07-14")
    }
}
