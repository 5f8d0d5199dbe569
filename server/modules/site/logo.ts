import { LOGO_MAX_BYTES, type logoMediaTypes } from '../../../contracts/site.ts';

export type LogoMediaType = (typeof logoMediaTypes)[number];

/**
 * Why an uploaded logo is refused, or null when it is what it says it is. The bytes must match the
 * declared type; an SVG may hold no script, event handler or external reference (it is also served
 * with a CSP that forbids them, and an <img> never runs them).
 */
export function logoProblem(mediaType: LogoMediaType, bytes: Buffer): string | null {
  if (bytes.length === 0) return 'The file is empty';
  if (bytes.length > LOGO_MAX_BYTES) return `At most ${LOGO_MAX_BYTES / 1000} kB`;
  if (mediaType === 'image/png')
    return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      ? null
      : 'Not a PNG file';
  if (mediaType === 'image/webp')
    return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP'
      ? null
      : 'Not a WebP file';
  const text = bytes.toString('utf8');
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text.replace(/^\uFEFF/, '')))
    return 'Not an SVG file';
  if (
    /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<!ENTITY|(?:href|src)\s*=\s*["']\s*(?:https?:|\/\/)/i.test(text)
  )
    return 'An SVG logo may hold no scripts, event handlers or outside references';
  return null;
}
