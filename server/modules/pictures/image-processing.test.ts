import exifReader from 'exif-reader';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { phonePhotoWithGps, pngPicture } from '../../../test/support/pictures.ts';
import { detectImageType, ImageRejected, processPicture, variantWidths } from './image-processing.ts';

describe('detecting the type by content', () => {
  test('JPEG, PNG and WebP by their first bytes; anything else is not an image', async () => {
    expect(detectImageType(await phonePhotoWithGps(10, 10))).toBe('image/jpeg');
    expect(detectImageType(await pngPicture(10, 10))).toBe('image/png');
    const webp = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .webp()
      .toBuffer();
    expect(detectImageType(webp)).toBe('image/webp');
    expect(detectImageType(Buffer.from('%PDF-1.7 not a picture'))).toBeUndefined();
    expect(detectImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(detectImageType(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('processing an upload', () => {
  test('keeps no EXIF: the GPS location, camera and all other metadata are gone from every file', async () => {
    const original = await phonePhotoWithGps();
    const before = await sharp(original).metadata();
    expect(exifReader(before.exif!).GPSInfo?.GPSLatitude).toEqual([52, 18, 45.12]);
    expect(exifReader(before.exif!).Image?.Make).toBe('TestPhone');

    const processed = await processPicture(original);
    expect(processed.variants).toHaveLength(4);
    for (const variant of processed.variants) {
      const after = await sharp(variant.bytes).metadata();
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.iptc).toBeUndefined();
      expect(variant.bytes.includes(Buffer.from('TestPhone'))).toBe(false);
      expect(variant.bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
    }
  });

  test('resizes to 400 and 1200 pixels wide, as WebP and JPEG, keeping the proportions', async () => {
    const processed = await processPicture(await phonePhotoWithGps(1600, 1000));
    expect({ width: processed.width, height: processed.height }).toEqual({ width: 1600, height: 1000 });
    const sizes = await Promise.all(
      processed.variants.map(async (v) => {
        const meta = await sharp(v.bytes).metadata();
        return `${v.format} ${meta.format} ${meta.width}x${meta.height}`;
      }),
    );
    expect(sizes).toEqual(['webp webp 400x250', 'jpeg jpeg 400x250', 'webp webp 1200x750', 'jpeg jpeg 1200x750']);
  });

  test('never enlarges a small picture; a transparent PNG gets a white background as JPEG', async () => {
    expect(variantWidths(300)).toEqual([300]);
    expect(variantWidths(800)).toEqual([400, 800]);
    const processed = await processPicture(await pngPicture(300, 200));
    expect(processed.variants.map((v) => `${v.format}@${v.width}`)).toEqual(['webp@300', 'jpeg@300']);
  });

  test('turns a photo upright by its EXIF orientation before the orientation is dropped', async () => {
    const sideways = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#888' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const processed = await processPicture(sideways);
    expect({ width: processed.width, height: processed.height }).toEqual({ width: 300, height: 600 });
    const meta = await sharp(processed.variants[0]!.bytes).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([300, 600, undefined]);
  });

  test('refuses what is not an image, and an image that is cut off', async () => {
    await expect(processPicture(Buffer.from('just some text, saved as photo.jpg'))).rejects.toEqual(
      new ImageRejected('not-an-image'),
    );
    const jpeg = await phonePhotoWithGps(800, 600);
    await expect(processPicture(jpeg.subarray(0, jpeg.length / 2))).rejects.toEqual(new ImageRejected('unreadable'));
  });
});
