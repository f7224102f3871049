/** Dice similarity of two texts over their character pairs (字对), ignoring punctuation and @mentions: 0–1. */
export function similarity(a: string, b: string): number {
  const x = pairs(a);
  const y = pairs(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const p of x) if (y.has(p)) shared++;
  return (2 * shared) / (x.size + y.size);
}

function pairs(text: string): Set<string> {
  const clean = text.replace(/@[\p{Script=Han}\p{L}\p{N}_·-]+/gu, ' ').replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, ' ').toLowerCase();
  const out = new Set<string>();
  for (const word of clean.split(' ')) for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
  return out;
}
