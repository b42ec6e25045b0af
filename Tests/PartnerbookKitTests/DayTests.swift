@testable import PartnerbookKit
import XCTest

final class DayTests: XCTestCase {
    func testParsesOnlyRealDatesWrittenYYYYMMDD() {
        XCTAssertEqual(Day("2026-03-14")?.description, "2026-03-14")
        XCTAssertEqual(Day("2024-02-29")?.description, "2024-02-29")
        for bad in ["2026-02-29", "2026-13-01", "2026-3-14", "March 3", "2026-03-14T10:00", "", "２０２６-03-14"] {
            XCTAssertNil(Day(bad), bad)
        }
    }

    func testDayArithmeticCrossesMonthsYearsAndLeapDays() {
        XCTAssertEqual(Day("2026-12-31")!.adding(days: 1).description, "2027-01-01")
        XCTAssertEqual(Day("2024-02-28")!.adding(days: 1).description, "2024-02-29")
        XCTAssertEqual(Day("2026-01-31")!.adding(months: 1).description, "2026-02-28")
        XCTAssertEqual(Day("2026-11-30")!.adding(months: 3).description, "2027-02-28")
        XCTAssertEqual(Day(ordinal: 0).description, "1970-01-01")
        XCTAssertEqual(Day("2000-03-01")!.ordinal - Day("2000-02-28")!.ordinal, 2)
    }

    func testDisplayText() {
        XCTAssertEqual(Day("2026-03-04")!.displayText, "4 March 2026")
    }

    func testReviewIntervals() {
        let reviewed = Day("2026-06-01")!
        XCTAssertEqual(ReviewInterval("6 months")?.due(after: reviewed).description, "2026-12-01")
        XCTAssertEqual(ReviewInterval("90 days")?.due(after: reviewed).description, "2026-08-30")
        XCTAssertEqual(ReviewInterval("2 weeks")?.due(after: reviewed).description, "2026-06-15")
        XCTAssertEqual(ReviewInterval("1 year")?.due(after: reviewed).description, "2027-06-01")
        XCTAssertEqual(ReviewInterval("1 Month")?.description, "1 month")
        for bad in ["fortnightly", "6", "0 days", "-1 months", "6 moons", "six months"] {
            XCTAssertNil(ReviewInterval(bad), bad)
        }
    }
}
