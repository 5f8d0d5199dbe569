import type { SitePageSlug } from '../../../contracts/site.ts';

/** The identity until an administrator sets one: the platform's own name and the colours of web/app/theme.css. */
export const DEFAULT_IDENTITY = {
  name: 'Wakkere Stad',
  brandColor: '#143252',
  accentColor: '#f2c230',
  linkColor: '#24578f',
} as const;

/** What every page's preview says when the page has nothing of its own. */
export const DEFAULT_DESCRIPTION =
  'Bewoners organiseren zich, helpen elkaar en nemen publieke taken op; de gemeente stuurt mee waar dat nodig is.';

/**
 * The footer pages' texts until an administrator writes the municipality's own: plain Dutch (B1),
 * in the page format (paragraphs, `## ` headings, `- ` list items, [links](…)). They describe what
 * this platform does; the administrator adds the municipality's addresses and contacts.
 */
export const DEFAULT_PAGES: Record<SitePageSlug, { title: string; body: string }> = {
  privacy: {
    title: 'Privacyverklaring',
    body: `De gemeente gaat zorgvuldig om met uw gegevens. Hier leest u welke gegevens dit platform gebruikt, waarvoor, en wat uw rechten zijn.

## Welke gegevens gebruiken we?
- Uw naam en e-mailadres, om in te loggen en u berichten te sturen.
- Uw buurt, als u die kiest of bevestigt met een briefcode of aan de balie.
- Wat u zelf op het platform zet: initiatieven, hulpvragen, reacties en stemmen.

## Waarvoor?
We gebruiken uw gegevens alleen om het platform te laten werken: zodat u mee kunt doen in uw buurt, hulp kunt vragen en geven, en kunt stemmen over het buurtbudget. Uw stem is geheim: niemand kan zien wat u hebt gestemd.

## Hoe lang bewaren we ze?
Zolang u een account hebt. Verwijdert u uw account, dan wissen we uw persoonlijke gegevens. Wat de wet ons vraagt te bewaren, zoals een besluit van de gemeente, bewaren we zonder uw naam.

## Uw rechten
U kunt uw gegevens altijd downloaden en uw account verwijderen via Mijn account. Hebt u een vraag of een klacht over uw gegevens? Neem dan contact op met de gemeente. U mag ook een klacht indienen bij de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl).`,
  },
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
    body: `De gemeente wil dat iedereen dit platform kan gebruiken, ook met een beperking. Daarom houden we ons aan de toegankelijkheidsrichtlijnen WCAG 2.1 op niveau AA.

## Wat we doen
- Elke pagina werkt met alleen een toetsenbord en met een schermlezer.
- Teksten en knoppen hebben genoeg contrast. De gemeente kan haar eigen kleuren alleen kiezen als het contrast goed genoeg is.
- Het platform werkt op een telefoon en op een computer, en in het Nederlands en het Engels.
- We testen elke pagina automatisch met axe en met de hand.

## Wat nog niet goed gaat
Kaarten met buurten zijn lastig te gebruiken met een schermlezer. Alles op een kaart staat daarom ook in een lijst op dezelfde pagina.

## Iets gevonden dat niet werkt?
Laat het ons weten via de contactpagina. We reageren binnen vijf werkdagen. Bent u niet tevreden over onze reactie? Dan kunt u contact opnemen met de Nationale ombudsman.

Meer over toegankelijkheid van de overheid leest u op [digitoegankelijk.nl](https://www.digitoegankelijk.nl).`,
  },
  contact: {
    title: 'Contact',
    body: `Hebt u een vraag over dit platform, over uw buurt of over uw gegevens? Neem dan contact op met de gemeente.

## Bellen
Bel het algemene nummer van de gemeente: 14 + netnummer. Op werkdagen van 8.30 tot 17.00 uur.

## Langskomen
U kunt langskomen bij het gemeentehuis of bij het wijkteam in uw buurt. Daar kunt u ook laten bevestigen in welke buurt u woont.

## Iets melden
Ziet u iets op het platform dat niet klopt, of dat niet mag? Gebruik dan de knop Melden bij het bericht, of neem contact met ons op.`,
  },
};
