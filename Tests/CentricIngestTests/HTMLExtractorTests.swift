import Foundation
import XCTest
@testable import CentricIngest

final class HTMLExtractorTests: XCTestCase {
    private let extractor = HTMLExtractor()

    private func page(_ html: String, origin: String = "pages/test.html") throws -> HTMLPage {
        try extractor.extract(Data(html.utf8), origin: origin)
    }

    private func assertAbsent(_ needles: [String], in text: String, file: StaticString = #filePath, line: UInt = #line) {
        for needle in needles {
            XCTAssertFalse(text.contains(needle), "boilerplate '\(needle)' leaked into the main text", file: file, line: line)
        }
    }

    private func assertInOrder(_ needles: [String], in text: String, file: StaticString = #filePath, line: UInt = #line) {
        var cursor = text.startIndex
        for needle in needles {
            guard let range = text.range(of: needle, range: cursor..<text.endIndex) else {
                XCTFail("'\(needle)' missing or out of order", file: file, line: line)
                return
            }
            cursor = range.upperBound
        }
    }

    // MARK: - Main text

    static let newsPage = """
    <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
    <title>Banks rethink the branch | Daily Ledger</title>
    <meta property="og:site_name" content="Daily Ledger">
    <meta name="description" content="Why banks are redesigning branches around customers.">
    <link rel="canonical" href="https://ledger.example.com/news/2023/05/02/banks-branch">
    </head><body class="article-page">
    <div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies or manage settings.</p></div>
    <header class="site-header"><a href="/">Daily Ledger</a><nav><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
    <main><article>
      <header class="article-header"><h1>Banks rethink the branch</h1><p class="byline">By Ann Smith, 2 May 2023</p></header>
      <div class="share-buttons"><a href="#">Share on Twitter</a> <a href="#">Share on LinkedIn</a></div>
      <div class="article-body">
        <p>Retail banks across Europe are redesigning their branches around what customers actually need, not around products.</p>
        <h2>Listening first</h2>
        <p>Staff now spend the first minutes of every visit asking questions, a change that customers describe as more personal and less rushed.</p>
        <blockquote><p>We stopped selling and started listening, and complaints fell by a third.</p></blockquote>
        <ul><li>Shorter waiting times at the counter</li><li>Advisers who follow up after the visit</li></ul>
        <aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Fintech apps win young savers</a></li></ul></aside>
        <p>Analysts expect the model to spread to insurers, whose customer satisfaction scores lag behind those of the banks.</p>
      </div>
      <div class="newsletter-signup"><p>Sign up for our morning newsletter and never miss a story.</p></div>
    </article>
    <section id="comments" class="comments-area"><h2>3 comments</h2>
      <div class="comment"><p>Great piece, my branch did exactly this last year and it works.</p></div>
      <form class="comment-form"><p>Leave a comment</p><textarea></textarea></form>
    </section></main>
    <footer class="site-footer"><p>© 2023 Daily Ledger. All rights reserved. Contact our newsroom.</p></footer>
    </body></html>
    """

    func testNewsArticleKeepsTheArticleInOrderAndDropsFurniture() throws {
        let result = try page(Self.newsPage)
        assertInOrder([
            "Retail banks across Europe", "Listening first", "Staff now spend", "We stopped selling",
            "Shorter waiting times", "Advisers who follow up", "Analysts expect the model",
        ], in: result.text)
        assertAbsent([
            "We use cookies", "Opinion", "Share on Twitter", "Related articles", "Fintech apps", "morning newsletter",
            "Great piece", "Leave a comment", "All rights reserved", "By Ann Smith",
        ], in: result.text)
        XCTAssertEqual(result.blocks.first(where: { $0.text.hasPrefix("We stopped") })?.kind, .quote)
        XCTAssertEqual(result.blocks.first(where: { $0.text.hasPrefix("Shorter") })?.kind, .listItem)
        XCTAssertEqual(result.blocks.first(where: { $0.text == "Listening first" })?.kind, .heading)
        XCTAssertEqual(result.title, "Banks rethink the branch")
        XCTAssertEqual(result.siteName, "Daily Ledger")
        XCTAssertEqual(result.declaredLanguage, Found("en", rule: "html-lang"))
        XCTAssertEqual(result.canonicalURL, "https://ledger.example.com/news/2023/05/02/banks-branch")
        XCTAssertEqual(result.description, "Why banks are redesigning branches around customers.")
        XCTAssertEqual(result.published?.value, DateText.day(year: 2023, month: 5, day: 2))
        XCTAssertEqual(result.published?.rule, "url")
    }

