import Foundation
import XCTest
@testable import CentricIngest

final class FeedReaderTests: XCTestCase {
    // MARK: - RSS 2.0

    private let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel>
      <title>Klantnieuws</title>
      <link>https://example.nl/</link>
      <language>nl-NL</language>
      <item>
        <title>Nieuwe app &amp; betere service</title>
        <link>https://example.nl/nieuws/app</link>
        <pubDate>Fri, 14 Mar 2025 10:00:00 +0100</pubDate>
        <description>Korte samenvatting</description>
        <content:encoded><![CDATA[<p>De nieuwe app is sneller.</p><p>Klanten zijn tevreden.</p>]]></content:encoded>
      </item>
      <item>
        <title>English post</title>
        <guid isPermaLink="false">abc-1</guid>
        <dc:date>2025-03-15T08:30:00Z</dc:date>
        <dc:language>en</dc:language>
        <description>&lt;p&gt;Customers love the &lt;b&gt;new&lt;/b&gt; checkout.&lt;/p&gt;</description>
      </item>
    </channel>
    </rss>
    """

    func testRSSItemsWithLanguageDatesAndHTMLContent() throws {
        let events = try RecordTestSupport.events(FeedReader(data: Data(rss.utf8), origin: "feeds/nieuws.xml"))
        XCTAssertTrue(RecordTestSupport.failures(events).isEmpty, "\(RecordTestSupport.failures(events))")
        let docs = RecordTestSupport.documents(events)
        XCTAssertEqual(docs.count, 2)

        let first = docs[0]
        XCTAssertEqual(first.kind, .article)
        XCTAssertEqual(first.source, "Klantnieuws")
        XCTAssertEqual(first.origin, "https://example.nl/nieuws/app")
        XCTAssertEqual(first.title, "Nieuwe app & betere service")
        // content:encoded wins over description.
        XCTAssertEqual(first.blocks, ["De nieuwe app is sneller.", "Klanten zijn tevreden."])
        XCTAssertEqual(first.languageHint, Found("nl", rule: "rss:language"))
        XCTAssertEqual(first.published, Found(RecordTestSupport.utc(2025, 3, 14).addingTimeInterval(9 * 3600), rule: "rss:pubDate"))
        XCTAssertEqual(first.id, StableHash.hex(StableHash.fnv1a64("article", "De nieuwe app is sneller.\nKlanten zijn tevreden.")))

        let second = docs[1]
        XCTAssertEqual(second.origin, "feeds/nieuws.xml#item=2", "a guid that is not a permalink is no link")
        XCTAssertEqual(second.blocks, ["Customers love the new checkout."])
        XCTAssertEqual(second.languageHint, Found("en", rule: "dc:language"))
        XCTAssertEqual(second.published, Found(RecordTestSupport.utc(2025, 3, 15).addingTimeInterval(8.5 * 3600), rule: "dc:date"))
    }

    // MARK: - Atom 1.0

    func testAtomEntriesWithXMLLangTextConstructsAndDates() throws {
        let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
          <title>Service blog</title>
          <entry>
            <title>Faster refunds</title>
            <link rel="edit" href="https://example.com/edit/1"/>
            <link rel="alternate" href="https://example.com/refunds"/>
            <published>2025-02-01T12:00:00Z</published>
            <updated>2025-02-03T12:00:00Z</updated>
            <content type="html">&lt;p&gt;Refunds now take one day.&lt;/p&gt;</content>
          </entry>
          <entry xml:lang="nl">
            <title type="text">Sneller geld terug</title>
            <link href="https://example.nl/terug"/>
            <updated>2025-02-04T09:00:00+01:00</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Terugbetalen duurt nu één dag.</p><p>Fijn!</p></div></content>
          </entry>
          <entry>
            <title>Summary only</title>
            <summary>Plain text summary with a &lt;tag&gt; in it.

        Second paragraph.</summary>
          </entry>
        </feed>
        """
        let docs = RecordTestSupport.documents(try RecordTestSupport.events(FeedReader(data: Data(atom.utf8), origin: "blog.atom")))
        XCTAssertEqual(docs.count, 3)
        XCTAssertEqual(docs.map(\.source), ["Service blog", "Service blog", "Service blog"])

        XCTAssertEqual(docs[0].origin, "https://example.com/refunds")
        XCTAssertEqual(docs[0].blocks, ["Refunds now take one day."])
        XCTAssertEqual(docs[0].languageHint, Found("en", rule: "xml:lang"))
        XCTAssertEqual(docs[0].published, Found(RecordTestSupport.utc(2025, 2, 1).addingTimeInterval(12 * 3600), rule: "atom:published"))
        XCTAssertEqual(docs[0].updated, Found(RecordTestSupport.utc(2025, 2, 3).addingTimeInterval(12 * 3600), rule: "atom:updated"))

        XCTAssertEqual(docs[1].blocks, ["Terugbetalen duurt nu één dag.", "Fijn!"])
        XCTAssertEqual(docs[1].languageHint?.value, "nl")
        XCTAssertEqual(docs[1].published, Found(RecordTestSupport.utc(2025, 2, 4).addingTimeInterval(8 * 3600), rule: "atom:updated"))

