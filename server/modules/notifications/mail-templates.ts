export type Locale = 'nl' | 'en';

export interface MailItem {
  title: string;
  message: string;
  /** Where the resident sees it (the notification, or a link the kind gives, such as a password reset). */
  url: string;
  /** One click and this kind no longer comes by e-mail; null for kinds that are always mailed. */
  unsubscribe: { title: string; url: string } | null;
}

export interface MailContent {
  locale: Locale;
  recipientName: string;
  /** The municipality's name, when areas are imported. */
  municipality: string | null;
  /** One notification at once, or a digest of several. */
  form: 'single' | 'daily' | 'weekly';
  items: readonly MailItem[];
  /** The sentence above the link of a single mail; a default when absent. */
  intro: string | undefined;
  preferencesUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const TEXTS = {
  nl: {
    site: (m: string | null) => (m ? `Wakkere Stad ${m}` : 'Wakkere Stad'),
    about: (m: string | null) => (m ? `Wakkere Stad, het platform van de gemeente ${m}.` : 'Wakkere Stad.'),
    greeting: (name: string) => `Beste ${name},`,
    look: 'Bekijk het op Wakkere Stad:',
    digestSubject: (form: 'daily' | 'weekly', count: number) =>
      `${form === 'daily' ? 'Je dagelijkse overzicht' : 'Je wekelijkse overzicht'}: ${count} ${count === 1 ? 'melding' : 'meldingen'}`,
    digestIntro: 'Dit is er gebeurd sinds je vorige overzicht:',
    preferences: 'Kies welke meldingen je per e-mail krijgt',
    unsubscribe: (title: string) => `Geen e-mail meer over „${title}”`,
    always: 'Dit bericht krijg je altijd per e-mail.',
  },
  en: {
    site: (m: string | null) => (m ? `Wakkere Stad ${m}` : 'Wakkere Stad'),
    about: (m: string | null) => (m ? `Wakkere Stad, the platform of the municipality of ${m}.` : 'Wakkere Stad.'),
    greeting: (name: string) => `Dear ${name},`,
    look: 'See it on Wakkere Stad:',
    digestSubject: (form: 'daily' | 'weekly', count: number) =>
      `${form === 'daily' ? 'Your daily summary' : 'Your weekly summary'}: ${count} ${count === 1 ? 'notification' : 'notifications'}`,
    digestIntro: 'This is what happened since your last summary:',
    preferences: 'Choose which notifications you get by e-mail',
    unsubscribe: (title: string) => `No more e-mail about “${title}”`,
    always: 'This message is always sent by e-mail.',
  },
} as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Plain text plus a simple HTML twin, in the recipient's language, with the municipality's name. */
export function renderMail(content: MailContent): RenderedMail {
  const t = TEXTS[content.locale];
  const site = t.site(content.municipality);
  const first = content.items[0];
  if (!first) throw new Error('A mail needs at least one notification');
  const subject =
    content.form === 'single'
      ? `${first.title} · ${site}`
      : `${t.digestSubject(content.form, content.items.length)} · ${site}`;

  const unsubscribes = new Map<string, { title: string; url: string }>();
  for (const item of content.items) if (item.unsubscribe) unsubscribes.set(item.unsubscribe.url, item.unsubscribe);

  const text: string[] = [t.greeting(content.recipientName), ''];
  const html: string[] = [`<p>${escapeHtml(t.greeting(content.recipientName))}</p>`];
  const link = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
  if (content.form === 'single') {
    text.push(first.title);
    html.push(`<h1 style="font-size:1.25em">${escapeHtml(first.title)}</h1>`);
    if (first.message) {
      text.push(first.message);
      html.push(`<p>${escapeHtml(first.message)}</p>`);
    }
    const intro = content.intro ?? t.look;
    text.push('', intro, first.url);
    html.push(`<p>${escapeHtml(intro)}<br>${link(first.url)}</p>`);
  } else {
    text.push(t.digestIntro, '');
    html.push(`<p>${escapeHtml(t.digestIntro)}</p>`, '<ul>');
    for (const item of content.items) {
      text.push(`* ${item.title}`, ...(item.message ? [`  ${item.message}`] : []), `  ${item.url}`, '');
      html.push(
        `<li><strong>${escapeHtml(item.title)}</strong>${item.message ? `<br>${escapeHtml(item.message)}` : ''}<br>${link(item.url)}</li>`,
      );
    }
    html.push('</ul>');
  }

  text.push('', '-- ', t.about(content.municipality), `${t.preferences}: ${content.preferencesUrl}`);
  const footer = [
    escapeHtml(t.about(content.municipality)),
    `${escapeHtml(t.preferences)}: ${link(content.preferencesUrl)}`,
  ];
  if (unsubscribes.size === 0) {
    text.push(t.always);
    footer.push(escapeHtml(t.always));
  }
  for (const { title, url } of unsubscribes.values()) {
    text.push(`${t.unsubscribe(title)}: ${url}`);
    footer.push(`${escapeHtml(t.unsubscribe(title))}: ${link(url)}`);
  }
  html.push('<hr>', `<p style="font-size:0.875em;color:#555">${footer.join('<br>')}</p>`);

  return {
    subject,
    text: `${text.join('\n')}\n`,
    html:
      `<!doctype html><html lang="${content.locale}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>` +
      `<body style="font-family:Arial,sans-serif;line-height:1.5;max-width:40em">${html.join('\n')}</body></html>\n`,
  };
}
