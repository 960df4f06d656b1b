// decode: bytes → text. Detects BOMs, validates UTF-8, falls back to a detected legacy
// encoding (with a warning), and refuses empty or binary input. It does not clean text.
import chardet from "chardet";
import iconv from "iconv-lite";
import { InputError } from "../../pipeline/errors.js";
import { defineComponent } from "../../pipeline/component.js";

/** Share of control characters above which text is taken for binary (calibrated: real scrapes stay under 0.1%). */
const MAX_CONTROL_CHAR_RATIO = 0.02;

/** Magic numbers of binary formats people mistake for text (images, PDF, archives, office files). */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: "ZIP archive (or office document)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "WebP/RIFF file", bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: "ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** An HTML page's own <meta charset> (or http-equiv) declaration. */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

export interface Decoded {
  text: string;
  encoding: string;
  /** True when the text was not valid UTF-8 and a detected encoding was used. */
  fallback: boolean;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError("empty file");
  const signature = BINARY_SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) throw new InputError(`binary file (${signature.name}), not text`);

  const decoded = decodeWithBom(bytes) ?? decodeUtf8(bytes) ?? decodeLegacy(bytes);
  const text = decoded.text.replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new InputError("empty file (only white space)");
  if (controlCharRatio(text) > MAX_CONTROL_CHAR_RATIO) throw new InputError("binary file (control characters), not text");
  return { ...decoded, text };
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decodeUtf8Strict(bytes.subarray(3)) ?? new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", fallback: false };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", fallback: false };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", fallback: false };
  return null;
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array): Decoded | null {
  const text = decodeUtf8Strict(bytes);
  return text === null ? null : { text, encoding: "utf-8", fallback: false };
}

/** Not UTF-8: trust chardet among single-byte encodings, else Windows-1252 (a superset of Latin-1 for text). */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const declared = DECLARED_CHARSET.exec(Buffer.from(bytes.subarray(0, 4096)).toString("latin1"))?.[1]?.toLowerCase();
  const detected = declared && declared !== "utf-8" ? declared : chardet.detect(bytes)?.toLowerCase() ?? "";
  const encoding = detected && !detected.startsWith("utf") && iconv.encodingExists(detected) ? detected : "windows-1252";
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding, fallback: true };
}

function controlCharRatio(text: string): number {
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12) || c === 0xfffd) control++;
  }
  return control / Math.max(1, sample.length);
}

export const decode = defineComponent({
  name: "decode",
  description: "bytes to text: BOM, UTF-8 check, legacy-encoding fallback; refuses empty and binary input",
  requires: [],
  assigns: ["text", "encoding"],
  run(doc, ctx) {
    const decoded = decodeBytes(doc.input.bytes);
    if (decoded.fallback) ctx.warn(`not valid UTF-8; decoded as ${decoded.encoding}`);
    return { text: decoded.text, encoding: decoded.encoding };
  },
});
