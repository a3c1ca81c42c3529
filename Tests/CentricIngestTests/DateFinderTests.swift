import Foundation
import XCTest
@testable import CentricIngest

final class DateFinderTests: XCTestCase {
    /// A fixed "now" so that future-date rejection is deterministic.
    private let now = DateText.day(year: 2025, month: 6, day: 1)!
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Date { DateText.day(year: y, month: m, day: d)! }

    private func dates(_ head: String, _ body: String, origin: String = "site/page.html") throws -> (Found<Date>?, Found<Date>?) {
        let html = "<html><head>\(head)</head><body><article><p>This article body is long enough to be kept as the main text of the page.</p>\(body)</article></body></html>"
        let page = try HTMLExtractor(now: now).extract(Data(html.utf8), origin: origin)
        return (page.published, page.updated)
    }

    // MARK: - DateText parsers

    func testISO8601() {
        XCTAssertEqual(DateText.parseISO8601("2024-03-14"), day(2024, 3, 14))
        XCTAssertEqual(DateText.parseISO8601("20240314"), day(2024, 3, 14))
        XCTAssertEqual(DateText.parseISO8601("2024-03-14T10:05:30Z"), day(2024, 3, 14).addingTimeInterval(36_330))
        XCTAssertEqual(DateText.parseISO8601("2024-03-14T10:05:30.250+01:00"), day(2024, 3, 14).addingTimeInterval(32_730.25))
        XCTAssertEqual(DateText.parseISO8601("2024-03-14 10:05:30 -0500"), day(2024, 3, 14).addingTimeInterval(36_330 + 18_000))
        XCTAssertEqual(DateText.parseISO8601("2024-03-14T10:05"), day(2024, 3, 14).addingTimeInterval(36_300))
        XCTAssertNil(DateText.parseISO8601("2023-02-29"), "not a leap year")
        XCTAssertEqual(DateText.parseISO8601("2024-02-29"), day(2024, 2, 29))
        XCTAssertNil(DateText.parseISO8601("2024-13-01"))
        XCTAssertNil(DateText.parseISO8601("2024-03"))
        XCTAssertNil(DateText.parseISO8601("yesterday"))
        XCTAssertNil(DateText.parseISO8601("2024-03-14T25:00:00Z"))
    }

    func testRFC822() {
        XCTAssertEqual(DateText.parseRFC822("Thu, 14 Mar 2024 10:05:00 GMT"), day(2024, 3, 14).addingTimeInterval(36_300))
        XCTAssertEqual(DateText.parseRFC822("14 Mar 2024 10:05 +0100"), day(2024, 3, 14).addingTimeInterval(32_700))
        XCTAssertEqual(DateText.parseRFC822("Thu, 14 Mar 24 10:05:00 EST"), day(2024, 3, 14).addingTimeInterval(36_300 + 18_000))
        XCTAssertEqual(DateText.parseRFC822("do, 14 mrt 2024 00:00:00 +0000"), day(2024, 3, 14))
        XCTAssertEqual(DateText.parseRFC822("14 March 2024"), day(2024, 3, 14))
        XCTAssertNil(DateText.parseRFC822("Thu, 31 Feb 2024 10:05:00 GMT"))
        XCTAssertNil(DateText.parseRFC822("Thu, 14 Foo 2024 10:05:00 GMT"))
        XCTAssertNil(DateText.parseRFC822("14 Mar 2024 10:05 Mars/Olympus"))
    }

