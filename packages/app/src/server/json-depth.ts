/**
 * Nesting depth of a JSON text, counted without parsing it: a deeply nested document (thousands of
 * `[` in a few kilobytes) is cheap to send and costly for every recursive step after parsing —
 * validation, error reporting, serialisation — so it is refused before any of them runs.
 */

/** Deepest nesting any of our documents needs (profiles and incident cases stay below 12). */
export const MAX_JSON_DEPTH = 64;

/** True when `text` nests arrays/objects deeper than `limit`; brackets inside strings do not count. */
export function exceedsJsonDepth(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) depth--;
  }
  return false;
}
