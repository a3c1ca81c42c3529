#!/usr/bin/env python3
"""Writes the extraction evaluation set (Corpora/extraction/) from the texts in eval_texts.py.

Run once to create the set; the pages, not this script, are the benchmark. Kept so that the set
can be regenerated after fixing a text, and so that anyone can see how gold and boilerplate lists
were derived: the gold is exactly the article's blocks, the boilerplate list exactly the distinctive
strings of the furniture placed around it.

Each layout imitates the markup of a kind of site (WordPress, Drupal, Ghost, a big news site, an
AMP page, a table-layout site from the 2000s, a React "div soup" with generated class names, a
phpBB-like and a Discourse-like forum, a corporate site, a Blogger-like blog, a Dutch news site).
Text is invented; domains use the reserved .example TLD.

    python3 Benchmarks/scripts/make_eval_pages.py [OUTDIR]
"""
import html
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_texts import ARTICLES, FORUMS  # noqa: E402

E = html.escape

# ---------------------------------------------------------------------------- furniture pools

FURN = {
    "en": dict(
        nav=["Home", "News", "Business", "Opinion", "Sport", "Culture", "Travel", "Contact us"],
        cookie=["We use cookies to give you the best possible experience on our website and to analyse our traffic.",
                "This site uses cookies and similar technologies so that we can remember your preferences.",
                "By continuing to browse you agree to our use of cookies for analytics and personalised advertising."],
        cookie_btn=["Accept all", "Manage preferences"],
        newsletter=["Get the best of our journalism in your inbox every morning before breakfast.",
                    "Subscribe to our weekly newsletter and never miss a story from the region.",
                    "Join 12,000 readers who receive our Friday digest of the week's best writing."],
        related_h=["Related articles", "More from this section", "You might also like", "Read more"],
        related=["Ferry operator adds extra sailings for half term", "Why mortgage brokers expect a quiet spring",
                 "Five walks along the old canal towpath", "New bakery opens in former bank building",
                 "Local choir wins national competition for the second time", "Bus fares frozen for another year",
                 "How one village saved its post office", "Retailers report mixed results for the holiday season",
                 "The museum that lets visitors touch the exhibits", "School meal prices set to rise in autumn"],
        mostread=["Most read", "Trending now", "Popular this week"],
        share=["Share on Facebook", "Share on X", "Share by email", "Copy link"],
        footer=["All rights reserved.", "Registered in England and Wales under company number 04412876.",
                "Terms and conditions", "Privacy policy", "Accessibility statement"],
        comment_h=["Comments", "Join the discussion", "Reader comments"],
        comments=["Finally some good news, this has been a problem for years around here.",
                  "I would like to know who is paying for all of this in the end.",
                  "Exactly the same happened to my sister last month, nobody seemed to care.",
                  "Great article, thanks for writing about this so clearly.",
                  "Not convinced this will change anything, we have heard it all before.",
                  "Does anyone know whether this also applies to people renting privately?"],
        reply=["Leave a Reply", "Your email address will not be published. Required fields are marked", "Post Comment"],
        bio=["writes about consumer affairs and local government. Before joining us she worked for ten years as a court reporter.",
             "is a freelance writer based in the north who covers food, travel and anything involving bicycles.",
             "has reported on transport and infrastructure for the paper since 2015."],
        authors=["Hannah Cole", "Marcus Reid", "Priya Shah", "Tom Barnaby"],
        tags="Tags",
        readalso="Read also",
        ad="Advertisement",
        sitenames=["The Coastal Courier", "Northgate Herald", "Daily Ledger", "Riverside Post", "The Market Weekly"],
        by="By",
    ),
    "nl": dict(
        nav=["Home", "Nieuws", "Regio", "Economie", "Sport", "Cultuur", "Opinie", "Contact"],
        cookie=["Wij gebruiken cookies om onze website goed te laten werken en om het gebruik ervan te analyseren.",
                "Deze website maakt gebruik van cookies en vergelijkbare technieken om uw voorkeuren te onthouden.",
                "Met uw toestemming plaatsen wij ook cookies van derden voor gepersonaliseerde advertenties."],
        cookie_btn=["Alles accepteren", "Voorkeuren beheren"],
        newsletter=["Ontvang elke ochtend het belangrijkste nieuws uit de regio in je mailbox.",
                    "Meld je aan voor onze nieuwsbrief en mis nooit meer een artikel.",
                    "Elke vrijdag de beste verhalen van de week, gratis in je inbox."],
        related_h=["Gerelateerde artikelen", "Meer uit deze rubriek", "Ook interessant", "Lees meer"],
        related=["Veerdienst vaart vaker in de herfstvakantie", "Hypotheekadviseurs verwachten rustig voorjaar",
                 "Vijf wandelingen langs het oude jaagpad", "Nieuwe bakker in voormalig bankgebouw",
                 "Dorpskoor wint voor de tweede keer landelijke wedstrijd", "Buskaartje blijft nog een jaar even duur",
                 "Hoe een dorp zijn brievenbus redde", "Winkeliers wisselend tevreden over decembermaand",
                 "Museum waar bezoekers alles mogen aanraken", "Schoolmaaltijd wordt na de zomer duurder"],
        mostread=["Meest gelezen", "Populair", "Net binnen"],
        share=["Deel op Facebook", "Deel via WhatsApp", "Deel via e-mail", "Kopieer link"],
        footer=["Alle rechten voorbehouden.", "KvK-nummer 30284417", "Algemene voorwaarden", "Privacyverklaring",
                "Colofon"],
        comment_h=["Reacties", "Praat mee", "Reacties van lezers"],
        comments=["Eindelijk goed nieuws, hier wachten we al jaren op.",
                  "Ik ben benieuwd wie dit uiteindelijk allemaal gaat betalen.",
                  "Bij mijn zus ging het vorige maand precies zo, niemand die zich er iets van aantrok.",
                  "Helder stuk, dank voor het uitzoeken.",
                  "Ik geloof er niet zoveel van, dat hebben we vaker gehoord.",
                  "Weet iemand of dit ook geldt voor huurders bij een particuliere verhuurder?"],
        reply=["Geef een reactie", "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd", "Reactie plaatsen"],
        bio=["schrijft over consumentenzaken en de lokale politiek. Daarvoor was ze tien jaar rechtbankverslaggever.",
             "is freelance journalist in het oosten van het land en schrijft over eten, reizen en fietsen.",
             "volgt sinds 2015 voor de krant alles wat met verkeer en vervoer te maken heeft."],
        authors=["Sanne de Wit", "Joris Bakker", "Fatima el Amrani", "Pieter Hoekstra"],
        tags="Trefwoorden",
        readalso="Lees ook",
        ad="Advertentie",
        sitenames=["Dagblad van het Oosten", "Rivierenland Nu", "De Stadsbode", "Omroep Kustland", "Het Weekblad"],
        by="Door",
    ),
}

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"]}