    func testHumanDatesInEnglishAndDutch() {
        XCTAssertEqual(DateText.parseHuman("February 14, 2022"), day(2022, 2, 14))
        XCTAssertEqual(DateText.parseHuman("Posted on 3 March 2025"), day(2025, 3, 3))
        XCTAssertEqual(DateText.parseHuman("Gepubliceerd op 14 februari 2022"), day(2022, 2, 14))
        XCTAssertEqual(DateText.parseHuman("Bijgewerkt: 3 maart 2023"), day(2023, 3, 3))
        XCTAssertEqual(DateText.parseHuman("14-02-2022"), day(2022, 2, 14))
        XCTAssertEqual(DateText.parseHuman("14/02/2022"), day(2022, 2, 14))
        XCTAssertEqual(DateText.parseHuman("02/14/2022"), day(2022, 2, 14), "month first only when day first is impossible")
        XCTAssertEqual(DateText.parseHuman("ma 3 jan. 2022"), day(2022, 1, 3))
        XCTAssertEqual(DateText.parseHuman("3 mrt 2025"), day(2025, 3, 3))
        XCTAssertEqual(DateText.parseHuman("the 14th of February, 2022"), day(2022, 2, 14))
        XCTAssertEqual(DateText.parseHuman("2022-02-14"), day(2022, 2, 14))
        XCTAssertNil(DateText.parseHuman("31-02-2022"), "invalid day")
        XCTAssertNil(DateText.parseHuman("March 2022"), "no day")
    }

    func testPhoneNumbersAreNotDates() {
        XCTAssertNil(DateText.parseHuman("Bel 020-14-02-2022 voor info"))
        XCTAssertNil(DateText.parseHuman("Call +31 10-12-2019 today"))
        XCTAssertNil(DateText.parseHuman("Tel. 06-12-34-5678"))
        XCTAssertNil(DateText.parseHuman("phone 14-02-2022-33"))
        XCTAssertNil(DateText.parseHuman("(555) 123-4567"))
    }

    func testVisibleTextSeparatesPublishedFromUpdated() {
        let finder = DateFinder(now: now)
        let found = finder.find(inText: "Published February 14, 2022, Updated August 04, 2022")
        XCTAssertEqual(found.published, Found(day(2022, 2, 14), rule: "text:published"))
        XCTAssertEqual(found.updated, Found(day(2022, 8, 4), rule: "text:updated"))
        let dutch = finder.find(inText: "Bijgewerkt: 3 maart 2023 · Gepubliceerd op 14 februari 2022")
        XCTAssertEqual(dutch.published?.value, day(2022, 2, 14))
        XCTAssertEqual(dutch.updated?.value, day(2023, 3, 3))
    }

    func testImpossibleDatesAreRejected() {
        let finder = DateFinder(now: now)
        XCTAssertNil(finder.find(inText: "Published 14 February 2031").published, "future")
        XCTAssertNil(finder.find(inText: "Published 14 February 1990").published, "before 1995")
        XCTAssertEqual(finder.find(inText: "Published 14 February 1990, reprinted 2 May 2001").published?.value, day(2001, 5, 2))
    }

    func testURLDates() {
        let finder = DateFinder(now: now)
        XCTAssertEqual(finder.find(inURL: "https://x.nl/nieuws/2024/03/14/klant"), day(2024, 3, 14))
        XCTAssertEqual(finder.find(inURL: "https://x.nl/blog/2024-03-14-klant"), day(2024, 3, 14))
        XCTAssertEqual(finder.find(inURL: "https://x.nl/p/20240314/klant"), day(2024, 3, 14))
        XCTAssertNil(finder.find(inURL: "https://x.nl/2024/13/45/klant"))
        XCTAssertNil(finder.find(inURL: "https://x.nl/product/1234567890"))
    }

    // MARK: - The page cascade, rule by rule

