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