def human_date(lang, y, m, d):
    return f"{MONTHS[lang][m - 1]} {d}, {y}" if lang == "en" else f"{d} {MONTHS[lang][m - 1]} {y}"


# ---------------------------------------------------------------------------- article body rendering

def parse_blocks(blocks):
    """(kind, text) pairs; kind is p, h2, li, quote, row."""
    out = []
    for b in blocks:
        if b.startswith("## "):
            out.append(("h2", b[3:]))
        elif b.startswith("- "):
            out.append(("li", b[2:]))
        elif b.startswith("> "):
            out.append(("quote", b[2:]))
        elif b.startswith("| "):
            out.append(("row", " | ".join(c.strip() for c in b.strip("| ").split("|"))))
        else:
            out.append(("p", b))
    return out


def gold_text(blocks):
    return "\n\n".join(t for _, t in parse_blocks(blocks)) + "\n"


def body_html(blocks, p="<p>{}</p>", h2="<h2>{}</h2>", inserts=None, ul='<ul>', quote="<blockquote><p>{}</p></blockquote>"):
    """Renders blocks; `inserts` maps a paragraph index to HTML placed after that paragraph."""
    inserts = inserts or {}
    parts, in_list, n_para = [], False, 0
    for kind, text in parse_blocks(blocks):
        if kind != "li" and in_list:
            parts.append("</ul>" if ul.startswith("<ul") else "</ol>")
            in_list = False
        if kind == "p":
            parts.append(p.format(E(text)))
            n_para += 1
            if n_para in inserts:
                parts.append(inserts[n_para])
        elif kind == "h2":
            parts.append(h2.format(E(text)))
        elif kind == "quote":
            parts.append(quote.format(E(text)))
        elif kind == "li":
            if not in_list:
                parts.append(ul)
                in_list = True
            parts.append(f"<li>{E(text)}</li>")
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


class Page:
    def __init__(self, name, lang, seed):
        self.name = name
        self.lang = lang
        self.r = random.Random(seed)
        self.f = FURN[lang]
        self.boiler = []

    def pick(self, key, k=1):
        items = self.r.sample(self.f[key], k)
        return items if k > 1 else items[0]

    def b(self, *strings):
        """Records strings that must not appear in the main text, returns the first escaped."""
        self.boiler.extend(strings)
        return E(strings[0]) if strings else ""

    # furniture snippets --------------------------------------------------
    def cookie(self, cls="cookie-banner", tag="div"):
        text = self.pick("cookie")
        self.b(text)
        btn = self.f["cookie_btn"]
        return f'<{tag} id="{cls}" class="{cls}"><p>{E(text)} <a href="/privacy">Privacy</a></p><button>{btn[0]}</button><button>{btn[1]}</button></{tag}>'

    def nav_items(self, n=6):
        return self.f["nav"][:n]

    def related(self, k=3):
        items = self.pick("related", k)
        self.b(*items)
        return items

    def newsletter(self):
        t = self.pick("newsletter")
        self.b(t)
        return t

    def comments(self, k=2):
        cs = self.pick("comments", k)
        self.b(*cs)
        return cs

    def footer_line(self, site):
        line = f"© 2024 {site}. {self.f['footer'][0]}"
        self.b(line)
        return line

    def bio(self, author):
        t = f"{author} {self.pick('bio')}"
        self.b(t)
        return t


def head(title, lang, site, extra="", charset="utf-8", canonical=None):
    c = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    cs = f'<meta charset="{charset}">' if charset else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{cs}\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(title)} | {E(site)}</title>\n<meta property="og:title" content="{E(title)}">\n'
            f'<meta property="og:site_name" content="{E(site)}">\n{c}\n'
            f'<link rel="stylesheet" href="/assets/css/main.css?v=3.2">\n<script>window.dataLayer=window.dataLayer||[];</script>\n{extra}</head>\n')


# ---------------------------------------------------------------------------- layouts
# Each returns the whole page. `o` holds the page options: comments, split (insert a box after
# paragraph n), short.

def wordpress(pg, key, a, o):
    site = pg.pick("sitenames")
    author = pg.pick("authors")
    nav = "".join(f'<li id="menu-item-{40+i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{40+i}"><a href="/category/{n.lower()}/">{E(n)}</a></li>' for i, n in enumerate(pg.nav_items()))
    rel = pg.related(3)
    inserts = {}
    if o.get("split"):
        r0 = pg.pick("related")
        pg.b(r0)
        inserts[o["split"]] = f'<p><strong>{pg.f["readalso"]}:</strong> <a href="/2023/04/{key}-{1}/">{E(r0)}</a></p>'
    comments = ""
    if o.get("comments"):
        cs = pg.comments(2)
        items = "".join(f'''<li id="comment-{900+i}" class="comment even thread-even depth-1"><article id="div-comment-{900+i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{E(pg.pick("authors"))}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{900+i}"><time datetime="2024-03-0{i+2}T09:1{i}:00+00:00">March {i+2}, 2024 at 9:1{i} am</time></a></div></footer><div class="comment-content"><p>{E(c)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article></li>''' for i, c in enumerate(cs))
        rp = pg.f["reply"]
        pg.b(rp[1])
        comments = f'''<div id="comments" class="comments-area"><h2 class="comments-title">{len(cs)} thoughts on &ldquo;{E(a["title"])}&rdquo;</h2><ol class="comment-list">{items}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{rp[0]}</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{E(rp[1])}</span> <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{rp[2]}"></p></form></div></div>'''
    share = pg.f["share"]
    pg.b(share[0])
    foot = pg.footer_line(site)
    nl = pg.newsletter()
    widgets = "".join(f'<li><a href="/{i}/">{E(t)}</a></li>' for i, t in enumerate(rel))
    return head(a["title"], a["lang"], site, canonical=f"https://{key}.example.org/{key}/") + f'''<body class="post-template-default single single-post postid-{len(key)*17} single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{E(site)}</a></p><p class="site-description">{E(pg.f["nav"][1])} &amp; {E(pg.f["nav"][2])}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu">Menu</button><div class="menu-main-container"><ul id="primary-menu" class="menu">{nav}</ul></div></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{len(key)*17}" class="post-{len(key)*17} post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/" rel="bookmark"><time class="entry-date published" datetime="2024-03-01T08:00:00+00:00">March 1, 2024</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/">{E(author)}</a></span></span></div>
</header>
<div class="entry-content">
{body_html(a["blocks"], inserts=inserts)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="#"><span>{share[0]}</span></a></li><li class="share-email"><a class="share-email sd-button" href="#"><span>{share[2]}</span></a></li></ul></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/" rel="category tag">{E(pg.f["nav"][1])}</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev">{E(rel[0])}</a></div></div></nav>
{comments}
</main>
</div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{widgets}</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Newsletter</h2><div class="textwidget"><p>{E(nl)}</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><span>{E(foot)}</span> <a href="/privacy-policy/">{pg.f["footer"][3]}</a></div></footer>
</div>
{pg.cookie("cookie-notice")}
</body>
</html>
'''


