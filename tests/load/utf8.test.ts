// Specification of decoding data files: strict UTF-8 whatever the chunk boundaries, a leading byte-order mark dropped.
import { describe, expect, it } from "vitest";
import { decodeUtf8, decodeUtf8Chunks, NotUtf8 } from "../../src/load/utf8.ts";

async function decodeIn(bytes: Buffer, chunkSize: number): Promise<string> {
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
  }
  let text = "";
  for await (const piece of decodeUtf8Chunks(chunks())) text += piece;
  return text;
}

const MIXED = "Kyiv — Київ, Tehran تهران, drones 🛩️ and \"quotes\".\n".repeat(3);

describe("decoding data files as UTF-8", () => {
  it("gives the same text whatever chunk size cuts the multi-byte characters", async () => {
    const bytes = Buffer.from(MIXED, "utf8");
    for (const size of [1, 2, 3, 5, 7, 64, bytes.length]) expect(await decodeIn(bytes, size)).toBe(MIXED);
  });

  it("drops a byte-order mark at the start of the file only", async () => {
    const bytes = Buffer.from(`\uFEFFid,label\nx,\uFEFFy\n`, "utf8");
    expect(await decodeIn(bytes, 2)).toBe("id,label\nx,\uFEFFy\n");
    expect(decodeUtf8(bytes)).toBe("id,label\nx,\uFEFFy\n");
  });

  it("refuses invalid bytes rather than replacing them", async () => {
    const bad = Buffer.concat([Buffer.from("ok\n"), Buffer.from([0xff, 0xfe]), Buffer.from("\n")]);
    await expect(decodeIn(bad, 4)).rejects.toBeInstanceOf(NotUtf8);
    expect(() => decodeUtf8(bad)).toThrow(NotUtf8);
  });

  it("refuses a file that ends in the middle of a character", async () => {
    const cut = Buffer.from("Київ", "utf8").subarray(0, 3);
    await expect(decodeIn(cut, 2)).rejects.toBeInstanceOf(NotUtf8);
    expect(() => decodeUtf8(cut)).toThrow(NotUtf8);
  });
});

describe("decoding data files as UTF-8, character by character", () => {
  // One text ending in a character of each encoded length: 2 bytes, 3 bytes (lead 0xe0), 4 bytes.
  const ENDINGS = ["Valdoria – Київ", "Port of Meridia ก", "flag 🛩"];
  for (const text of ENDINGS) {
    it(`keeps the last character of ${JSON.stringify(text)}, whatever the chunk size`, async () => {
      const bytes = Buffer.from(text, "utf8");
      for (const size of [1, 2, 3, bytes.length]) expect(await decodeIn(bytes, size)).toBe(text);
      expect(decodeUtf8(bytes)).toBe(text);
    });
  }

  it("hands on a chunk's text before judging a character its end cuts short", async () => {
    // 0xc0 is the lead of a two-byte character, which is never valid (overlong): the error comes with the next chunk.
    async function* chunks() {
      yield Buffer.from([...Buffer.from("ok\n"), 0xc0]);
      yield Buffer.from([0x80, 0x0a]);
    }
    const pieces: string[] = [];
    await expect(async () => {
      for await (const piece of decodeUtf8Chunks(chunks())) pieces.push(piece);
    }).rejects.toThrow("the file is not valid UTF-8 text");
    expect(pieces).toEqual(["ok\n"]);
  });

  it("hands text chunks on as they are, and never yields an empty piece", async () => {
    async function* chunks() {
      yield "id,label\n";
      yield Buffer.from([0xd0]);
      yield Buffer.from([0xb2, 0x0a]);
    }
    const pieces: string[] = [];
    for await (const piece of decodeUtf8Chunks(chunks())) pieces.push(piece);
    expect(pieces).toEqual(["id,label\n", "в\n"]);
  });
});
