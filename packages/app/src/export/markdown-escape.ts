/** Markdown escaping shared by the reports. */

/** Escapes text for a Markdown table cell or line: backslashes, pipes, brackets, emphasis markers; line breaks become spaces. */
export function mdText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/([|*_`[\]<>#])/g, '\\$1').replace(/\r?\n/g, ' ');
}