def drupal(pg, key, a, o):
    site = pg.pick("sitenames")
    rel = pg.related(3)
    nav = "".join(f'<li class="menu-item"><a href="/{n.lower()}" data-drupal-link-system-path="node/{i}">{E(n)}</a></li>' for i, n in enumerate(pg.nav_items(7)))
    crumbs = f'<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/nieuws">{E(pg.f["nav"][1])}</a></li></ol></nav>'
    inserts = {}
    if o.get("split"):
        ad = pg.f["ad"]
        inserts[o["split"]] = f'<div class="block-ad"><span class="ad-label">{ad}</span><div id="div-gpt-ad-1580-2"></div></div>'
    tags = pg.pick("related")
    words = tags.split()[:2]
    taglinks = "".join(f'<div class="field__item"><a href="/taxonomy/term/{i}" hreflang="{a["lang"]}">{E(w)}</a></div>' for i, w in enumerate(words))
    comments = ""
    if o.get("comments"):
        cs = pg.comments(2)
        arts = "".join(f'<article data-comment-user-id="{i}" id="comment-{i}" class="comment js-comment by-anonymous" role="article"><footer class="comment__meta"><p class="comment__submitted">Submitted by {E(pg.pick("authors"))} on 12/03/2024 - 10:1{i}</p></footer><div class="content"><h3><a href="/comment/{i}" class="permalink" rel="bookmark">{E(c[:24])}</a></h3><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{E(c)}</p></div></div></article>' for i, c in enumerate(cs))
        comments = f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-section-title">{pg.f["comment_h"][0]}</h2>{arts}<h2 class="title comment-form__title">Add new comment</h2></section>'
    foot = pg.footer_line(site)
    return head(a["title"], a["lang"], site, extra='<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n') + f'''<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/logo.svg" alt="Home"></a><div class="site-name"><a href="/" rel="home">{E(site)}</a></div></div></div></header>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">{nav}</ul></nav></div>
<div class="region region-breadcrumb">{crumbs}</div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(a["title"])}</span></h1></div>
<div id="block-system-main" class="block block-system block-system-main-block">
<article role="article" class="node node--type-article node--promoted node--view-mode-full">
<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field field--name-uid"><span>{E(pg.pick("authors"))}</span></span> on <span class="field field--name-created">Tue, 03/12/2024 - 09:30</span></div></footer>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body_html(a["blocks"], inserts=inserts)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">{pg.f["tags"]}</div><div class="field__items">{taglinks}</div></div>
{comments}
</div>
</article>
</div>
</div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="views-element-container block block-views" id="block-views-block-content-recent-block-1"><h2>{pg.f["related_h"][1]}</h2><div class="item-list"><ul>{"".join(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="/node/{i}" hreflang="en">{E(t)}</a></span></div></li>' for i, t in enumerate(rel))}</ul></div></div></div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><div id="block-footer" class="block block-block-content"><div class="clearfix text-formatted field field--name-body"><p>{E(foot)}</p><p>{pg.f["footer"][2]} | {pg.f["footer"][3]}</p></div></div></div></footer>
</div></div>
</body>
</html>
'''


def ghost(pg, key, a, o):
    site = pg.pick("sitenames")
    author = pg.pick("authors")
    rel = pg.related(3)
    nl = pg.newsletter()
    cards = "".join(f'<article class="post-card post"><a class="post-card-image-link" href="/{i}/"><img class="post-card-image" src="/content/images/{i}.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/{i}/"><header class="post-card-header"><h2 class="post-card-title">{E(t)}</h2></header><div class="post-card-excerpt">{E(t)} {E(pg.pick("related").lower())}.</div></a><footer class="post-card-meta"><span class="post-card-meta-length">4 min read</span></footer></div></article>' for i, t in enumerate(rel))
    bio = pg.bio(author)
    inserts = {}
    if o.get("split"):
        inserts[o["split"]] = f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2024/02/photo.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption>{E(author)} / {E(site)}</figcaption></figure>'
    comments = ""
    if o.get("comments"):
        cs = pg.comments(2)
        comments = '<section class="article-comments gh-canvas"><div id="ghost-comments-root"><div class="gh-comments">' + "".join(f'<div class="gh-comment"><div class="gh-comment-author">{E(pg.pick("authors"))}</div><p>{E(c)}</p></div>' for c in cs) + '</div></div></section>'
    return head(a["title"], a["lang"], site, extra='<meta name="generator" content="Ghost 5.75">\n') + f'''<body class="post-template tag-klant is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{E(site)}</a></div>
<nav class="gh-head-menu"><ul class="nav">{"".join(f'<li class="nav-{n.lower()}"><a href="/{n.lower()}/">{E(n)}</a></li>' for n in pg.nav_items(5))}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-klant featured">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/klant/">{E(pg.f["nav"][3])}</a></span></div>
<h1 class="article-title">{E(a["title"])}</h1>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/">{E(author)}</a></h4><div class="byline-meta-content"><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/cover.jpg" alt="{E(a["title"])}"></figure>
</header>
<section class="gh-content gh-canvas">
{body_html(a["blocks"], inserts=inserts)}
<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">{pg.f["nav"][0]}</h2><p class="kg-signup-card-subheading">{E(nl)}</p><form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button">Subscribe</button></form></div>
</section>
<section class="article-author gh-canvas"><div class="author-card"><h4>{E(author)}</h4><p>{E(bio)}</p></div></section>
{comments}
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">{pg.f["related_h"][2]}</h3><div class="post-feed">{cards}</div></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{E(site)}</a> &copy; 2024</section><nav class="site-footer-nav"><a href="/privacy/">{pg.f["footer"][3]}</a></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
'''


