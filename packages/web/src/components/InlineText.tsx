/** Engine texts mark fact names with backticks (`product.markets`): shown as code, everything else as text. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split('`');
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}</>;
}
