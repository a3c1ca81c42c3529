#!/usr/bin/env python3
"""Writes the publication-date evaluation set (Corpora/dates/): pages and dates.tsv.

Every page carries its publication date in one way (JSON-LD, a meta tag, <time>, the URL, a date
line in English or Dutch, a byline...) and most carry a trap: an update date shown first, comment
dates, related-article dates placed before the article, phone numbers shaped like dates, future
event dates, copyright years, broken JSON-LD, a scheduled (future) meta date. Two pages give no
publication date at all; the right answer there is none. Run once; the pages are the benchmark.

    python3 Benchmarks/scripts/make_date_pages.py [OUTDIR]
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_texts import ARTICLES  # noqa: E402

E = html.escape
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
NL_M = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
EN_KEYS = [k for k, a in ARTICLES.items() if a["lang"] == "en"]
NL_KEYS = [k for k, a in ARTICLES.items() if a["lang"] == "nl"]


def en(y, m, d):
    return f"{EN_M[m-1]} {d}, {y}"


def en_dm(y, m, d):
    return f"{d} {EN_M[m-1]} {y}"


def nl(y, m, d):
    return f"{d} {NL_M[m-1]} {y}"


def iso(y, m, d, t="09:30:00+01:00"):
    return f"{y:04d}-{m:02d}-{d:02d}T{t}"


def paras(key, n=3):
    a = ARTICLES[key]
    return "\n".join(f"<p>{E(b)}</p>" for b in a["blocks"] if not b[:2] in ("##", "- ", "> ", "| "))[:99999].split("\n")[:n]


def page(key, lang, head_extra="", before="", header_meta="", after_body="", footer="", wrapper="article", url=None,
         body_first="", title=None):
    a = ARTICLES[key]
    t = title or a["title"]
    canon = f'<link rel="canonical" href="{url}">\n' if url else ""
    nav = ("<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/contact'>Contact</a></nav>" if lang == "en"
           else "<nav><a href='/'>Home</a> <a href='/nieuws'>Nieuws</a> <a href='/contact'>Contact</a></nav>")
    body = "\n".join(paras(key))
    if wrapper == "article":
        main = f"<main><article><header><h1>{E(t)}</h1>{header_meta}</header>\n{body_first}{body}\n</article>{after_body}</main>"
    elif wrapper == "div":
        main = f"<div id='content'><div class='post'><h1 class='title'>{E(t)}</h1>{header_meta}<div class='text'>{body_first}{body}</div></div>{after_body}</div>"
    else:  # table
        main = f"<table width='100%'><tr><td width='150' valign='top'>{nav}</td><td valign='top'><h2>{E(t)}</h2>{header_meta}{body_first}{body}{after_body}</td></tr></table>"
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(t)}</title>\n{canon}{head_extra}</head>\n"
            f"<body>\n<header class='site-header'><a href='/' class='logo'>Site</a>{nav if wrapper != 'table' else ''}</header>\n"
            f"{before}\n{main}\n<footer class='site-footer'>{footer}</footer>\n</body>\n</html>\n")


def related_list(lang, dates, with_time=False):
    titles = ["Ferry operator adds extra sailings", "Bus fares frozen for another year", "New bakery opens in old bank"] if lang == "en" \
        else ["Veerdienst vaart vaker", "Buskaartje blijft even duur", "Nieuwe bakker in oud bankgebouw"]
    head = "More news" if lang == "en" else "Meer nieuws"
    items = []
    for t, (y, m, d) in zip(titles, dates):
        when = f"<time datetime='{y:04d}-{m:02d}-{d:02d}'>{en_dm(y, m, d) if lang == 'en' else nl(y, m, d)}</time>" if with_time \
            else (en_dm(y, m, d) if lang == "en" else nl(y, m, d))
        items.append(f"<li><a href='/x'>{t}</a> <span class='date'>{when}</span></li>")
    return f"<aside class='related'><h3>{head}</h3><ul>{''.join(items)}</ul></aside>"


def comments(lang, dates):
    who = ["Dave", "Ellen", "Kees"]
    text = "Thanks for this." if lang == "en" else "Dank voor het stuk."
    return "<section id='comments' class='comments'>" + "".join(
        f"<div class='comment'><span class='comment-author'>{w}</span> <span class='comment-date'>{en(y, m, d) if lang == 'en' else nl(y, m, d)}</span><p>{text}</p></div>"
        for w, (y, m, d) in zip(who, dates)) + "</section>"


def jsonld(obj):
    import json
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>\n'


PAGES = []


def add(name, published, html_text):
    PAGES.append((name, published, html_text))


def build():
    e = iter(EN_KEYS * 3)
    n = iter(NL_KEYS * 3)
    # --- JSON-LD -----------------------------------------------------------------------------
    add("jsonld-newsarticle.html", "2023-06-12", page(next(e), "en",
        head_extra=jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x",
                           "datePublished": iso(2023, 6, 12), "dateModified": iso(2023, 6, 14)}),
        header_meta=f"<p class='updated'>Updated {en(2023, 6, 14)}</p>"))
    add("jsonld-yoast-graph.html", "2022-11-03", page(next(n), "nl",
        head_extra=jsonld({"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "@id": "https://x.example/#website", "name": "x"},
            {"@type": "WebPage", "@id": "https://x.example/a/", "datePublished": iso(2022, 11, 3, "07:12:44+00:00"),
             "dateModified": iso(2023, 1, 9, "10:00:00+00:00")},
            {"@type": "Article", "isPartOf": {"@id": "https://x.example/a/"}, "datePublished": iso(2022, 11, 3, "07:12:44+00:00")}]})
        + '<meta property="article:modified_time" content="2023-01-09T10:00:00+00:00">\n'))
    add("jsonld-broken-then-meta.html", "2021-09-27", page(next(e), "en",
        head_extra='<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2021-09-27T08:00:00Z",}</script>\n'
        '<meta property="article:published_time" content="2021-09-27T08:00:00Z">\n'))
    add("jsonld-modified-only.html", "2020-04-18", page(next(n), "nl",
        head_extra=jsonld({"@context": "https://schema.org", "@type": "Article", "dateModified": iso(2021, 2, 2)})
        + '<meta name="DC.date.issued" content="2020-04-18">\n'))
    add("jsonld-blogposting-dutch-text.html", "2019-03-05", page(next(n), "nl",
        head_extra=jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "datePublished": "2019-03-05"}),
        header_meta=f"<div class='meta'>Laatst bijgewerkt op {nl(2020, 7, 1)}</div>"))
    # --- meta tags ---------------------------------------------------------------------------
    add("meta-article-published.html", "2024-01-22", page(next(e), "en",
        head_extra='<meta property="article:published_time" content="2024-01-22T06:00:00+00:00">\n'
        '<meta property="article:modified_time" content="2024-02-01T12:00:00+00:00">\n',
        before=related_list("en", [(2024, 3, 1), (2024, 2, 28), (2024, 2, 20)])))
    add("meta-og-published.html", "2018-08-30", page(next(n), "nl",
        head_extra='<meta property="og:published_time" content="2018-08-30T15:45:00+02:00">\n'))
    add("meta-dublin-core.html", "2016-05-11", page(next(e), "en",
        head_extra='<meta name="DC.date.issued" content="2016-05-11">\n<meta name="DC.date.modified" content="2019-10-10">\n',
        footer="© 2024 Riverside Post"))
    add("meta-name-date.html", "2017-12-19", page(next(n), "nl",
        head_extra='<meta name="date" content="2017-12-19">\n', after_body=comments("nl", [(2018, 1, 4), (2018, 1, 5)])))
    add("meta-pubdate-compact.html", "2015-02-26", page(next(e), "en",
        head_extra='<meta name="pubdate" content="20150226">\n'))
    add("meta-parsely.html", "2022-07-07", page(next(e), "en",
        head_extra='<meta name="parsely-pub-date" content="2022-07-07T04:00:00Z">\n<meta name="parsely-title" content="x">\n'))
    add("meta-future-scheduled.html", "2020-10-15", page(next(n), "nl",
        head_extra='<meta property="article:published_time" content="2031-10-15T08:00:00+02:00">\n',
        header_meta=f"<p class='byline'>Geplaatst op {nl(2020, 10, 15)}</p>"))
    add("meta-sailthru.html", "2014-06-30", page(next(e), "en",
        head_extra='<meta name="sailthru.date" content="2014-06-30 11:20:00">\n'))
    # --- itemprop and <time> -----------------------------------------------------------------
    add("itemprop-span.html", "2021-03-16", page(next(e), "en",
        header_meta=f"<p>By Hannah Cole · <span itemprop='datePublished' content='2021-03-16'>{en(2021, 3, 16)}</span> · <span itemprop='dateModified' content='2021-03-18'>edited</span></p>"))
    add("time-pubdate.html", "2012-09-04", page(next(n), "nl",
        header_meta="<p><time pubdate datetime='2012-09-04T10:00'>4 sept</time></p>",
        after_body=comments("nl", [(2012, 9, 5), (2013, 1, 8)])))
    add("time-after-related.html", "2023-02-08", page(next(e), "en",
        before=related_list("en", [(2023, 3, 30), (2023, 3, 29), (2023, 3, 20)], with_time=True),
        header_meta="<p class='article-date'><time datetime='2023-02-08T07:30:00Z'>8 February 2023</time></p>"))
    add("time-updated-first.html", "2019-11-21", page(next(e), "en", wrapper="div",
        header_meta="<div class='entry-meta'><time class='entry-date updated' datetime='2020-05-02T10:00:00+00:00'>May 2, 2020</time> "
        "<time class='entry-date published' datetime='2019-11-21T09:00:00+00:00'>November 21, 2019</time></div>"))
    add("time-text-only.html", "2020-06-15", page(next(n), "nl",
        header_meta="<p class='datum'><time>2020-06-15</time></p>"))
    add("time-in-comments-only.html", "2018-02-13", page(next(e), "en",
        header_meta=f"<p class='byline'>Posted {en(2018, 2, 13)}</p>",
        after_body="<section class='comments'>" + "".join(f"<div class='comment'><time datetime='2018-02-{d}'>Feb {d}</time><p>Good read.</p></div>" for d in (14, 15, 20)) + "</section>"))
    # --- URL ---------------------------------------------------------------------------------
    add("url-canonical.html", "2021-06-14", page(next(e), "en", url="https://www.northgate.example.com/2021/06/14/harbour-plans/"))
    add("url-compact.html", "2019-03-05", page(next(n), "nl", url="https://www.stadsbode.example.nl/nieuws/20190305/gemeente-besluit"))
    add("url-og-only.html", "2017-04-09", page(next(e), "en",
        head_extra='<meta property="og:url" content="https://blog.example.org/2017/04/09/notes-from-the-road/">\n',
        footer=f"Site last rebuilt {en(2023, 1, 2)}"))
    # --- visible text, English -----------------------------------------------------------------
    add("text-en-published-updated.html", "2022-02-14", page(next(e), "en",
        header_meta="<p class='meta'>Published February 14, 2022, Updated August 04, 2022</p>"))
    add("text-en-updated-shown-first.html", "2022-08-04", page(next(e), "en",
        header_meta=f"<p class='meta'>Updated: {en_dm(2023, 1, 10)} | First published: {en_dm(2022, 8, 4)}</p>"))
    add("text-en-weekday.html", "2022-01-03", page(next(e), "en", wrapper="div",
        header_meta=f"<div class='dateline'>Monday 3 January 2022</div>"))
    add("text-en-ordinal.html", "2020-02-03", page(next(e), "en",
        header_meta="<p class='postmeta'>Posted Feb. 3rd, 2020 by Marcus Reid</p>"))
    add("text-en-of-month.html", "2016-02-14", page(next(e), "en", wrapper="table",
        header_meta="<p><i>Written on the 14th of February 2016</i></p>"))
    add("text-en-us-numeric.html", "2022-03-04", page(next(e), "en-US",
        header_meta="<p class='byline'>By Tom Barnaby | 03/04/2022</p>").replace('lang="en-US"', 'lang="en-US"'))
    add("text-en-future-event.html", "2023-10-02", page(next(e), "en",
        body_first=f"<p>Organisers confirmed that the next festival will take place on {en_dm(2031, 7, 12)}.</p>",
        header_meta=f"<p class='byline'>Posted on {en(2023, 10, 2)}</p>"))
    add("text-en-modified-original.html", "2023-08-03", page(next(e), "en",
        header_meta="<p class='info'>Last modified 12 Sept 2023. Originally published 3 Aug 2023.</p>"))
    add("text-en-comment-dates.html", "2022-03-14", page(next(e), "en", wrapper="div",
        header_meta=f"<p class='meta'>{en_dm(2022, 3, 14)}</p>", after_body=comments("en", [(2022, 3, 15), (2022, 4, 2), (2023, 1, 1)])))
    # --- visible text, Dutch -------------------------------------------------------------------
    add("text-nl-gepubliceerd.html", "2022-02-14", page(next(n), "nl",
        header_meta=f"<div class='artikel-meta'>Gepubliceerd op {nl(2022, 2, 14)}</div>"))
    add("text-nl-abbreviated-weekday.html", "2022-01-03", page(next(n), "nl", wrapper="div",
        header_meta="<span class='datum'>ma 3 jan. 2022, 14:32</span>"))
    add("text-nl-numeric.html", "2021-10-12", page(next(n), "nl", wrapper="table",
        header_meta="<p><font size='1'>Datum: 12-10-2021</font></p>"))
    add("text-nl-bijgewerkt-first.html", "2023-03-02", page(next(n), "nl",
        header_meta=f"<p class='meta'>Laatst bijgewerkt: {nl(2023, 3, 20)}<br>Geplaatst: {nl(2023, 3, 2)}</p>"))
    add("text-nl-long-weekday.html", "2023-11-09", page(next(n), "nl",
        header_meta="<p class='meta'>Gepubliceerd: donderdag 9 november 2023 om 08:15, aangepast vrijdag 10 november 2023 om 12:01</p>"))
    add("text-nl-phone-trap.html", "2021-03-03", page(next(n), "nl", wrapper="div",
        body_first="<p class='contact'>Vragen? Bel 0900-15-06-2020 of mail naar info@stadsbode.example.nl.</p>",
        header_meta=f"<p class='meta'>Geplaatst op {nl(2021, 3, 3)}</p>"))
    add("text-nl-old-table.html", "2008-05-07", page(next(n), "nl", wrapper="table",
        header_meta=f"<p><font size='1'>Geplaatst op: {nl(2008, 5, 7)}</font></p>", footer="Copyright 2003-2009"))
    add("text-nl-related-first.html", "2021-12-01", page(next(n), "nl",
        before=related_list("nl", [(2022, 1, 5), (2021, 12, 30), (2021, 12, 24)]),
        header_meta=f"<p class='meta'>Gepubliceerd op {nl(2021, 12, 1)}</p>"))
    add("text-nl-hyphen-month.html", "2024-04-25", page(next(n), "nl", wrapper="div",
        header_meta="<div class='post-date'>25 apr 2024</div>"))
    # --- no publication date -------------------------------------------------------------------
    add("none-copyright-only.html", "", page(next(e), "en", footer="© 2009–2024 Fenwick Facilities Ltd. Registered office: Unit 4, Mercer Park."))
    add("none-at-all.html", "", page(next(n), "nl", footer="Alle rechten voorbehouden."))
    add("none-future-only.html", "", page(next(e), "en",
        body_first=f"<p>Applications open on {en_dm(2032, 1, 5)} and close on {en_dm(2032, 3, 1)}.</p>"))


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../Corpora/dates")
    os.makedirs(outdir, exist_ok=True)
    build()
    rows = ["file\tpublished"]
    for name, published, text in PAGES:
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        rows.append(f"{name}\t{published}")
    with open(os.path.join(outdir, "dates.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    print(f"wrote {len(PAGES)} pages to {outdir}")


if __name__ == "__main__":
    main()