def newssite(pg, key, a, o):
    """A big news site: mega menu, ticker, <article> with inline related boxes and ads, most-read list."""
    site = pg.pick("sitenames")
    author = pg.pick("authors")
    rel = pg.related(4)
    most = pg.pick("related", 3)
    pg.b(*most)
    inserts = {}
    if o.get("split"):
        n = o["split"]
        inserts[n] = f'<aside class="inline-related" data-component="related"><h2 class="inline-related__title">{pg.f["readalso"]}</h2><ul><li><a href="/a/1">{E(rel[0])}</a></li><li><a href="/a/2">{E(rel[1])}</a></li></ul></aside>'
        inserts[n + 1] = f'<div class="ad ad--inline" data-slot="inarticle1"><div class="ad__label">{pg.f["ad"]}</div><div class="ad__slot" id="ad-inarticle1"></div></div>'
    ticker = pg.pick("related")
    pg.b(ticker)
    comments = ""
    if o.get("comments"):
        cs = pg.comments(3)
        comments = '<section class="reader-comments" id="comments"><h2>' + pg.f["comment_h"][2] + '</h2><ul class="reader-comments__list">' + "".join(f'<li class="reader-comment"><span class="reader-comment__author">{E(pg.pick("authors"))}</span><p class="reader-comment__text">{E(c)}</p></li>' for c in cs) + '</ul></section>'
    foot = pg.footer_line(site)
    pg.b(pg.f["footer"][1])
    return head(a["title"], a["lang"], site) + f'''<body class="article-page">
<div id="app">
<div class="top-bar"><div class="top-bar__date">{E(pg.f["nav"][0])}</div><a class="top-bar__login" href="/login">Log in</a><a class="top-bar__subscribe" href="/subscribe">{E(pg.f["nav"][1])} +</a></div>
<header class="masthead"><a class="masthead__logo" href="/">{E(site)}</a>
<nav class="mega-menu" aria-label="Main"><ul>{"".join(f'<li class="mega-menu__item"><a href="/{n.lower()}">{E(n)}</a><ul class="mega-menu__sub"><li><a href="/{n.lower()}/a">{E(n)} A-Z</a></li></ul></li>' for n in pg.nav_items(8))}</ul></nav></header>
<div class="breaking-ticker" role="marquee"><span class="breaking-ticker__label">Live</span> <a href="/live">{E(ticker)}</a></div>
<div class="page-grid">
<div class="page-grid__main">
<article class="article" data-article-id="{len(key)*311}">
<header class="article__header"><p class="article__kicker">{E(pg.f["nav"][2])}</p><h1 class="article__headline">{E(a["title"])}</h1>
<div class="article__byline">{pg.f["by"]} <a rel="author" href="/authors/">{E(author)}</a></div>
<div class="share-top"><a href="#" class="share-top__fb">Facebook</a> <a href="#" class="share-top__x">X</a> <a href="#" class="share-top__mail">E-mail</a></div>
</header>
<figure class="article__lead-image"><img src="/img/lead.jpg" alt=""><figcaption>Photo: {E(author)}</figcaption></figure>
<div class="article__body" itemprop="articleBody">
{body_html(a["blocks"], p='<p class="article__paragraph">{}</p>', h2='<h2 class="article__subheading">{}</h2>', inserts=inserts)}
</div>
<div class="article__footer"><ul class="article__topics">{"".join(f'<li><a href="/topic/{i}">{E(t)}</a></li>' for i, t in enumerate(rel[2:]))}</ul></div>
</article>
{comments}
</div>
<aside class="page-grid__rail"><section class="most-read"><h2>{pg.f["mostread"][0]}</h2><ol>{"".join(f'<li><a href="/m/{i}"><span class="most-read__rank">{i+1}</span>{E(t)}</a></li>' for i, t in enumerate(most))}</ol></section>
<div class="ad ad--rail"><div class="ad__label">{pg.f["ad"]}</div></div></aside>
</div>
<footer class="site-footer"><div class="site-footer__links">{"".join(f'<a href="/f/{i}">{E(t)}</a>' for i, t in enumerate(pg.f["footer"][2:]))}</div><p class="site-footer__legal">{E(foot)} {E(pg.f["footer"][1])}</p></footer>
</div>
{pg.cookie("consent-banner")}
</body>
</html>
'''


def amp(pg, key, a, o):
    site = pg.pick("sitenames")
    author = pg.pick("authors")
    rel = pg.related(2)
    inserts = {}
    if o.get("split"):
        inserts[o["split"]] = f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp"><div placeholder>{pg.f["ad"]}</div></amp-ad>'
    foot = pg.footer_line(site)
    return f'''<!doctype html>
<html amp lang="{a["lang"]}">
<head><meta charset="utf-8"><title>{E(a["title"])} &#8211; {E(site)}</title>
<link rel="canonical" href="https://www.{key}.example.com/{key}/">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:Georgia,serif}} .amp-wp-article{{max-width:600px}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="https://www.{key}.example.com/"><span class="amp-site-title">{E(site)}</span></a></div></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{"".join(f'<li><a href="/{n.lower()}">{E(n)}</a></li>' for n in pg.nav_items(6))}</ul></amp-sidebar>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{E(a["title"])}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{E(author)}</span></div></header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1024" height="683" src="/img.jpg" alt="" layout="intrinsic"></amp-img></figure>
<div class="amp-wp-article-content">
{body_html(a["blocks"], inserts=inserts)}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="/c/">{E(pg.f["nav"][1])}</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="/{key}/#respond">{pg.f["reply"][0]}</a></div></footer>
</article>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>
<div class="amp-related-posts"><h3>{pg.f["related_h"][0]}</h3><ul>{"".join(f'<li><a href="/r/{i}">{E(t)}</a></li>' for i, t in enumerate(rel))}</ul></div>
<footer class="amp-wp-footer"><div><p>{E(foot)}</p><a href="#top" class="back-to-top">Back to top</a></div></footer>
</body>
</html>
'''