    static let dutchBlog = """
    <html lang="nl-NL"><head><meta charset="utf-8"><title>Klantreis in kaart - Blog van Servicebureau</title>
    <meta property="og:title" content="Klantreis in kaart">
    <meta name="author" content="Jan de Vries"></head>
    <body class="single has-sidebar">
    <div class="site-wrapper has-sidebar">
      <div id="content" class="content-area">
        <article class="post-12 post type-post category-social-media tag-share">
          <div class="entry-meta">Gepubliceerd op 14 februari 2022 door Jan de Vries</div>
          <div class="entry-content">
            <p>Een klantreis brengt in kaart wat een klant meemaakt, van de eerste oriëntatie tot de service na aankoop.</p>
            <p>Wij begonnen met gesprekken met twintig klanten en ontdekten dat vooral de wachttijd aan de telefoon ergernis gaf.</p>
            <div class="lees-ook"><strong>Lees ook:</strong> <a href="/x">Tien tips voor betere service</a></div>
            <p>Daarna hebben we de bereikbaarheid verbeterd, met een terugbelservice die klanten zelf kunnen inplannen.</p>
            <div class="sharedaddy"><h3>Deel dit:</h3><a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
          </div>
        </article>
        <div id="reacties"><h3>2 reacties</h3><p>Mooi verhaal, herkenbaar voor ons team.</p></div>
      </div>
      <aside id="secondary" class="sidebar"><h3>Nieuwsbrief</h3><p>Schrijf je in voor onze nieuwsbrief en ontvang elke maand tips.</p></aside>
    </div></body></html>
    """

    func testDutchBlogWithSidebarWrapperKeepsTheEntry() throws {
        let result = try page(Self.dutchBlog)
        assertInOrder(["Een klantreis brengt", "Wij begonnen met gesprekken", "Daarna hebben we de bereikbaarheid"], in: result.text)
        assertAbsent(["Lees ook", "Tien tips", "Deel dit", "Facebook", "Mooi verhaal", "Schrijf je in", "Gepubliceerd op"], in: result.text)
        XCTAssertEqual(result.title, "Klantreis in kaart")
        XCTAssertEqual(result.author, "Jan de Vries")
        XCTAssertEqual(result.declaredLanguage, Found("nl", rule: "html-lang"))
        XCTAssertEqual(result.published, Found(DateText.day(year: 2022, month: 2, day: 14)!, rule: "text:published"))
    }

    func testForumThreadKeepsEveryPost() throws {
        let posts = (1...4).map { n in
            """
            <div class="post"><div class="postauthor">user\(n)</div>
            <div class="postbody">Reply number \(n): the helpdesk answered my question within a day and was friendly about it.<br><br>Second paragraph of reply \(n) with more detail on the refund.</div></div>
            """
        }.joined()
        let html = """
        <html><body><div id="nav"><a href="/">Forum</a> » <a href="/c">Klantenservice</a></div>
        <div class="thread">\(posts)</div><div class="footer">Powered by phpBB</div></body></html>
        """
        let result = try page(html)
        for n in 1...4 {
            XCTAssertTrue(result.text.contains("Reply number \(n):"), "post \(n) missing")
            XCTAssertTrue(result.text.contains("Second paragraph of reply \(n)"), "post \(n) second paragraph missing")
        }
        XCTAssertTrue(result.blocks.contains { $0.text.hasPrefix("Second paragraph of reply 1") }, "double <br> splits blocks")
        assertAbsent(["Powered by phpBB", "Klantenservice"], in: result.text)
    }

    func testDataTableRowsBecomeRowBlocksAndLayoutTablesAreContainers() throws {
        let html = """
        <html><body><table><tr><td class="menu"><a href="/">Home</a><br><a href="/b">Products</a></td>
        <td><p>Our support line is open on weekdays, and customers rated it 4.5 out of 5 last year.</p>
        <table><tr><th>Channel</th><th>Score</th></tr><tr><td>Phone</td><td>4.5</td></tr></table>
        <p>Chat support follows next spring, after a pilot with a small group of customers.</p></td></tr></table></body></html>
        """
        let result = try page(html)
        XCTAssertTrue(result.blocks.contains(TextBlock(kind: .tableRow, text: "Phone | 4.5")), "\(result.blocks)")
        assertInOrder(["Our support line", "Channel | Score", "Phone | 4.5", "Chat support follows"], in: result.text)
        XCTAssertFalse(result.text.contains("Products"))
    }

