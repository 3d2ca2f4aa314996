/**
 * What an evidence file may be: a few document and image types, checked against the bytes
 * themselves (a declared type the content does not match is refused), within a size limit.
 */
import { InvalidInputError } from './contract.ts';

/** Uploads travel as base64 in a JSON body, which the server caps at 1 MiB: 700 KiB of file fit. */
export const EVIDENCE_MAX_BYTES = 700 * 1024;

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Readable UTF-8 text without NUL bytes or other control characters than tab and line breaks. */
function isText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Control characters other than tab, line feed and carriage return mark a binary file.
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return false;
  }
  return true;
}

/** Allowed types, each with the test its bytes must pass. */
export const EVIDENCE_TYPES: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  'application/pdf': (b) => startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2d),
  'image/png': (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  'image/jpeg': (b) => startsWith(b, 0xff, 0xd8, 0xff),
  'text/plain': isText,
  'text/csv': isText,
  'text/markdown': isText,
  'application/json': (b) => {
    if (!isText(b)) return false;
    try {
      JSON.parse(new TextDecoder().decode(b));
      return true;
    } catch {
      return false;
    }
  },
};

/** The media type without parameters (`text/plain; charset=utf-8` → `text/plain`). */
export function baseType(contentType: string): string {
  return contentType.split(';')[0]?.trim().toLowerCase() ?? '';
}

export function checkEvidence(fileName: string, contentType: string, bytes: Uint8Array): { fileName: string; contentType: string } {
  const name = [...fileName].map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('').trim();
  if (name === '' || name.length > 200) throw new InvalidInputError('/file/name', fileName, 'a file name of 1 to 200 characters');
  if (bytes.byteLength === 0) throw new InvalidInputError('/file', `${bytes.byteLength} bytes`, 'a file that is not empty');
  if (bytes.byteLength > EVIDENCE_MAX_BYTES) throw new InvalidInputError('/file', `${bytes.byteLength} bytes`, `a file of at most ${EVIDENCE_MAX_BYTES / 1024} KiB`);
  const type = baseType(contentType);
  const test = EVIDENCE_TYPES[type];
  if (!test) throw new InvalidInputError('/file/type', contentType, `one of ${Object.keys(EVIDENCE_TYPES).join(', ')}`);
  if (!test(bytes)) throw new InvalidInputError('/file', name, `content that is really ${type} (the file's bytes are of another kind)`);
  return { fileName: name, contentType: type };
}
