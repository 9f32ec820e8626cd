// Shared by the PDF tests; not used by the application. Pages are rasterised with poppler's pdftoppm
// (Debian's poppler-utils) in greyscale; these read the images it writes (PGM, and 8-bit grey PNG for
// the committed baselines, so a person can open them) without an image library.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateSync, inflateSync } from "node:zlib";

export type TGrey = { width: number; height: number; pixels: Uint8Array };

/** Every page (or pages `first`..`last`) of a PDF file as greyscale images at `dpi`. */
export function rasterise(pdfFile: string, dpi: number, pages?: { first: number; last: number }): TGrey[] {
  const dir = mkdtempSync(path.join(tmpdir(), "faultline-pdf-"));
  try {
    const range = pages ? ["-f", String(pages.first), "-l", String(pages.last)] : [];
    execFileSync("pdftoppm", ["-r", String(dpi), "-gray", ...range, pdfFile, path.join(dir, "page")]);
    return readdirSync(dir)
      .filter((file) => file.endsWith(".pgm"))
      .sort()
      .map((file) => readPgm(readFileSync(path.join(dir, file))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5, 8-bit), as pdftoppm -gray writes it. */
export function readPgm(data: Buffer): TGrey {
  const fields: string[] = [];
  let pos = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[pos]))) pos++;
    if (data[pos] === 0x23) {
      while (data[pos] !== 0x0a) pos++; // a comment line
      continue;
    }
    let field = "";
    while (!/\s/.test(String.fromCharCode(data[pos]))) field += String.fromCharCode(data[pos++]);
    fields.push(field);
  }
  pos++; // the single whitespace after maxval
  const [magic, width, height, maxval] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])];
  if (magic !== "P5" || maxval !== 255) throw new Error(`Not an 8-bit binary PGM (${magic}, maxval ${maxval})`);
  return { width, height, pixels: new Uint8Array(data.subarray(pos, pos + width * height)) };
}

/** An 8-bit greyscale, non-interlaced PNG (what `pdftoppm -gray -png` writes). */
export function readGreyPng(data: Buffer): TGrey {
  if (data.readUInt32BE(0) !== 0x89504e47) throw new Error("Not a PNG");
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < data.length) {
    const length = data.readUInt32BE(pos);
    const type = data.toString("latin1", pos + 4, pos + 8);
    const body = data.subarray(pos + 8, pos + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 0 || body[12] !== 0) throw new Error("Only 8-bit grey, non-interlaced PNGs are read here");
    } else if (type === "IDAT") {
      idat.push(body);
    }
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)];
    const line = raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1));
    for (let x = 0; x < width; x++) {
      const a = x > 0 ? pixels[y * width + x - 1] : 0;
      const b = y > 0 ? pixels[(y - 1) * width + x] : 0;
      const c = x > 0 && y > 0 ? pixels[(y - 1) * width + x - 1] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`Unknown PNG filter ${filter}`);
      pixels[y * width + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

/** An 8-bit greyscale PNG of an image (filter "none" on every row; small enough for page thumbnails). */
export function writeGreyPng(image: TGrey): Buffer {
  const raw = Buffer.alloc((image.width + 1) * image.height);
  for (let y = 0; y < image.height; y++) raw.set(image.pixels.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, "latin1"), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed) >>> 0);
    return Buffer.concat([head, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Mean absolute difference of two same-sized images, as a share of full scale (0 = identical, 1 = inverted). */
export function meanDifference(a: TGrey, b: TGrey): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let sum = 0;
  for (let i = 0; i < a.pixels.length; i++) sum += Math.abs(a.pixels[i] - b.pixels[i]);
  return sum / a.pixels.length / 255;
}

/** How many dark pixels (below `threshold`) lie in a rectangle given in points, for a page rendered at `dpi`. */
export function darkPixels(image: TGrey, dpi: number, rect: { x0: number; y0: number; x1: number; y1: number }, threshold = 160): number {
  const scale = dpi / 72;
  const [x0, y0] = [Math.max(0, Math.floor(rect.x0 * scale)), Math.max(0, Math.floor(rect.y0 * scale))];
  const [x1, y1] = [Math.min(image.width, Math.ceil(rect.x1 * scale)), Math.min(image.height, Math.ceil(rect.y1 * scale))];
  let count = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (image.pixels[y * image.width + x] < threshold) count++;
  return count;
}