        XCTAssertEqual(docs[2].origin, "blog.atom#item=3")
        // type="text" is plain text: the `<tag>` stays text, paragraphs split on the blank line.
        XCTAssertEqual(docs[2].blocks, ["Plain text summary with a <tag> in it.", "Second paragraph."])
    }

    // MARK: - JSON Feed 1.1

    func testJSONFeedItems() throws {
        let json = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "JF nieuws", "language": "nl",
         "items": [
           {"id": "1", "url": "https://jf.example/1", "title": "Eerste", "content_html": "<p>Hallo klanten</p><p>Tot snel</p>",
            "date_published": "2025-01-05T10:00:00Z"},
           {"id": "2", "content_text": "Only text here.", "language": "en-US", "date_modified": "2025-01-06T00:00:00Z"}
         ]}
        """
        let docs = RecordTestSupport.documents(try RecordTestSupport.events(FeedReader(data: Data(json.utf8), origin: "feed.json")))
        XCTAssertEqual(docs.count, 2)
        XCTAssertEqual(docs[0].source, "JF nieuws")
        XCTAssertEqual(docs[0].origin, "https://jf.example/1")
        XCTAssertEqual(docs[0].blocks, ["Hallo klanten", "Tot snel"])
        XCTAssertEqual(docs[0].languageHint, Found("nl", rule: "jsonfeed:language"))
        XCTAssertEqual(docs[0].published, Found(RecordTestSupport.utc(2025, 1, 5).addingTimeInterval(36_000), rule: "jsonfeed:date_published"))
        XCTAssertEqual(docs[1].origin, "feed.json#item=2")
        XCTAssertEqual(docs[1].blocks, ["Only text here."])
        XCTAssertEqual(docs[1].languageHint?.value, "en")
        XCTAssertEqual(docs[1].updated?.value, RecordTestSupport.utc(2025, 1, 6))
    }

    func testSameArticleInTwoFeedsHasOneID() throws {
        let rssFeed = """
        <rss version="2.0"><channel><title>A</title><item><link>https://a/1</link>
        <description>&lt;p&gt;Same   words here.&lt;/p&gt;</description></item></channel></rss>
        """
        let atomFeed = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>B</title><entry><link href="https://b/9"/>
        <content type="html">&lt;div&gt;Same words here.&lt;/div&gt;</content></entry></feed>
        """
        let a = RecordTestSupport.documents(try RecordTestSupport.events(FeedReader(data: Data(rssFeed.utf8), origin: "a.xml")))
        let b = RecordTestSupport.documents(try RecordTestSupport.events(FeedReader(data: Data(atomFeed.utf8), origin: "b.xml")))
        XCTAssertEqual(a.count, 1)
        XCTAssertEqual(b.count, 1)
        XCTAssertEqual(a.first?.id, b.first?.id)
        XCTAssertNotEqual(a.first?.origin, b.first?.origin)
    }

    // MARK: - Broken feeds

    func testTruncatedFeedEmitsTheItemsBeforeTheBreakAndSaysWhere() throws {
        let full = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
        <channel>
        <title>Afgebroken</title>
        <item><title>Een</title><link>https://x/1</link><description>Eerste bericht compleet.</description></item>
        <item><title>Twee</title><link>https://x/2</link><description>Tweede bericht compleet.</description></item>
        <item><title>Drie</title><link>https://x/3</link><description>Derde bericht dat midden in
        """
        let events = try RecordTestSupport.events(FeedReader(data: Data(full.utf8), origin: "cut.xml"))
        XCTAssertEqual(RecordTestSupport.documents(events).map(\.origin), ["https://x/1", "https://x/2"])
        let failure = try XCTUnwrap(RecordTestSupport.failures(events).first)
        XCTAssertEqual(failure.error.code, .malformedXML)
        XCTAssertNotNil(failure.error.line)
        XCTAssertTrue(failure.origin.hasPrefix("cut.xml#line="), failure.origin)
        XCTAssertTrue(failure.error.message.contains("breaks off"), failure.error.message)
        XCTAssertTrue(failure.error.message.contains("line 7"), "the cut item's line: \(failure.error.message)")
    }

    func testFeedCutAtAnyByteNeverYieldsAPartialItem() throws {
        let full = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
        <item><title>A &amp; B</title><link>https://x/1</link><description><![CDATA[<p>One whole item.</p>]]></description></item>
        <item><title>C</title><link>https://x/2</link><content:encoded>&lt;p&gt;Two whole items.&lt;/p&gt;</content:encoded></item>
        <item><title>D</title><link>https://x/3</link><description>Three whole items.</description></item>
        </channel></rss>
        """
        let bytes = Data(full.utf8)
        let complete = RecordTestSupport.documents(try RecordTestSupport.events(FeedReader(data: bytes, origin: "f.xml")))
        XCTAssertEqual(complete.count, 3)
        let headerEnd = try XCTUnwrap(full.range(of: "<item>")).lowerBound.utf16Offset(in: full)
        for cut in headerEnd..<(bytes.count - 1) {
            let events = try RecordTestSupport.events(FeedReader(data: bytes.prefix(cut), origin: "f.xml"))
            for doc in RecordTestSupport.documents(events) {
                XCTAssertTrue(complete.contains(doc), "cut at \(cut): partial item \(doc.origin) \(doc.blocks)")
            }
            XCTAssertEqual(RecordTestSupport.failures(events).count, 1, "cut at \(cut): the break must be reported once")
        }
    }

    func testUndeclaredHTMLEntitiesAreRead() throws {
        let feed = "<rss version=\"2.0\"><channel><title>T</title><item><link>https://x/1</link><description>A&nbsp;B &amp; caf&eacute;</description></item></channel></rss>"
        let events = try RecordTestSupport.events(FeedReader(data: Data(feed.utf8), origin: "e.xml"))
        XCTAssertEqual(RecordTestSupport.documents(events).first?.blocks, ["A B & café"])
        XCTAssertTrue(RecordTestSupport.failures(events).isEmpty)
    }

    func testRecoverableErrorIsAWarningAndEveryItemIsRead() throws {
        let feed = """
        <rss version="2.0"><channel><title>T</title>
        <item><link>https://x/1</link><description>Fish & Chips</description></item>
        <item><link>https://x/2</link><description>Second</description></item>
        </channel></rss>
        """
        let events = try RecordTestSupport.events(FeedReader(data: Data(feed.utf8), origin: "w.xml"))
        XCTAssertEqual(RecordTestSupport.documents(events).map(\.origin), ["https://x/1", "https://x/2"])
        XCTAssertTrue(RecordTestSupport.failures(events).isEmpty, "\(RecordTestSupport.failures(events))")
        XCTAssertTrue(events.contains { if case let .warning(origin, _) = $0 { return origin == "w.xml#line=2" } else { return false } })
    }

    func testNotAFeedIsSkippedAsUnsupported() throws {
        let events = try RecordTestSupport.events(FeedReader(data: Data("<?xml version=\"1.0\"?><config><a/></config>".utf8), origin: "c.xml"))
        XCTAssertTrue(RecordTestSupport.documents(events).isEmpty)
        XCTAssertEqual(RecordTestSupport.skips(events).first?.rejection.code, "unsupported")
    }

    func testGarbageIsAFailureNotACrash() throws {
        let events = try RecordTestSupport.events(FeedReader(data: Data("<<<>>> not xml at all &&&".utf8), origin: "g.xml"))
        XCTAssertTrue(RecordTestSupport.documents(events).isEmpty)
        XCTAssertEqual(RecordTestSupport.failures(events).count + RecordTestSupport.skips(events).count, 1)
    }

    // MARK: - Hostile XML

    func testExternalEntityDoesNotLeakALocalFile() throws {
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let secretFile = try RecordTestSupport.temporaryFile("secret.txt", Data(secret.utf8))
        let definitions = try RecordTestSupport.temporaryFile("defs.dtd", Data("<!ENTITY leak \"\(secret)\">".utf8))
        let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE rss [
          <!ENTITY xxe SYSTEM "\(secretFile.absoluteString)">
          <!ENTITY % remote SYSTEM "\(definitions.absoluteString)">
          %remote;
        ]>
        <rss version="2.0"><channel><title>Evil &xxe;</title>
        <item><title>Item &xxe;</title><link>https://evil/1</link>
        <description>before &xxe; middle &leak; after</description></item></channel></rss>
        """
        let events = try RecordTestSupport.events(FeedReader(data: Data(feed.utf8), origin: "evil.xml"))
        let everything = events.map { event -> String in
            switch event {
            case let .document(d): [d.title ?? "", d.source, d.text].joined(separator: "|")
            case let .failed(_, error): error.message
            case let .warning(_, message): message
            case let .skipped(_, rejection): rejection.description
            }
        }.joined(separator: "\n")
        XCTAssertFalse(everything.contains(secret), everything)
        // The item itself is still read, without the entity's text.
        let doc = try XCTUnwrap(RecordTestSupport.documents(events).first)
        XCTAssertTrue(doc.text.contains("before"), doc.text)
        XCTAssertTrue(doc.text.contains("after"), doc.text)
    }

    func testBillionLaughsDoesNotExplode() throws {
        var dtd = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        let feed = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
        \(dtd)]>
        <rss version="2.0"><channel><title>Bomb</title>
        <item><title>&lol9;</title><link>https://bomb/1</link><description>text &lol9; text</description></item>
        </channel></rss>
        """
        let started = Date()
        let events = try RecordTestSupport.events(FeedReader(data: Data(feed.utf8), origin: "bomb.xml"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "expanding 10^9 entities would take far longer")
        for doc in RecordTestSupport.documents(events) {
            XCTAssertLessThan(doc.text.utf8.count + (doc.title ?? "").utf8.count, 1000)
        }
        XCTAssertFalse(events.isEmpty)
    }
}
