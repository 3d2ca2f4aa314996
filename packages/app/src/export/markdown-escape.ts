/** Markdown escaping shared by the reports. */

/** Escapes text for a Markdown table cell or line: backslashes, pipes, brackets, emphasis markers; line breaks become spaces. */
export function mdText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/([|*_`[\]<>#])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** A character that starts a block (heading, quote, list, rule, fence, table) when it opens a line. */
const BLOCK_START = /^(\s*)([-+=~>#*_|`]|\d+[.)])/;

/**
 * User text kept on its own lines: each line escaped as `mdText` and guarded so it cannot open a
 * block (a list, heading, quote or fence), joined by hard line breaks within one paragraph.
 */
export function mdLines(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => mdText(line).replace(BLOCK_START, (_, space: string, mark: string) => `${space}\\${mark}`))
    .join('\\\n');
}