def tables(pg, key, a, o):
    """A table-layout site from the early 2000s: nested tables, <font>, a menu column, windows-1252."""
    site = pg.pick("sitenames")
    nav = "<br>\n".join(f'<a href="{n.lower()}.htm"><font color="#003366">{E(n)}</font></a>' for n in pg.nav_items(7))
    paras = []
    for kind, text in parse_blocks(a["blocks"]):
        paras.append(f'<p><font face="Verdana, Arial" size="2">{E(text)}</font></p>' if kind == "p"
                     else f'<p><font face="Verdana" size="3"><b>{E(text)}</b></font></p>')
    rel = pg.related(2)
    visitors = "Visitors since 2001" if a["lang"] == "en" else "Bezoekers sinds 2001"
    last = "Last updated" if a["lang"] == "en" else "Laatst bijgewerkt"
    pg.b(visitors)
    foot = f"Copyright © 2003-2009 {site}"
    pg.b(foot)
    charset = o.get("charset", "windows-1252")
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{meta}
<title>{E(a["title"])} - {E(site)}</title>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366" height="80"><img src="images/logo.gif" width="300" height="80" alt="{E(site)}"></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#E8EEF4"><font face="Verdana" size="2">
{nav}
</font><br><br><font size="1">{visitors}:<br><img src="cgi-bin/counter.gif" alt="counter"></font></td>
<td width="620" valign="top">
<table width="100%" border="0" cellpadding="8"><tr><td>
<font face="Verdana" size="4"><b>{E(a["title"])}</b></font><br>
<font face="Verdana" size="1" color="#666666">{last}: 14-03-2009</font>
{"".join(paras)}
<hr noshade size="1">
<font face="Verdana" size="1"><b>{pg.f["related_h"][3]}:</b> <a href="a1.htm">{E(rel[0])}</a> | <a href="a2.htm">{E(rel[1])}</a></font>
</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#E8EEF4"><font face="Verdana" size="1">{E(foot)} | <a href="mailto:info@{key}.example.nl">info@{key}.example.nl</a></font></td></tr>
</table>
</body>
</html>
'''


def divsoup(pg, key, a, o):
    """A client-rendered site with generated class names and no semantic tags."""
    site = pg.pick("sitenames")
    rnd = pg.r

    def c():
        return "css-" + "".join(rnd.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(7))
    nav = "".join(f'<div class="{c()}"><a class="{c()}" href="/{n.lower()}">{E(n)}</a></div>' for n in pg.nav_items(6))
    rel = pg.related(3)
    nl = pg.newsletter()
    body = []
    count = 0
    for kind, text in parse_blocks(a["blocks"]):
        if kind == "h2":
            body.append(f'<div class="{c()}" data-testid="subheading"><span class="{c()}">{E(text)}</span></div>')
        else:
            body.append(f'<div class="{c()}"><div class="{c()}" dir="auto"><span class="{c()}">{E(text)}</span></div></div>')
            count += 1
            if o.get("split") == count:
                body.append(f'<div class="{c()}"><div class="{c()}">{pg.f["readalso"]}</div><a class="{c()}" href="/x">{E(rel[0])}</a></div>')
    comments = ""
    if o.get("comments"):
        cs = pg.comments(2)
        comments = f'<div class="{c()}"><div class="{c()}">{pg.f["comment_h"][0]} ({len(cs)})</div>' + "".join(f'<div class="{c()}"><div class="{c()}"><a href="/u/{i}">{E(pg.pick("authors"))}</a></div><div class="{c()}">{E(cm)}</div></div>' for i, cm in enumerate(cs)) + '</div>'
    foot = pg.footer_line(site)
    return head(a["title"], a["lang"], site) + f'''<body>
