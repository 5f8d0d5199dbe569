import type { GeneratorStep } from '../../platform/demo/generator.ts';
import { DEMO_MUNICIPALITY } from '../../platform/demo/demo-accounts.ts';
import { WAKKERDAM_COLOURS, WAKKERDAM_LOGO_SVG } from './demo/wakkerdam-logo.ts';
import { IDENTITY_ROW } from './site.repository.ts';

/** The demo's own identity: "Gemeente Wakkerdam", its logo and colours, and its contact page. */
export const siteDemoStep: GeneratorStep = {
  name: 'site',
  async run(context) {
    const at = context.daysAgo(200);
    await context.insert('site_identity', [
      {
        id: IDENTITY_ROW,
        name: `Gemeente ${DEMO_MUNICIPALITY.name}`,
        brand_color: WAKKERDAM_COLOURS.brandColor,
        accent_color: WAKKERDAM_COLOURS.accentColor,
        link_color: WAKKERDAM_COLOURS.linkColor,
        logo_media_type: 'image/svg+xml',
        logo_base64: Buffer.from(WAKKERDAM_LOGO_SVG).toString('base64'),
        tokens_json: '[]',
        version: 1,
        updated_at: at,
      },
    ]);
    await context.insert('site_pages', [
      {
        slug: 'contact',
        title: 'Contact',
        body: `Hebt u een vraag over dit platform, over uw buurt of over uw gegevens? Neem dan contact op met de gemeente ${DEMO_MUNICIPALITY.name}. (Dit is een demo: de gemeente, de adressen en het nummer bestaan niet.)

## Bellen
Bel 14 0999, op werkdagen van 8.30 tot 17.00 uur.

## Langskomen
Gemeentehuis ${DEMO_MUNICIPALITY.name}, Dijkstraat 1. Op maandag tot en met vrijdag van 9.00 tot 16.00 uur. Bij de balie kunt u ook laten bevestigen in welke buurt u woont; neem een identiteitsbewijs en een brief met uw adres mee.

## Schrijven
- E-mail: info@wakkerdam.example
- Post: Gemeente ${DEMO_MUNICIPALITY.name}, Postbus 1, 9999 AA ${DEMO_MUNICIPALITY.name}

## Iets melden
Ziet u iets op het platform dat niet klopt, of dat niet mag? Gebruik dan de knop Melden bij het bericht, of neem contact met ons op.`,
        updated_at: at,
      },
    ]);
  },
};
