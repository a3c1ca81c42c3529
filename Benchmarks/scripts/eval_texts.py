# Original texts for the extraction and date evaluation sets (Corpora/extraction, Corpora/dates).
# Everything here was written for Centric's evaluation: sites, people, companies and quotes are
# invented. Block notation: "## " subheading, "- " list item, "> " block quote, "| a | b" table row,
# anything else a paragraph.

ARTICLES = {
# ---------------------------------------------------------------- English news
"port-strike": dict(lang="en", title="Dock workers at Eastmoor suspend strike after overnight talks", blocks=[
"Dock workers at the port of Eastmoor suspended their four-day strike on Tuesday morning after union leaders and terminal operators reached a provisional agreement in talks that ran until just before dawn.",
"The deal, which members will vote on next week, includes a pay rise of 6.5 percent spread over two years and a commitment to limit night shifts to three in any seven-day period. Container traffic is expected to return to normal by Thursday.",
"Hauliers had reported queues of more than two hundred lorries on the ring road on Monday, and several supermarkets warned of gaps on their shelves if the dispute continued into the weekend.",
"## What the union wanted",
"The union had asked for a flat increase for all grades and a guarantee that new automated cranes would not lead to compulsory redundancies. The provisional agreement leaves the question of automation to a joint committee that must report within six months.",
"> We did not get everything, but we got a seat at the table when the cranes arrive, and that matters more to our members than one extra percent.",
"Terminal operator Seagate Logistics said it was relieved that ships could berth again and thanked customers for their patience. The company declined to say how much the stoppage had cost.",
]),
"council-budget": dict(lang="en", title="Hallbridge council approves budget with cuts to library hours", blocks=[
"Hallbridge council approved its budget for next year on Wednesday evening by 27 votes to 19, after a debate that lasted almost five hours and drew a crowd of protesters to the town hall steps.",
"The budget closes a gap of 4.2 million pounds largely by reducing opening hours at five of the town's seven libraries and by raising parking charges in the centre. Council tax will rise by the maximum allowed without a referendum.",
"Opposition councillors proposed an amendment to keep the libraries open on Saturdays, funded by selling an empty office block on Mill Lane. The amendment was defeated.",
"Residents who want to comment on the new library hours can do so until the end of next month, the council said.",
]),
"rail-brief": dict(lang="en", title="Signal fault delays morning trains into Carrowford", short=True, blocks=[
"A signal fault near Brenton junction caused delays of up to forty minutes for commuters travelling into Carrowford on Monday morning. Engineers fixed the fault shortly after nine o'clock.",
"The rail operator said tickets for affected journeys would be accepted on local buses until the end of the day, and that passengers delayed by more than fifteen minutes could claim compensation online.",
]),
"heatwave-brief": dict(lang="en", title="Weather service issues amber warning as temperatures climb", short=True, blocks=[
"The national weather service has issued an amber heat warning for the south and east from Thursday, with daytime temperatures expected to reach 34 degrees in some inland areas.",
"Health officials advised people to check on elderly neighbours, to keep curtains closed during the hottest hours and to avoid strenuous exercise in the afternoon.",
]),
"insurer-claims": dict(lang="en", title="Insurer promises decisions on home claims within ten days", blocks=[
"Brightwater Mutual, one of the larger home insurers, says it will decide on every straightforward household claim within ten working days or pay a fixed sum of fifty pounds for the delay.",
"The promise follows a year in which the regulator singled out the company for slow handling of flood claims. Some customers waited more than four months for a loss adjuster to visit.",
"Chief executive Maria Okafor said the insurer had hired sixty extra claims handlers and given them authority to settle claims up to five thousand pounds without a manager's signature.",
"- Claims are acknowledged within one working day",
"- A named handler stays with the claim from start to finish",
"- Customers can upload photos instead of waiting for a visit",
"Consumer groups welcomed the pledge but said the real test would come after the next big storm, when thousands of claims arrive at once.",
]),
"clinic-waiting": dict(lang="en", title="Community clinics cut waiting times with evening appointments", blocks=[
"Three community clinics in the north of the county have cut the average wait for a routine appointment from eighteen days to six since they began opening two evenings a week.",
"The clinics asked patients last spring what made it hard to attend, and the most common answer was that appointments clashed with work. Evening sessions now run until half past eight on Tuesdays and Thursdays.",
"Nurses volunteered for the later shifts in exchange for a later start on the following morning. Staff turnover at the three sites has fallen over the same period, the health trust said.",
"## Next steps",
"The trust plans to extend the scheme to four more clinics next year if funding allows, and will publish a full evaluation in the autumn.",
]),
"telecom-outage": dict(lang="en", title="Telecom firm compensates customers after two-day broadband outage", blocks=[
"Customers of regional broadband provider Linkwave will receive a credit of one month's fee after a fault at a data centre left about 40,000 homes without internet for most of two days.",
"The company initially blamed a power cut, but later admitted that a backup system had not been tested since it was installed three years ago.",
"Many customers complained that the service status page showed no problems for the first twelve hours of the outage, while the phone line played a recorded message telling them to restart their router.",
"A spokesperson said the status page would in future be updated by the network team directly rather than by the marketing department.",
]),
# ---------------------------------------------------------------- English blogs and features
"blog-onboarding": dict(lang="en", title="What we learned from watching fifty customers set up our app", blocks=[
"Last quarter we did something we should have done years ago: we sat next to fifty new customers while they set up our invoicing app for the first time, and we kept quiet.",
"Almost everyone stumbled at the same step. The screen that asks for a VAT number appeared before people had even seen what the app could do, and a third of them went looking for the number in a drawer and never came back.",
"## Small changes, big effects",
"We moved the VAT question to the moment someone sends their first invoice. Completed setups went up by a quarter within a month, without any change to the product itself.",
"The second lesson was about words. We called the main screen the ledger; our customers called it the overview. We now use their word.",
"> If you want to know why people leave, do not ask them in a survey. Watch them, and bring a notebook.",
"None of this needed a big research budget. It needed a few afternoons and the discipline not to help.",
]),
"blog-sourdough": dict(lang="en", title="A slow Sunday loaf: my sourdough routine after three years", blocks=[
"People keep asking how I fit sourdough into a working week. The honest answer is that I do not: I bake on Sundays, and the whole routine is built around being lazy on Saturday evening.",
"On Saturday at about eight I feed the starter with equal weights of flour and water and leave it on the kitchen counter. Before bed I mix the dough, which then rises slowly overnight in a cool room.",
"- 450 grams of white bread flour",
"- 50 grams of wholemeal rye",
"- 350 grams of water",
"- 100 grams of active starter and 10 grams of salt",
"In the morning I shape the loaf, let it rest in a basket for an hour and bake it in a lidded pot, twenty minutes with the lid and twenty-five without. That is all there is to it.",
"The crumb is not as open as the photographs you see online, and I have made peace with that.",
]),
"blog-remote": dict(lang="en", title="Four years of remote support: what still does not work", blocks=[
"Our support team has been fully remote since before it was fashionable. Most of it works well, but a few things have never got easier, and I think it helps to be honest about them.",
"The first is learning by overhearing. In an office, a new colleague picks up how the experienced agents handle an angry caller just by sitting nearby. Remote, that knowledge stays in people's heads unless you make an effort to get it out.",
"We tried recorded calls, but nobody watched them. What works better is a weekly session where one agent talks through a difficult case from start to finish and the others ask questions.",
"The second is the end of the day. When your desk is your kitchen table, a customer's bad day follows you to dinner. We now close every shift with ten minutes of notes, so that the case is written down and can be left behind.",
]),
"feature-repair": dict(lang="en", title="The repair café where nothing is thrown away without a fight", blocks=[
"On the first Saturday of every month the parish hall in Netherby fills with broken toasters, lamps with frayed cables and children's bikes with slipped chains. By four o'clock, most of them work again.",
"The repair café was started six years ago by two retired electricians who were tired of seeing good appliances in skips. It now has a rota of fifteen volunteers, among them a seamstress, a bicycle mechanic and a teenager who can fix almost any phone.",
"Visitors pay nothing, although there is a jar for donations and a table with tea and cake. The only rule is that owners must stay and watch, so that next time they might fix it themselves.",
"## Not everything can be saved",
"Some things defeat even the most patient volunteer. Glued plastic casings and parts that are no longer made are the usual culprits, and the team keeps a list of brands that make repair difficult.",
"Last year the café recorded 612 repairs, and it estimates that they kept around two tonnes of waste out of landfill.",
]),
"opinion-chatbots": dict(lang="en", title="Opinion: a chatbot is not a customer strategy", blocks=[
"Every few months a company announces that its new assistant will answer most customer questions without a human in sight, and every few months I try one and end up typing the word agent in capital letters.",
"The problem is rarely the technology. It is that the bot is asked to cover for a service that was already hard to use. If your refund policy needs three paragraphs of exceptions, no language model will make it feel fair.",
"Companies that get this right start from the questions customers actually ask and fix the causes first. Only then do they automate the simple answers, and they always leave a visible door to a person.",
"A chatbot can be part of good service. It cannot be a substitute for deciding what good service is.",
]),
"corporate-about": dict(lang="en", title="About Fenwick Facilities", blocks=[
"Fenwick Facilities looks after cleaning, maintenance and security for more than four hundred offices, schools and clinics across the region. We were founded in 1987 as a family business and we still are one.",
"Our teams work in the same buildings week after week, so that they know the people who use them and notice when something is not right. We believe that a building is only as good as the way it is looked after.",
"## How we work",
"Every client has a single contact person who visits at least once a month. Problems reported before noon are dealt with on the same day, and we publish our response times every quarter.",
"## Our people",
"Nine out of ten of our staff are employed directly rather than through agencies, and we pay above the regional living wage. Many of our supervisors started as cleaners.",
]),
"corporate-service": dict(lang="en", title="Our service promise", blocks=[
"When you contact Kestrel Energy, you should not have to explain your problem more than once. That is the first line of our service promise, and it is the one we measure most closely.",
"If you call us, you will speak to someone within five minutes on weekdays. If we cannot solve your question during that call, the person you spoke to will keep your case and call you back at a time that suits you.",
"If we make a mistake on your bill, we will correct it within five working days and add a credit of twenty pounds for the trouble. You do not need to ask for it.",
"We publish how well we keep these promises every three months on this page.",
]),
"press-release": dict(lang="en", title="Harbourline opens new distribution centre in Wexley", blocks=[
"Harbourline Foods today opened a new distribution centre in Wexley, creating 180 permanent jobs and allowing the company to deliver fresh produce to stores in the west of the country one day faster.",
"The centre covers 32,000 square metres and runs entirely on electricity, with solar panels on the roof supplying about a third of its needs. Lorries leaving the site will switch to biofuel by the end of next year.",
"Harbourline worked with the local college to design a training programme for warehouse staff, and half of the new employees were recruited from the town itself.",
"> Wexley gives us the space to grow and a workforce that wants to build a career here, said operations director Tom Haskett.",
"Harbourline Foods supplies more than 900 independent grocers and three regional supermarket chains.",
]),
# ---------------------------------------------------------------- Dutch news
"nl-gemeente-afval": dict(lang="nl", title="Gemeente Veldhoven-Noord haalt gft vaker op in de zomer", blocks=[
"Inwoners van Veldhoven-Noord krijgen vanaf juni elke week hun groene container geleegd in plaats van eens per twee weken. Dat heeft de gemeenteraad dinsdagavond besloten na klachten over stank en maden tijdens de warme maanden.",
"De extra ophaalrondes kosten ongeveer 140.000 euro per jaar. Het college wil dat bedrag deels terugverdienen doordat er minder gft in de restafvalcontainer belandt, waarvoor de gemeente per ton meer betaalt.",
"Een ruime meerderheid van de raad stemde voor. Alleen de fractie van Lokaal Belang stemde tegen, omdat zij vindt dat de afvalstoffenheffing eerst omlaag moet.",
"De nieuwe ophaaldagen staan vanaf half mei in de afvalapp en op de kalender die huis aan huis wordt bezorgd.",
]),
"nl-trein-kort": dict(lang="nl", title="Geen treinen tussen Amerdam en Zuidwolde door defecte brug", short=True, blocks=[
"Tussen Amerdam en Zuidwolde rijden woensdag de hele dag geen treinen, omdat een spoorbrug over het Leekanaal niet meer goed sluit. Reizigers moeten rekening houden met een half uur extra reistijd.",
"Er rijden bussen tussen beide stations. De vervoerder verwacht dat de brug donderdagochtend weer gerepareerd is.",
]),
"nl-storm-kort": dict(lang="nl", title="Code oranje voor zware windstoten langs de kust", short=True, blocks=[
"Het weerinstituut heeft voor donderdagmiddag code oranje afgegeven voor de kustprovincies. Er worden windstoten verwacht van 100 tot 110 kilometer per uur, vooral tussen twee en acht uur.",
"Automobilisten met een aanhanger of caravan wordt aangeraden de weg te mijden. Op verschillende plaatsen worden evenementen afgelast.",
]),
"nl-zorg-wachtlijst": dict(lang="nl", title="Wachtlijst jeugdzorg in regio Rivierenstad eindelijk korter", blocks=[
"Voor het eerst in vier jaar is de wachtlijst voor jeugdzorg in de regio Rivierenstad korter geworden. Kinderen wachten nu gemiddeld elf weken op hulp, tegen zestien weken een jaar geleden.",
"De zeven gemeenten in de regio maakten vorig jaar afspraken met een kleiner aantal zorgaanbieders, die in ruil daarvoor langere contracten kregen. Daardoor hoeven hulpverleners minder tijd kwijt te zijn aan administratie.",
"## Ouders nog niet tevreden",
"De vereniging van ouders spreekt van een stap in de goede richting, maar wijst erop dat gezinnen met complexe problemen nog altijd maanden wachten. Voor hen zou er een aparte route moeten komen, vindt de vereniging.",
"- Gemiddelde wachttijd: elf weken",
"- Langste wachttijd: zevenendertig weken",
"- Aantal kinderen op de wachtlijst: 412",
"Wethouder Esra Yilmaz zegt dat de regio dit jaar extra geld vrijmaakt voor specialistische hulp.",
]),
"nl-bank-storing": dict(lang="nl", title="Storing bij Spaarbank Oost treft betalingen en app", blocks=[
"Klanten van Spaarbank Oost konden maandag urenlang niet inloggen in de app en niet betalen met hun pinpas. De storing begon rond half elf en was pas aan het eind van de middag helemaal verholpen.",
"Volgens de bank lag de oorzaak bij een software-update van een externe leverancier. Er zijn geen gegevens van klanten in gevaar geweest, benadrukt een woordvoerder.",
"Op sociale media klaagden klanten vooral over de slechte bereikbaarheid van de klantenservice. Wie belde, kreeg een bandje te horen en werd daarna doorverbonden met een wachtrij van meer dan een uur.",
"De bank zegt de kosten te vergoeden die klanten door de storing hebben gemaakt, zoals boetes voor te late betalingen.",
]),
"nl-onderwijs": dict(lang="nl", title="Basisscholen in Zeeweide delen één vakleerkracht gym", blocks=[
"Vijf basisscholen in Zeeweide hebben samen een vakleerkracht bewegingsonderwijs aangenomen. Ze deelt haar week over de scholen, zodat alle kinderen ten minste één gymles per week van een bevoegde leerkracht krijgen.",
"Sinds dit schooljaar is dat wettelijk verplicht, maar kleine scholen hebben vaak niet genoeg lesuren om een vakleerkracht in vaste dienst te nemen. Door samen te werken lukt dat wel.",
"De scholen delen ook een busje, waarmee de leerkracht materiaal tussen de gymzalen vervoert. De gemeente betaalt de helft van de kosten.",
]),
# ---------------------------------------------------------------- Dutch blogs, corporate
"nl-blog-klantreis": dict(lang="nl", title="Waarom onze klanten drie keer hetzelfde verhaal vertelden", blocks=[
"Vorig jaar hebben we twintig klanten gevraagd om hun laatste contact met ons stap voor stap na te vertellen. Wat ons het meest opviel: bijna iedereen had zijn probleem minstens drie keer moeten uitleggen.",
"Eerst aan de chatbot, dan aan de medewerker aan de telefoon en daarna nog een keer aan de specialist die terugbelde. Geen van die gesprekken werd vastgelegd op een plek waar de volgende collega het kon lezen.",
"## Wat we hebben veranderd",
"We hebben één dossier per klant ingericht dat iedereen kan zien, van de chatbot tot de buitendienst. Een medewerker die een gesprek overneemt, leest eerst de samenvatting en begint niet opnieuw met vragen.",
"Het klinkt eenvoudig, en dat is het ook. Het moeilijkste was afspreken wie de samenvatting schrijft en hoe kort die mag zijn.",
"> Klanten merken het verschil meteen: ze hoeven niet meer bij nul te beginnen.",
]),
"nl-blog-fiets": dict(lang="nl", title="Met de bakfiets naar Zeeland: een verslag in vijf etappes", blocks=[
"Ik had het al jaren in mijn hoofd: met de kinderen in de bakfiets van Utrecht naar de kust fietsen. Deze zomer hebben we het eindelijk gedaan, in vijf dagen en met veel meer pauzes dan gepland.",
"De eerste etappe, naar Gorinchem, ging verrassend snel. Langs de Lek is het vlak en rustig, en de kinderen vonden de pont bij Schoonhoven het hoogtepunt van de dag.",
"Daarna werd het zwaarder. Op de dijken van de Hoeksche Waard stond een harde westenwind, en met een bakfiets vol kinderen en tassen voel je elke windstoot.",
"- Dag 1: Utrecht naar Gorinchem, 52 kilometer",
"- Dag 3: Dordrecht naar Zierikzee, 68 kilometer",
"- Dag 5: aankomst in Domburg",
"Zou ik het opnieuw doen? Ja, maar dan met een elektrische trapondersteuning en een dag extra om uit te rusten.",
]),
"nl-blog-recept": dict(lang="nl", title="Erwtensoep zoals mijn oma hem maakte", blocks=[
"Zodra de eerste nachtvorst komt, staat bij ons de grote pan op het vuur. Dit is het recept van mijn oma, die vond dat erwtensoep pas goed is als de lepel erin blijft staan.",
"Begin een dag van tevoren: dan kunnen de smaken intrekken en wordt de soep vanzelf dikker.",
"- 500 gram spliterwten",
"- een stuk knolselderij en twee winterpenen",
"- twee preien en een ui",
"- een rookworst en een karbonade",
"Kook de erwten met de karbonade ongeveer een uur. Haal het vlees eruit, snijd het klein en doe het terug met de groenten. Laat alles nog een half uur zachtjes koken en leg de rookworst er de laatste twintig minuten in.",
"Eet smakelijk, en bewaar een portie in de vriezer voor een koude dag.",
]),
"nl-opinie-regels": dict(lang="nl", title="Opinie: minder regels, meer ruimte voor de medewerker aan de balie", blocks=[
"Wie bij de gemeente aan de balie werkt, weet vaak precies hoe een probleem van een inwoner op te lossen is. Alleen mag het niet, omdat het protocol iets anders voorschrijft.",
"Ik werk al twaalf jaar bij de publieksdienst en zie steeds hetzelfde gebeuren. Een inwoner komt met een vraag die net buiten het hokje valt, en wij sturen hem door naar een afdeling die hem weer terugstuurt.",
"Geef medewerkers een budget en de bevoegdheid om af te wijken, en vraag ze achteraf om uit te leggen waarom. Het vertrouwen dat daaruit spreekt, betaalt zich dubbel terug.",
"Dat vraagt wel iets van leidinggevenden: fouten moeten mogen, zolang we ervan leren.",
]),
"nl-bedrijf-over": dict(lang="nl", title="Over Installatiebedrijf De Vonk", blocks=[
"Installatiebedrijf De Vonk is sinds 1974 actief in de regio Twente. Met veertig vakmensen verzorgen we elektra, verwarming en zonnepanelen voor particulieren, scholen en bedrijven.",
"We geloven in vakmanschap en in afspraken die we nakomen. Daarom krijgt u bij ons een vaste monteur, die uw installatie kent en die u rechtstreeks kunt bellen.",
"## Onze werkwijze",
"Na uw aanvraag komen we eerst kijken, zonder kosten. U ontvangt binnen drie werkdagen een offerte met een vaste prijs, zodat u achteraf niet voor verrassingen komt te staan.",
"Storingen die voor twaalf uur worden gemeld, lossen we in de meeste gevallen dezelfde dag op.",
]),
"nl-bedrijf-vacature": dict(lang="nl", title="Werken bij Zorggroep Lindehof", blocks=[
"Bij Zorggroep Lindehof wonen ruim zeshonderd ouderen in twaalf kleinschalige woonhuizen. Onze medewerkers kennen de bewoners bij naam en weten wat zij belangrijk vinden.",
"We zoeken collega's die dat ook belangrijk vinden. Of je nu net van school komt of al jaren in de zorg werkt: bij ons krijg je de ruimte om het werk te doen zoals jij denkt dat het goed is.",
"## Wat wij bieden",
"- Een vast contract na een proefperiode van zes maanden",
"- Roosters die je zelf mee samenstelt",
"- Een opleidingsbudget van 1.500 euro per jaar",
"Benieuwd of Lindehof bij je past? Kom een dagje meelopen in een van onze huizen.",
]),
"nl-persbericht": dict(lang="nl", title="Waterbedrijf Delta Noord verlaagt tarief voor grote gezinnen", blocks=[
"Waterbedrijf Delta Noord verlaagt vanaf 1 januari het vaste tarief voor huishoudens van vijf of meer personen. Zij betalen straks per persoon minder dan kleine huishoudens, waar dat nu andersom is.",
"Het bedrijf reageert daarmee op klachten van grote gezinnen, die door het oude systeem relatief veel betaalden. Ongeveer 21.000 huishoudens in het verzorgingsgebied gaan erop vooruit.",
"De aanpassing wordt betaald uit een kleine verhoging van het tarief per kubieke meter. Voor een gemiddeld huishouden van twee personen betekent dat ongeveer vier euro per jaar extra.",
]),
"nl-interview": dict(lang="nl", title="‘Klanten merken het als je team zich gezien voelt’", blocks=[
"Marieke Brouwer leidt sinds drie jaar de klantenservice van webwinkel Huisenhaard. In die tijd daalde het aantal klachten met een derde. Haar geheim? ‘Ik begin altijd bij de medewerkers.’",
"## Wat was het eerste dat u veranderde?",
"‘We schrapten de belscripts. Medewerkers moesten elk gesprek afwerken volgens een vast lijstje, ook als de klant allang had gezegd wat er mis was. Nu mogen ze zelf bepalen hoe ze het gesprek voeren.’",
"## Was dat niet spannend?",
"‘Natuurlijk. De eerste weken duurden gesprekken langer. Maar klanten hoefden minder vaak terug te bellen, en dat scheelt uiteindelijk veel meer tijd.’",
"‘Het belangrijkste is dat mensen zich gehoord voelen, aan beide kanten van de lijn. Een team dat zich gezien voelt, laat dat merken aan de klant.’",
]),
# ---------------------------------------------------------------- old sites (table layouts)
"old-club-news": dict(lang="en", title="Club news: spring tournament results", blocks=[
"The spring tournament was held on the weekend of the 12th and 13th and was blessed with dry weather for a change. Thirty-two players took part, the largest field we have had since the clubhouse was rebuilt.",
"In the men's final John Carver beat last year's winner Peter Lyle in three close sets, while the women's title went to Susan Amberley, who did not drop a set all weekend.",
"Many thanks to the volunteers who ran the kitchen and to Fairweather Bakery for donating the cakes. The proceeds of the raffle, 312 pounds, go towards new nets for courts three and four.",
]),
"old-nl-vereniging": dict(lang="nl", title="Nieuws van de Historische Vereniging Oud-Brederode", blocks=[
"Op zaterdag 4 oktober houdt de vereniging haar jaarlijkse open dag in het koetshuis aan de Dorpsstraat. Leden laten zien waar zij het afgelopen jaar aan gewerkt hebben, van oude ansichtkaarten tot een stamboom van de familie Verhoef.",
"Dit jaar staat de geschiedenis van de steenbakkerij centraal. Tot 1962 werkten er ruim tachtig mensen, en veel oudere inwoners hebben er nog herinneringen aan. Wie foto’s of verhalen heeft, is van harte welkom.",
"De toegang is gratis. Koffie en thee staan klaar, en voor de kinderen is er een speurtocht door het dorp.",
]),
"old-nl-kerk": dict(lang="nl", title="Restauratie van de toren van de Sint-Maartenskerk afgerond", blocks=[
"Na bijna twee jaar is de restauratie van de toren van de Sint-Maartenskerk in Ouderkerk afgerond. De steigers zijn deze week weggehaald en de klokken luiden weer op zondagochtend.",
"Bij de werkzaamheden bleek dat de houten constructie onder de spits ernstiger was aangetast dan verwacht. Daardoor liep de restauratie een half jaar uit en werd ze 180.000 euro duurder.",
"Het comité dankt alle donateurs, die samen ruim een kwart van de kosten bijeenbrachten. Op 15 november is er een feestelijke bijeenkomst in de kerk, waarvoor iedereen is uitgenodigd.",
]),
"old-en-shop": dict(lang="en", title="Why we still repair watches by hand", blocks=[
"Our workshop has been in the same narrow building on Quay Street since 1958. My father opened it, and I have worked at the bench beside the window for thirty-one years.",
"Most of the watches we see today are quartz, and a new battery is often all they need. But several times a week someone brings in a mechanical watch that belonged to a parent or grandparent, and those are the jobs we love.",
"A full service takes about three weeks. We take the movement apart, clean every part, replace what is worn and adjust it until it keeps time to within a few seconds a day.",
"We give every repair a two-year guarantee, and we always call before doing work that costs more than the estimate.",
]),
}