<div id="root"><div class="{c()}"><div class="{c()}">
<div class="{c()}"><div class="{c()}"><a href="/" class="{c()}">{E(site)}</a></div><div class="{c()}">{nav}</div></div>
<div class="{c()}"><div class="{c()}">
<div class="{c()}"><div class="{c()}" role="heading" aria-level="1">{E(a["title"])}</div><div class="{c()}"><span>{E(pg.pick("authors"))}</span><span> · 4 min</span></div></div>
{"".join(body)}
</div>
<div class="{c()}"><div class="{c()}">{pg.f["related_h"][2]}</div>{"".join(f'<div class="{c()}"><a class="{c()}" href="/r/{i}"><div class="{c()}">{E(t)}</div></a></div>' for i, t in enumerate(rel[1:]))}</div>
{comments}
<div class="{c()}"><div class="{c()}">{E(nl)}</div><div class="{c()}"><input type="email"><div class="{c()}" role="button">OK</div></div></div>
</div>
<div class="{c()}"><div class="{c()}">{E(foot)}</div></div>
</div></div></div>
</body>
</html>
'''


def corporate(pg, key, a, o):
    site = a["title"].replace("About ", "").replace("Over ", "")
    if len(site) > 30:
        site = pg.pick("sitenames")
    cta = "Request a quote" if a["lang"] == "en" else "Vraag een offerte aan"
    slogan = "Looked after, week after week" if a["lang"] == "en" else "Vakwerk waar u op kunt bouwen"
    # The hero's tagline sits right under the page title: ambiguous, so it is neither gold nor listed.
    addr = "Unit 4, Mercer Park, Westfield Road" if a["lang"] == "en" else "Industrieweg 12, 7550 AB Hengelo"
    pg.b(addr)
    testimonial = ("They noticed the leak before we did and had it fixed the same afternoon." if a["lang"] == "en"
                   else "Ze dachten met ons mee en waren precies op tijd klaar.")
    pg.b(testimonial)
    secs = []
    cur = []
    for kind, text in parse_blocks(a["blocks"]):
        if kind == "h2" and cur:
            secs.append(cur)
            cur = []
        cur.append((kind, text))
    secs.append(cur)
    html_secs = ""
    for s in secs:
        inner = ""
        in_list = False
        for kind, text in s:
            if kind != "li" and in_list:
                inner += "</ul>"
                in_list = False
            if kind == "h2":
                inner += f'<h2 class="section__title">{E(text)}</h2>'
            elif kind == "li":
                if not in_list:
                    inner += '<ul class="checklist">'
                    in_list = True
                inner += f"<li>{E(text)}</li>"
            else:
                inner += f'<p>{E(text)}</p>'
        if in_list:
            inner += "</ul>"
        html_secs += f'<section class="section section--text"><div class="container"><div class="row"><div class="col-md-8 offset-md-2">{inner}</div></div></div></section>\n'
    foot = pg.footer_line(site)
    return head(a["title"], a["lang"], site) + f'''<body class="page-template page-about">
{pg.cookie("cookie-consent", tag="section")}
<div class="topbar"><div class="container"><span>&#9742; 0800 123 4567</span> <a href="/login">Mijn account</a></div></div>
<header class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/"><img src="/logo.png" alt="{E(site)}"></a>
<ul class="navbar-nav">{"".join(f'<li class="nav-item"><a class="nav-link" href="/{n.lower()}">{E(n)}</a></li>' for n in pg.nav_items(5))}</ul>
<a class="btn btn-primary" href="/offerte">{cta}</a></div></header>
<div class="hero"><div class="container"><h1 class="hero__title">{E(a["title"])}</h1><p class="hero__lead">{E(slogan)}</p><a class="btn btn-lg btn-outline-light" href="/offerte">{cta}</a></div></div>
{html_secs}
<section class="section section--testimonial"><div class="container"><blockquote class="testimonial"><p>{E(testimonial)}</p><cite>J. Visser</cite></blockquote></div></section>
<section class="section section--cta"><div class="container"><h2>{cta}</h2><p><a class="btn" href="/offerte">{cta}</a></p></div></section>
<footer class="footer"><div class="container"><div class="row"><div class="col"><h4>{E(site)}</h4><address>{E(addr)}</address></div>
<div class="col"><ul>{"".join(f'<li><a href="/{i}">{E(t)}</a></li>' for i, t in enumerate(pg.f["footer"][2:]))}</ul></div></div>
<p class="footer__copy">{E(foot)}</p></div></footer>
</body>
</html>
'''


def blogger(pg, key, a, o):
    """A Blogger-like personal blog: post-body with <br> paragraphs, sidebar widgets, comments."""
    site = pg.pick("sitenames")
    author = pg.pick("authors")
    parts = []
    in_list = False
    for kind, text in parse_blocks(a["blocks"]):
        if kind != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "p":
            parts.append(f"{E(text)}<br />\n<br />")
        elif kind == "h2":
            parts.append(f"<b>{E(text)}</b><br />\n<br />")
        elif kind == "quote":
            parts.append(f"<blockquote class='tr_bq'>{E(text)}</blockquote>")
        else:
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{E(text)}</li>")
    if in_list:
        parts.append("</ul>")
    about = pg.bio(author)
    archive = "Blog Archive" if a["lang"] == "en" else "Blogarchief"
    pg.b(archive)
    comments = ""
    if o.get("comments"):
        cs = pg.comments(3)
        comments = "<div class='comments' id='comments'><h4>" + str(len(cs)) + " " + pg.f["comment_h"][0].lower() + ":</h4><div class='comments-content'><ol id='comment-holder'>" + "".join(f"<li class='comment' id='c{i}'><div class='comment-block'><div class='comment-header'><cite class='user'>{E(pg.pick('authors'))}</cite><span class='datetime secondary-text'><a rel='nofollow' href='#c{i}'>12 March 2024 at 21:0{i}</a></span></div><p class='comment-content'>{E(cm)}</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self'>Reply</a></span></div></li>" for i, cm in enumerate(cs)) + "</ol></div><p class='comment-footer'><a href='#' onclick=''>Post a Comment</a></p></div>"
    rel = pg.related(3)
    return head(a["title"], a["lang"], site, extra="<meta content='blogger' name='generator'/>\n") + f'''<body class='variant-simplicity'>
<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'></div></div>
<div class='content-outer'><div class='header-outer'><div class='Header widget' id='Header1'><h1 class='title'><a href='/'>{E(site)}</a></h1><p class='description'><span>{E(pg.f["nav"][5])}</span></p></div></div>
<div class='columns fauxcolumns'><div class='main-outer'><div class='main-inner'>
<div class='column-center-inner'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
<div class='date-outer'><h2 class='date-header'><span>{pg.r.choice(["Sunday", "Monday", "Saturday"])}</span></h2>
<div class='post-outer'><div class='post hentry uncustomized-post-template'>
<h3 class='post-title entry-title'>{E(a["title"])}</h3>
<div class='post-header'></div>
<div class='post-body entry-content' id='post-body-{len(key)*7919}'>
<div dir="ltr" style="text-align: left;">{"".join(parts)}</div>
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn'>{E(author)}</span></span> <span class='post-comment-link'><a class='comment-link' href='#comments'>{len(o.get("comments") and [1,2,3] or [])} comments</a></span> <div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a></div></div></div>
</div>{comments}</div></div></div></div></div></div></div>
<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' id='Profile1'><h2>About Me</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'>{E(author)}</dt><dd class='profile-textblock'>{E(about)}</dd></dl></div></div>
<div class='widget BlogArchive' id='BlogArchive1'><h2>{archive}</h2><div class='widget-content'><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='/2024/'>2024</a> <span class='post-count' dir='ltr'>(14)</span><ul class='posts'>{"".join(f"<li><a href='/p/{i}.html'>{E(t)}</a></li>" for i, t in enumerate(rel))}</ul></li></ul></div></div>
</div></div></div></div></div>
<div class='footer-outer'><div class='widget Attribution' id='Attribution1'><div class='widget-content'>Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div>
</body>
</html>
'''


def forum_phpbb(pg, key, t, o):
    site = pg.pick("sitenames") + (" Forum" if t["lang"] == "en" else " Forum")
    who = "Who is online" if t["lang"] == "en" else "Wie is er online"
    stats = "Users browsing this forum: No registered users and 3 guests" if t["lang"] == "en" else "Gebruikers op dit forum: geen geregistreerde gebruikers en 3 gasten"
    pg.b(stats)
    posts = ""
    sigs = (["Sent from my phone, please excuse typos.", "Two kids, one dog, zero free time."] if t["lang"] == "en"
            else ["Verstuurd vanaf mijn telefoon.", "Twee kinderen, een hond en nooit tijd."])
    for i, (user, paras) in enumerate(t["posts"]):
        sig = sigs[i % 2]
        if i < 2:
            pg.b(sig)
        profile = f'<dl class="postprofile" id="profile{1000+i}"><dt class="no-profile-rank no-avatar"><a href="/memberlist.php?mode=viewprofile&amp;u={i}" class="username">{E(user)}</a></dt><dd class="profile-posts"><strong>Posts:</strong> {37*(i+3)}</dd><dd class="profile-joined"><strong>Joined:</strong> Wed Jan 0{i+1}, 2020 8:14 pm</dd></dl>'
        body = "<br><br>".join(E(p) for p in paras)
        title = t["title"] if i == 0 else "Re: " + t["title"]
        posts += f'''<div id="p{1000+i}" class="post has-profile bg{2 - i % 2}"><div class="inner">{profile}<div class="postbody"><div id="post_content{1000+i}"><h3 class="{'first' if i == 0 else ''}"><a href="#p{1000+i}">{E(title)}</a></h3>
