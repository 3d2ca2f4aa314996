/** The last resort for a code no label map knows yet: words, never hyphens. */
export function humanize(code: string): string {
  const words = code.replace(/[-_.]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** Looks a code up in a label map, falling back to words made from the code itself. */
export function labelFrom<K extends string>(map: Readonly<Record<K, string>>, code: string): string {
  return (map as Readonly<Record<string, string>>)[code] ?? humanize(code);
}