# Forum threads: posts are (user, text paragraphs). The gold main text is every post's text.
FORUMS = {
"forum-en-boiler": dict(lang="en", title="Boiler keeps losing pressure after service", posts=[
("heatingnovice", ["Since the annual service last month my boiler drops from 1.5 bar to below 1 bar every three or four days. I top it up with the filling loop and it works fine again for a while.", "No visible leaks under the boiler or at any radiator. Is this something the engineer did, or just a coincidence?"]),
("plumbdave", ["Most common cause after a service is the expansion vessel. If it was not recharged, or the engineer let the air out, the pressure will swing and the relief valve can weep outside.", "Check the small copper pipe that goes through the wall outside. If it drips or has a white stain under it, that is your answer."]),
("heatingnovice", ["You were right, there is a damp stain under the pipe outside. I will ask the company to come back since it was fine before they touched it."]),
("margaret_k", ["Had exactly the same thing last winter. They recharged the vessel in ten minutes and charged nothing because it was within a month of the service."]),
]),
"forum-en-refund": dict(lang="en", title="Airline refund after cancelled flight: how long did yours take?", posts=[
("travelsam", ["Our flight to Lisbon was cancelled two days before departure and we chose a refund instead of rebooking. That was seven weeks ago and the money has not arrived.", "The airline chat just says the request is being processed. Is seven weeks normal these days?"]),
("k_wright", ["It took nine weeks in my case. I sent a formal letter citing the regulation after week six and the money arrived ten days later, so I suspect the letter helped."]),
("travelsam", ["Thanks, I will send a letter tomorrow. Did you send it by post or by email?"]),
("k_wright", ["By email to the customer relations address, with the booking reference in the subject line. Keep a copy of everything."]),
("oldhand", ["If they ignore you, the alternative dispute scheme is free and usually quicker than going to court."]),
]),
"forum-nl-energie": dict(lang="nl", title="Eindafrekening energie veel hoger dan verwacht", posts=[
("wouter1982", ["Vandaag mijn jaarafrekening gekregen en ik moet 640 euro bijbetalen, terwijl mijn voorschot vorig jaar nog omhoog is gegaan. Het verbruik volgens de afrekening klopt niet met wat ik zelf heb genoteerd.", "Heeft iemand ervaring met het laten controleren van de meterstanden?"]),
("energiezuinig", ["Vergelijk eerst de eindstand op de afrekening met de stand op je meter van die datum. Als ze een geschatte stand hebben gebruikt, staat dat er klein bij vermeld."]),
("wouter1982", ["Er staat inderdaad geschat bij. Ik heb een foto van de meter van die week, dus die stuur ik op."]),
("Anneke_vd_B", ["Ze moeten de afrekening dan corrigeren. Bij mij duurde dat twee weken, en het verschil was bijna driehonderd euro.", "Bel wel even na als je na tien dagen niets hoort."]),
]),
"forum-nl-fiets": dict(lang="nl", title="Accu e-bike laadt niet meer volledig op", posts=[
("fietsfan_gelderland", ["Mijn e-bike is drie jaar oud en de accu laadt sinds kort maar tot zestig procent. De lader brandt groen, maar het display blijft op drie streepjes staan.", "Is het de accu of de lader?"]),
("tweewieler", ["Na drie jaar en een paar honderd laadbeurten is zestig procent capaciteit niet ongewoon, vooral als de fiets in een koude schuur staat. Laat de accu bij de dealer uitlezen, dat kost meestal niets."]),
("marco_h", ["Probeer eerst een andere lader als je die kunt lenen. Bij mij was het de lader, die na een tijdje te vroeg stopte."]),
]),
"forum-en-garden": dict(lang="en", title="Tomatoes splitting just before they ripen", posts=[
("greenfingers", ["This year nearly half my tomatoes split before they turned red. They are in a greenhouse and I water them every evening.", "Any idea what I am doing wrong?"]),
("allotment_al", ["Splitting usually comes from uneven watering. After a hot dry spell the fruit takes up a lot of water at once and the skin cannot stretch fast enough. Water a little in the morning instead, and keep it regular."]),
("greenfingers", ["That makes sense, we had a heatwave and I watered twice as much for a few days. I will try mornings."]),
]),
"forum-nl-huur": dict(lang="nl", title="Verhuurder reageert niet op melding schimmel", posts=[
("huurder_rdam", ["Al vier maanden zit er schimmel op de slaapkamermuur. Ik heb het twee keer per mail gemeld bij de verhuurder, maar krijg geen reactie.", "Wat kan ik nog meer doen?"]),
("woonrecht", ["Stuur een aangetekende brief waarin je een redelijke termijn geeft om het gebrek te verhelpen, bijvoorbeeld zes weken. Reageert de verhuurder niet, dan kun je naar de huurcommissie voor een tijdelijke huurverlaging."]),
("huurder_rdam", ["Dank je, die brief gaat morgen de deur uit."]),
]),
}