<p class="author"><a class="unread" href="#p{1000+i}" title="Post"><i class="icon fa-file fa-fw"></i></a><span class="responsive-hide">by <strong><a href="/u/{i}" class="username">{E(user)}</a></strong> &raquo; </span>Mon Mar 1{i}, 2024 {7+i}:2{i} pm</p>
<div class="content">{body}</div>
<div id="sig{1000+i}" class="signature">{E(sig)}</div></div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider">'''
    return head(t["title"], t["lang"], site, extra='<meta name="generator" content="phpBB">\n') + f'''<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="/index.php" title="Board index"><span class="site_logo"></span></a><h1>{E(site)}</h1><p>{E(pg.f["nav"][5])}</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="/search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" title="Search for keywords"></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li><a href="/faq.php" rel="help" title="Frequently Asked Questions" role="menuitem">FAQ</a></li><li><a href="/ucp.php?mode=register" role="menuitem">Register</a></li><li><a href="/ucp.php?mode=login" title="Login" role="menuitem">Login</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="/index.php">Board index</a></span><span class="crumb"><a href="/viewforum.php?f=4">{E(pg.f["nav"][2])}</a></span></li></ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="/viewtopic.php?t=88">{E(t["title"])}</a></h2>
<div class="action-bar bar-top"><a href="/posting.php?mode=reply&amp;t=88" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">{len(t["posts"])} posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
{posts}
<div class="action-bar bar-bottom"><a href="/posting.php?mode=reply" class="button"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>{who}</h3><p>{E(stats)}</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
</body>
</html>
'''


def forum_discourse(pg, key, t, o):
    """A Discourse-like thread (server-rendered crawler view) with <div class="topic-body">."""
    site = pg.pick("sitenames") + " Community"
    sugg = pg.related(3)
    sugg_h = "Suggested Topics" if t["lang"] == "en" else "Voorgestelde onderwerpen"
    posts = ""
    for i, (user, paras) in enumerate(t["posts"]):
        body = "".join(f"<p>{E(p)}</p>" for p in paras)
        likes = f'<div class="post-likes">{i + 2} Likes</div>' if i % 2 == 0 else ""
        posts += f'''<div id="post_{i+1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/{E(user)}"><span itemprop="name">{E(user)}</span></a></span>
<link itemprop="mainEntityOfPage" href="/t/{key}/88"><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2024-02-1{i}T10:0{i}:00Z" class="post-time">February 1{i}, 2024, 10:0{i}am</time><meta itemprop="position" content="{i+1}"></span></div>
<div class="post" itemprop="text">{body}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">{likes}</div></div>'''
    return head(t["title"], t["lang"], site, extra='<meta name="generator" content="Discourse 3.2 - https://github.com/discourse/discourse version 3.2">\n') + f'''<body class="crawler">
<header><a href="/"><img src="/logo.png" alt="{E(site)}" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/{key}/88">{E(t["title"])}</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a href="/c/help/4" class="badge-wrapper bullet" itemprop="item"><span itemprop="name">{E(pg.f["nav"][2])}</span></a></span></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting">{posts}</div>
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">{sugg_h}</h3><div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th></tr></thead><tbody>{"".join(f'<tr class="topic-list-item"><td class="main-link"><a href="/t/{i}" class="title raw-link raw-topic-link">{E(s)}</a></td><td class="replies">{i+3}</td><td class="views">{(i+1)*140}</td></tr>' for i, s in enumerate(sugg))}</tbody></table></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a href="/guidelines">FAQ/Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></footer>
</div>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body>
</html>
'''


def dutchnews(pg, key, a, o):
    """A Dutch regional news site: sections without <article>, 'Lees ook' blocks, 'Net binnen' list."""
    site = pg.pick("sitenames")
    author = pg.pick("authors")
    rel = pg.related(3)
    latest = pg.pick("related", 3)
    pg.b(*latest)
    inserts = {}
    if o.get("split"):
        inserts[o["split"]] = f'<div class="readmore-block"><span class="readmore-block__label">{pg.f["readalso"]}</span><a class="readmore-block__link" href="/nieuws/1">{E(rel[0])}</a></div>'
        inserts[o["split"] + 1] = f'<div class="dfp-slot" id="dfp-inline-2"><div class="dfp-label">{pg.f["ad"]}</div></div>'
    comments = ""
    if o.get("comments"):
        cs = pg.comments(2)
        comments = '<div class="reactions"><div class="reactions__title">' + str(len(cs)) + ' ' + pg.f["comment_h"][0].lower() + '</div>' + "".join(f'<div class="reaction"><div class="reaction__name">{E(pg.pick("authors"))}</div><div class="reaction__body">{E(cm)}</div></div>' for cm in cs) + '</div>'
    foot = pg.footer_line(site)
    nl = pg.newsletter()
    return head(a["title"], "nl-NL", site) + f'''<body>
<div class="page">
<div class="header"><div class="header__logo"><a href="/">{E(site)}</a></div><div class="header__menu"><ul>{"".join(f'<li><a href="/{n.lower()}">{E(n)}</a></li>' for n in pg.nav_items(7))}</ul></div><div class="header__search"><form><input type="text" placeholder="Zoeken"></form></div></div>
<div class="content">
<div class="content__main">
<div class="article-header"><span class="article-header__label">{E(pg.f["nav"][2])}</span><h1>{E(a["title"])}</h1><div class="article-header__meta">{pg.f["by"]} {E(author)} &middot; 3 minuten leestijd</div></div>
<div class="article-image"><img src="/beeld.jpg" alt=""><div class="article-image__credit">Foto: ANP / {E(author)}</div></div>
<div class="article-content">
{body_html(a["blocks"], p='<p class="text">{}</p>', h2='<h3 class="text-heading">{}</h3>', inserts=inserts)}
</div>
<div class="article-share"><span>Deel dit artikel:</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
<div class="newsletter-box"><div class="newsletter-box__text">{E(nl)}</div><form><input type="email"><button>Aanmelden</button></form></div>
{comments}
</div>
<div class="content__side"><div class="latest"><div class="latest__title">{pg.f["mostread"][2]}</div><ul>{"".join(f'<li><span class="latest__time">1{i}:0{i}</span> <a href="/n/{i}">{E(t)}</a></li>' for i, t in enumerate(latest))}</ul></div>
<div class="related"><div class="related__title">{pg.f["related_h"][0]}</div>{"".join(f'<a class="related__item" href="/r/{i}">{E(t)}</a>' for i, t in enumerate(rel[1:]))}</div></div>
</div>
<div class="footer"><div class="footer__links">{"".join(f'<a href="/f/{i}">{E(t)}</a>' for i, t in enumerate(pg.f["footer"][2:]))}</div><div class="footer__copy">{E(foot)}</div></div>
</div>
{pg.cookie("cookiewall")}
</body>
</html>
'''


