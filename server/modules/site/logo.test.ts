import { describe, expect, test } from 'vitest';
import { logoProblem } from './logo.ts';

const svg = (body: string) =>
  Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`);

describe('an uploaded logo', () => {
  test('an SVG, a PNG and a WebP that are what they say pass', () => {
    expect(logoProblem('image/svg+xml', svg('<rect width="4" height="4"/>'))).toBeNull();
    expect(logoProblem('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBeNull();
    expect(logoProblem('image/webp', Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBeNull();
  });

  test.each([
    ['<script>alert(1)</script>'],
    ['<rect onload="alert(1)"/>'],
    ['<a href="javascript:alert(1)"><rect/></a>'],
    ['<image href="https://tracker.example/pixel.png"/>'],
    ['<foreignObject><div/></foreignObject>'],
  ])('an SVG with active or outside content is refused: %s', (body) => {
    expect(logoProblem('image/svg+xml', svg(body))).toMatch(/no scripts/);
  });

  test('bytes that are not the declared type are refused', () => {
    expect(logoProblem('image/png', svg(''))).toBe('Not a PNG file');
    expect(logoProblem('image/svg+xml', Buffer.from('<html><svg></svg></html>'))).toBe('Not an SVG file');
    expect(logoProblem('image/svg+xml', Buffer.alloc(0))).toBe('The file is empty');
  });
});
