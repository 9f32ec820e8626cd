import { describe, expect, it } from "vitest";

import { darkPixels, meanDifference, readGreyPng, readPgm, writeGreyPng, type TGrey } from "./test-images";

function image(width: number, height: number, pixel: (x: number, y: number) => number): TGrey {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = pixel(x, y);
  return { width, height, pixels };
}

describe("the PDF tests' image helpers", () => {
  const picture = image(37, 23, (x, y) => (x * 7 + y * 13) % 256);

  it("writes a grey PNG and reads it back unchanged", () => {
    expect(readGreyPng(writeGreyPng(picture))).toEqual(picture);
  });

  it("reads a binary PGM", () => {
    const pgm = Buffer.concat([Buffer.from("P5\n# made by a test\n37 23\n255\n"), Buffer.from(picture.pixels)]);
    expect(readPgm(pgm)).toEqual(picture);
  });

  it("measures the mean difference as a share of full scale", () => {
    const white = image(10, 10, () => 255);
    const black = image(10, 10, () => 0);
    expect(meanDifference(white, white)).toBe(0);
    expect(meanDifference(white, black)).toBe(1);
    expect(meanDifference(white, image(5, 5, () => 255))).toBe(1);
  });

  it("counts dark pixels in a rectangle given in points", () => {
    // At 72 dpi a point is a pixel: one dark pixel at (3, 4).
    const page = image(10, 10, (x, y) => (x === 3 && y === 4 ? 0 : 255));
    expect(darkPixels(page, 72, { x0: 0, y0: 0, x1: 10, y1: 10 })).toBe(1);
    expect(darkPixels(page, 72, { x0: 5, y0: 0, x1: 10, y1: 10 })).toBe(0);
  });
});