    func testJSONLDWinsAndReadsGraphs() throws {
        let ld = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"X"},
          {"@type":"NewsArticle","datePublished":"2024-03-14T09:00:00+01:00","dateModified":"2024-03-20T10:00:00Z"}]}</script>
        <meta property="article:published_time" content="2020-01-01">
        """
        let (published, updated) = try dates(ld, "")
        XCTAssertEqual(published, Found(day(2024, 3, 14).addingTimeInterval(8 * 3600), rule: "json-ld"))
        XCTAssertEqual(updated, Found(day(2024, 3, 20).addingTimeInterval(10 * 3600), rule: "json-ld"))
    }

    func testBrokenJSONLDFallsThroughToMeta() throws {
        let head = """
        <script type="application/ld+json">{"datePublished": "2024-03-14",,,</script>
        <meta property="article:published_time" content="2021-06-07T08:00:00Z">
        <meta property="article:modified_time" content="2021-06-08T08:00:00Z">
        """
        let (published, updated) = try dates(head, "")
        XCTAssertEqual(published?.rule, "meta:article:published_time")
        XCTAssertEqual(published?.value, day(2021, 6, 7).addingTimeInterval(8 * 3600))
        XCTAssertEqual(updated?.rule, "meta:article:modified_time")
    }

    func testOtherMetaNames() throws {
        for (name, attribute) in [("DC.date.issued", "name"), ("pubdate", "name"), ("sailthru.date", "name"),
                                  ("parsely-pub-date", "name"), ("datePublished", "itemprop"), ("date", "name")] {
            let (published, _) = try dates("<meta \(attribute)=\"\(name)\" content=\"2019-11-05\">", "")
            XCTAssertEqual(published, Found(day(2019, 11, 5), rule: "meta:\(name.lowercased())"), name)
        }
    }

    func testFutureMetaDateIsSkipped() throws {
        let (published, _) = try dates("<meta property=\"article:published_time\" content=\"2099-01-01\">", "<time datetime=\"2022-04-05\">5 april</time>")
        XCTAssertEqual(published, Found(day(2022, 4, 5), rule: "time"))
    }

    func testTimeElements() throws {
        let body = """
        <p>Reference to <time datetime="2020-01-01">an old event</time>.</p>
        <footer><time class="entry-date published" datetime="2023-09-10T12:00:00Z" pubdate>10 Sept</time>
        <time class="updated" datetime="2023-09-12">12 Sept</time></footer>
        """
        let (published, updated) = try dates("", body)
        XCTAssertEqual(published, Found(day(2023, 9, 10).addingTimeInterval(12 * 3600), rule: "time:pubdate"))
        XCTAssertEqual(updated?.value, day(2023, 9, 12))
    }

    func testItempropOnAnElement() throws {
        let (published, _) = try dates("", "<span itemprop=\"datePublished\" content=\"2018-07-01\">1 juli 2018</span>")
        XCTAssertEqual(published, Found(day(2018, 7, 1), rule: "itemprop:datePublished"))
    }

    func testURLRule() throws {
        let (published, _) = try dates("", "", origin: "https://news.example.com/2022/11/30/service-story")
        XCTAssertEqual(published, Found(day(2022, 11, 30), rule: "url"))
    }

    func testBylineTextWithoutLabel() throws {
        let (published, _) = try dates("", "<div class=\"post-date\">ma 3 jan. 2022</div>")
        XCTAssertEqual(published, Found(day(2022, 1, 3), rule: "text:byline"))
    }

    func testCommentDatesAreNotTheArticleDate() throws {
        let html = """
        <html><body><article><p>The article itself has no date anywhere, but it has enough text to be the main text.</p></article>
        <div class="comments"><div class="comment"><time datetime="2024-01-02">2 Jan</time> Posted on 2 January 2024</div></div></body></html>
        """
        let page = try HTMLExtractor(now: now).extract(Data(html.utf8), origin: "x.html")
        XCTAssertNil(page.published)
    }

    func testPhoneNumberInPageIsNotADate() throws {
        let (published, _) = try dates("", "<p>Bel ons op 010-12-03-2019 of mail.</p>")
        XCTAssertNil(published)
    }

    func testUpdateBeforePublicationIsDropped() {
        let found = DateFinder(now: now).find(DateEvidence(
            metas: [("article:published_time", "2024-05-01"), ("article:modified_time", "2024-04-01")]))
        XCTAssertEqual(found.published?.value, day(2024, 5, 1))
        XCTAssertNil(found.updated)
    }
}