# A few more pages, written for the AMP-like and "div soup" layouts.
ARTICLES.update({
"amp-ev-chargers": dict(lang="en", title="Town adds forty public chargers for electric cars", blocks=[
"Forty new public charging points for electric cars came into use in Alderford this week, most of them in residential streets where few homes have a driveway.",
"Residents could suggest locations through the council website last year, and the streets with the most requests were chosen first. Charging costs the same as at the existing points in the town centre.",
"The council says it will review the locations after a year and move chargers that are rarely used.",
]),
"amp-nl-markt": dict(lang="nl", title="Weekmarkt verhuist tijdelijk naar het stationsplein", blocks=[
"De weekmarkt in Hoogeloon staat vanaf maart een half jaar op het stationsplein, omdat de Markt opnieuw wordt bestraat. De marktkooplieden hebben zelf meegedacht over de indeling.",
"Op het stationsplein is minder ruimte, waardoor een paar kramen om beurten staan. De vis- en de kaaskraam blijven wel elke week.",
"Bezoekers kunnen gratis parkeren in de garage aan de Spoorlaan, zolang de markt daar staat.",
]),
"soup-en-gadget": dict(lang="en", title="Review: the Tarn 5 headphones are comfortable but forgettable", blocks=[
"The Tarn 5 are the kind of headphones you forget you are wearing, which is both their best quality and their biggest weakness.",
"They weigh just 240 grams and the ear cushions are soft enough for a long flight. Battery life is excellent: we got 41 hours from a full charge with noise cancelling switched on.",
"Sound is clear but a little flat, and the noise cancelling struggles with voices in an open-plan office. The companion app asks for far too many permissions for what it does.",
"At this price there are more exciting choices, but if comfort matters most, the Tarn 5 will not let you down.",
]),
})