    func testWhitespaceEntitiesAndInvisibleCharacters() throws {
        let html = "<html><body><article><p>Cus\u{00AD}tomer&nbsp;&amp;   ser\u{200B}vice\n\t first &eacute;&#233; &lt;ok&gt; and more text to make this long enough.</p></article></body></html>"
        let result = try page(html)
        XCTAssertEqual(result.blocks.first?.text, "Customer & service first éé <ok> and more text to make this long enough.")
    }

    func testTitleFallsBackToHeadingThenStrippedTitle() throws {
        let withH1 = try page("<html><head><title>Ignored | Site</title></head><body><article><h1>The real headline</h1><p>Body text that is long enough to count as the article here.</p></article></body></html>")
        XCTAssertEqual(withH1.title, "The real headline")
        XCTAssertEqual(withH1.blocks.first?.text, "Body text that is long enough to count as the article here.", "the title is not repeated as a block")
        let titleOnly = try page("<html><head><title>Why customers leave - Acme Blog</title></head><body><p>Body text that is long enough to count as the article here.</p></body></html>")
        XCTAssertEqual(titleOnly.title, "Why customers leave")
    }

    func testLanguageMetaFallbacks() throws {
        let meta = try page("<html><head><meta http-equiv=\"content-language\" content=\"nl-BE\"></head><body><p>Een korte tekst over klanten.</p></body></html>")
        XCTAssertEqual(meta.declaredLanguage, Found("nl", rule: "meta:content-language"))
        let og = try page("<html><head><meta property=\"og:locale\" content=\"en_US\"></head><body><p>A short text about customers.</p></body></html>")
        XCTAssertEqual(og.declaredLanguage, Found("en", rule: "og:locale"))
    }

    // MARK: - Hostile input

    func testHundredThousandNestedDivsFinishQuicklyWithoutCrashing() throws {
        let depth = 100_000
        let nested = String(repeating: "<div>", count: depth) + "<p>Deep text.</p>" + String(repeating: "</div>", count: depth)
        let html = "<html><body><p>Text before the nesting, about customers and service quality.</p>\(nested)</body></html>"
        let start = Date()
        let result = try page(html)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "nesting must not take unbounded time")
        XCTAssertEqual(result.blocks.first?.text, "Text before the nesting, about customers and service quality.")
        XCTAssertEqual(result.warnings.count, 1, "the truncation is reported")
        // Nothing readable before the nesting: rejected with a reason, not a crash.
        XCTAssertThrowsError(try page("<html><body>\(nested)</body></html>")) { error in
            guard case .unsupported? = (error as? Rejected)?.rejection else { return XCTFail("\(error)") }
        }
    }

    func testPNGIsRejectedAsNotText() {
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        data.append(Data(repeating: 0x42, count: 100))
        XCTAssertThrowsError(try extractor.extract(data, origin: "x.html")) { error in
            XCTAssertEqual(error as? Rejected, Rejected(.notText(detected: "PNG image")))
        }
    }

    func testOversizeInputIsRejectedBeforeParsing() {
        let small = HTMLExtractor(maxBytes: 100)
        let data = Data(("<html><body><p>" + String(repeating: "x", count: 200) + "</p></body></html>").utf8)
        XCTAssertThrowsError(try small.extract(data, origin: "big.html")) { error in
            XCTAssertEqual(error as? Rejected, Rejected(.tooLarge(bytes: data.count, limit: 100)))
        }
    }

    func testPageWithoutTextIsNoMainText() {
        XCTAssertThrowsError(try page("<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>")) { error in
            XCTAssertEqual(error as? Rejected, Rejected(.noMainText))
        }
        XCTAssertThrowsError(try page("   \n ")) { error in
            XCTAssertEqual(error as? Rejected, Rejected(.empty))
        }
    }

    func testStrayNulAndControlBytesDoNotTruncateThePage() throws {
        let html = "<html><body><p>First paragraph about service\u{0}quality.</p><p>Second\u{1} paragraph survives the control byte.</p></body></html>"
        let result = try page(html)
        XCTAssertTrue(result.text.contains("Second paragraph survives"), result.text)
    }

    // MARK: - Fragments

    func testFragmentBlocksDropScriptsAndShareWidgets() {
        let html = """
        <p>Our NPS rose to 42 this quarter.</p><script>track()</script><style>p{}</style>
        <div class="share-links"><a href="#">Share on X</a></div><ul><li>Faster replies</li></ul>
        """
        XCTAssertEqual(extractor.fragmentBlocks(html: html), ["Our NPS rose to 42 this quarter.", "Faster replies"])
        XCTAssertEqual(extractor.fragmentBlocks(html: "Plain text &amp; no tags"), ["Plain text & no tags"])
        XCTAssertEqual(extractor.fragmentBlocks(html: ""), [])
    }
}