LAYOUTS = dict(wordpress=wordpress, drupal=drupal, ghost=ghost, newssite=newssite, amp=amp, tables=tables,
               divsoup=divsoup, corporate=corporate, blogger=blogger, dutchnews=dutchnews)

# page name -> (layout, text key, options)
PAGES = [
    ("en-news-port-strike", "newssite", "port-strike", dict(split=2, comments=True)),
    ("en-news-council-budget", "wordpress", "council-budget", dict(comments=True)),
    ("en-brief-rail", "newssite", "rail-brief", dict()),
    ("en-brief-heatwave", "amp", "heatwave-brief", dict()),
    ("en-news-insurer-claims", "drupal", "insurer-claims", dict(split=2)),
    ("en-news-clinic-waiting", "ghost", "clinic-waiting", dict(comments=True)),
    ("en-news-telecom-outage", "divsoup", "telecom-outage", dict(split=2, comments=True)),
    ("en-blog-onboarding", "ghost", "blog-onboarding", dict(split=3)),
    ("en-blog-sourdough", "blogger", "blog-sourdough", dict(comments=True)),
    ("en-blog-remote", "wordpress", "blog-remote", dict(split=2)),
    ("en-feature-repair", "newssite", "feature-repair", dict(split=3)),
    ("en-opinion-chatbots", "drupal", "opinion-chatbots", dict(comments=True)),
    ("en-corporate-about", "corporate", "corporate-about", dict()),
    ("en-corporate-service", "corporate", "corporate-service", dict()),
    ("en-press-release", "wordpress", "press-release", dict()),
    ("nl-nieuws-gft", "dutchnews", "nl-gemeente-afval", dict(split=2, comments=True)),
    ("nl-kort-trein", "dutchnews", "nl-trein-kort", dict()),
    ("nl-kort-storm", "amp", "nl-storm-kort", dict()),
    ("nl-nieuws-jeugdzorg", "newssite", "nl-zorg-wachtlijst", dict(split=1)),
    ("nl-nieuws-bankstoring", "drupal", "nl-bank-storing", dict(comments=True)),
    ("nl-nieuws-gymleraar", "divsoup", "nl-onderwijs", dict()),
    ("nl-blog-klantreis", "wordpress", "nl-blog-klantreis", dict(comments=True, split=2)),
    ("nl-blog-bakfiets", "blogger", "nl-blog-fiets", dict(comments=True)),
    ("nl-blog-erwtensoep", "ghost", "nl-blog-recept", dict()),
    ("nl-opinie-balie", "dutchnews", "nl-opinie-regels", dict()),
    ("nl-bedrijf-devonk", "corporate", "nl-bedrijf-over", dict()),
    ("nl-bedrijf-lindehof", "corporate", "nl-bedrijf-vacature", dict()),
    ("nl-persbericht-water", "drupal", "nl-persbericht", dict()),
    ("nl-interview-huisenhaard", "wordpress", "nl-interview", dict()),
    ("en-old-club-news", "tables", "old-club-news", dict(charset="iso-8859-1")),
    ("nl-old-vereniging", "tables", "old-nl-vereniging", dict()),
    ("nl-old-kerk", "tables", "old-nl-kerk", dict(charset=None)),
    ("en-old-watchmaker", "tables", "old-en-shop", dict()),
    ("en-amp-chargers", "amp", "amp-ev-chargers", dict(split=1)),
    ("nl-amp-markt", "amp", "amp-nl-markt", dict()),
    ("en-review-headphones", "divsoup", "soup-en-gadget", dict(comments=True)),
]
FORUM_PAGES = [
    ("en-forum-boiler", forum_phpbb, "forum-en-boiler"),
    ("en-forum-refund", forum_discourse, "forum-en-refund"),
    ("nl-forum-energie", forum_phpbb, "forum-nl-energie"),
    ("nl-forum-ebike", forum_discourse, "forum-nl-fiets"),
    ("en-forum-tomatoes", forum_discourse, "forum-en-garden"),
    ("nl-forum-schimmel", forum_phpbb, "forum-nl-huur"),
]
# Pages written in windows-1252 bytes (the table layouts declare it, or declare nothing).
CP1252 = {"en-old-club-news", "nl-old-vereniging", "nl-old-kerk", "en-old-watchmaker", "nl-interview-huisenhaard"}


def write(outdir, name, page_html, gold, boiler, encoding="utf-8"):
    for s in boiler:
        assert s not in gold, f"{name}: boilerplate string inside gold: {s!r}"
        assert len(s) >= 8, f"{name}: boilerplate string too short to be distinctive: {s!r}"
    if encoding != "utf-8":
        page_html = page_html.replace('<meta charset="utf-8">', f'<meta charset="{encoding}">')
    with open(os.path.join(outdir, name + ".html"), "wb") as fh:
        fh.write(page_html.encode(encoding))
    with open(os.path.join(outdir, name + ".gold.txt"), "w", encoding="utf-8") as fh:
        fh.write(gold)
    with open(os.path.join(outdir, name + ".boilerplate.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(dict.fromkeys(boiler)) + "\n")


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../Corpora/extraction")
    os.makedirs(outdir, exist_ok=True)
    for name, layout, key, opts in PAGES:
        a = ARTICLES[key]
        pg = Page(name, a["lang"], name)
        page_html = LAYOUTS[layout](pg, key, a, opts)
        write(outdir, name, page_html, gold_text(a["blocks"]), pg.boiler,
              "windows-1252" if name in CP1252 else "utf-8")
    for name, fn, key in FORUM_PAGES:
        t = FORUMS[key]
        pg = Page(name, t["lang"], name)
        page_html = fn(pg, key, t, {})
        gold = "\n\n".join(p for _, paras in t["posts"] for p in paras) + "\n"
        write(outdir, name, page_html, gold, pg.boiler)
    print(f"wrote {len(PAGES) + len(FORUM_PAGES)} pages to {outdir}")


if __name__ == "__main__":
    main()
