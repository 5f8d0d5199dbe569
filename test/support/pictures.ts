import sharp from 'sharp';

/**
 * Pictures for the tests, made when they run (nothing binary in git): a JPEG as a phone makes it,
 * with EXIF that holds a GPS location, a camera and an orientation.
 */
export async function phonePhotoWithGps(width = 1600, height = 1000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 140, b: 90 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Model 7', Orientation: '1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 18/1 4512/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '4/1 51/1 3012/100',
      },
    })
    .toBuffer();
}

export async function pngPicture(width = 300, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 200, g: 60, b: 60, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

/** A multipart/form-data body, as a browser sends a form with a file. */
export function multipartBody(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Buffer } | Array<{ name: string; type: string; bytes: Buffer }>,
): { payload: Buffer; contentType: string } {
  const boundary = '----wakkere-stad-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const one of file === undefined ? [] : Array.isArray(file) ? file : [file])
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${one.name}"\r\nContent-Type: ${one.type}\r\n\r\n`,
      ),
      one.bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