final class HTMLPageSourceTests: XCTestCase {
    private func events(_ source: HTMLPageSource) throws -> [SourceEvent] {
        var events: [SourceEvent] = []
        try source.read { events.append($0) }
        return events
    }

    func testPageBecomesAnArticleDocumentWithAStableId() throws {
        let data = Data(HTMLExtractorTests.newsPage.utf8)
        let first = try events(HTMLPageSource(data: data, origin: "https://ledger.example.com/x"))
        let second = try events(HTMLPageSource(data: data, origin: "https://ledger.example.com/x"))
        guard case let .document(doc)? = first.last, case let .document(again)? = second.last else {
            return XCTFail("\(first)")
        }
        XCTAssertEqual(doc.kind, .article)
        XCTAssertEqual(doc.source, "Daily Ledger")
        XCTAssertEqual(doc.title, "Banks rethink the branch")
        XCTAssertEqual(doc.id, again.id)
        XCTAssertEqual(doc.id.count, 16)
        XCTAssertEqual(doc.languageHint?.value, "en")
        XCTAssertEqual(doc.fields["encoding"], "UTF-8")
        let other = try events(HTMLPageSource(data: data, origin: "https://ledger.example.com/y"))
        guard case let .document(moved)? = other.last else { return XCTFail() }
        XCTAssertNotEqual(moved.id, doc.id, "the origin is part of the id")
    }

    func testBinaryAndOversizeFilesAreSkippedWithReasons() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("centric-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("fake.html")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]).write(to: png)
        let big = dir.appendingPathComponent("big.html")
        try Data(repeating: UInt8(ascii: "a"), count: 2_000).write(to: big)

        let a = try events(HTMLPageSource(path: png.path, origin: "fake.html"))
        guard case let .skipped(origin, rejection)? = a.first else { return XCTFail("\(a)") }
        XCTAssertEqual(origin, "fake.html")
        XCTAssertEqual(rejection, .notText(detected: "PNG image"))

        let b = try events(HTMLPageSource(path: big.path, origin: "big.html", extractor: HTMLExtractor(maxBytes: 1_000)))
        guard case let .skipped(_, tooLarge)? = b.first else { return XCTFail("\(b)") }
        XCTAssertEqual(tooLarge, .tooLarge(bytes: 2_000, limit: 1_000))

        let missing = try events(HTMLPageSource(path: dir.appendingPathComponent("none.html").path))
        guard case .failed? = missing.first else { return XCTFail("\(missing)") }
    }

    func testEncodingDisagreementIsAWarningEvent() throws {
        let html = "<html><head><meta charset=iso-8859-1></head><body><p>Één café met uitstekende service en vriendelijk personeel.</p></body></html>"
        let all = try events(HTMLPageSource(data: Data(html.utf8), origin: "blog/cafe.html"))
        XCTAssertEqual(all.count, 2)
        guard case .warning? = all.first, case let .document(doc)? = all.last else { return XCTFail("\(all)") }
        XCTAssertEqual(doc.source, "blog", "no site name or host: the folder")
        XCTAssertEqual(doc.blocks, ["Één café met uitstekende service en vriendelijk personeel."])
    }

    func testStableHash() {
        XCTAssertEqual(StableHash.fnv1a64(""), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(StableHash.fnv1a64("a"), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(StableHash.fnv1a64("a", "b"), StableHash.fnv1a64("a\u{0}b"))
        XCTAssertNotEqual(StableHash.fnv1a64("ab", "c"), StableHash.fnv1a64("a", "bc"))
        XCTAssertEqual(StableHash.hex(0x1f), "000000000000001f")
    }
}
