/**
 * A lenient order for versions without a declared scheme (firmware, device software): numeric
 * runs compare as numbers, letter runs as text, a missing part counts as zero, and a letter
 * run where the other version has a number sorts first (so `2.0rc1` < `2.0.1`).
 */
const TOKEN = /\d+|[a-z]+/g;

export function compareGeneric(a: string, b: string): number {
  const ta = a.trim().toLowerCase().replace(/^v(?=\d)/, '').match(TOKEN) ?? [];
  const tb = b.trim().toLowerCase().replace(/^v(?=\d)/, '').match(TOKEN) ?? [];
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === y) continue;
    const xn = x !== undefined && /^\d/.test(x);
    const yn = y !== undefined && /^\d/.test(y);
    if (x === undefined) return yn && Number(y) === 0 ? 0 : yn ? -1 : 1;
    if (y === undefined) return xn && Number(x) === 0 ? 0 : xn ? 1 : -1;
    if (xn && yn) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
      continue;
    }
    if (xn !== yn) return xn ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Whether the text looks like a version at all: a digit first, or after a short letter prefix (`v2`, `B.06.18`). */
export const looksLikeVersion = (v: string): boolean => /^[a-z]{0,3}[.-]?\d/i.test(v.trim());
