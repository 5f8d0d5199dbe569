/** The platform's own mark (as in web/index.html), for a preview image when no logo was uploaded. */
const PLATFORM_MARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="320" height="320"><rect width="32" height="32" rx="6" fill="#143252"/><path d="M6 24V14l5-4 5 4v10zM17 24V9l5-4 5 4v15z" fill="#fff"/><circle cx="22" cy="13" r="2" fill="#f2c230"/></svg>`;

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * A PNG for link previews (1200 × 630, the size the big platforms show): the logo, centred on white.
 * Previewers do not show an SVG, so the logo is drawn with sharp (libvips), loaded only when asked.
 */
export async function renderShareImage(logo: Buffer | undefined): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const mark = await sharp(logo ?? Buffer.from(PLATFORM_MARK), { density: 300 })
    .resize({ width: 1000, height: 420, fit: 'inside' })
    .png()
    .toBuffer();
  return sharp({
    create: { ...SHARE_IMAGE, channels: 3, background: '#ffffff' },
  })
    .composite([{ input: mark, gravity: 'centre' }])
    .png()
    .toBuffer();
}
