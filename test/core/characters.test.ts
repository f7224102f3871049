import { describe, expect, it } from 'vitest';
import { describeCodePoint, findInvisible, findMixedScript } from '../../src/core/characters.ts';

/** A small seeded generator, so the property-style loops below are the same on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const INVISIBLES = [
  0x00, 0x01, 0x07, 0x1b, 0x7f, 0x85, 0xad, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff, 0xe0041,
];
/** Visible text of the kinds content has: Chinese, Latin, digits, punctuation, spaces, emoji, line ends and tabs. */
const VISIBLE = [...'违规率降至以下销售部马长久Aaron Lisa 0123456789%：，。-_()[]{}\t\n👍😀'];

function visibleText(next: () => number, length: number): string {
  return Array.from({ length }, () => VISIBLE[Math.floor(next() * VISIBLE.length)]).join('');
}

describe('findInvisible', () => {
  it('finds nothing in visible text of every kind content has', () => {
    const next = random(1);
    for (let i = 0; i < 500; i++) expect(findInvisible(visibleText(next, 40))).toBeUndefined();
    expect(findInvisible('👩‍💻 团队 👨‍👩‍👧')).toBeUndefined();
    expect(findInvisible('می‌خواهم')).toBeUndefined();
  });

  it('finds any invisible character put anywhere in visible text, at its index, and counts them', () => {
    const next = random(2);
    for (let i = 0; i < 2000; i++) {
      const cp = INVISIBLES[Math.floor(next() * INVISIBLES.length)];
      const text = visibleText(next, Math.floor(next() * 30));
      // Not right after an emoji: a joiner there may be part of an emoji sequence.
      const at = text.length === 0 ? 0 : Math.floor(next() * text.length);
      const safe = (text.slice(0, at) + ' ').replace(/[\uD800-\uDFFF]+ $/, '');
      const written = `${safe}${String.fromCodePoint(cp)}x${String.fromCodePoint(cp)}`;
      const found = findInvisible(written);
      expect(found, `U+${cp.toString(16)} in ${JSON.stringify(written)}`).toEqual({ index: safe.length, codePoint: cp, count: 2 });
    }
  });

  it('reports a joiner that only hides a difference (between Chinese or Latin letters, or alone)', () => {
    expect(findInvisible('王\u200D五')?.codePoint).toBe(0x200d);
    expect(findInvisible('Wang\u200CWu')?.codePoint).toBe(0x200c);
    expect(findInvisible('\u200D')?.codePoint).toBe(0x200d);
  });

  it('names the character by code point and name', () => {
    expect(describeCodePoint(0x202e)).toEqual({ zh: 'U+202E（从右到左覆盖）', en: 'U+202E (right-to-left override)' });
    expect(describeCodePoint(0).zh).toBe('U+0000（空字符 NUL）');
    expect(describeCodePoint(0x1b).zh).toBe('U+001B（控制字符）');
    expect(describeCodePoint(0xe0041).en).toBe('U+E0041 (tag character)');
  });

  it('is linear: a megabyte of text is read in well under a second', () => {
    const text = '违规率降至 5% 以下，Lisa李四。'.repeat(60_000);
    const start = performance.now();
    expect(findInvisible(`${text}\u200B${text}`)?.index).toBe(text.length);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('findMixedScript', () => {
  it('finds a Cyrillic letter inside a Latin word, at its place in the name', () => {
    expect(findMixedScript('Wаng')).toMatchObject({ word: 'Wаng', base: 'Latin', other: 'Cyrillic', char: 'а', position: 2, index: 1 });
    expect(findMixedScript('Li Wаng')).toMatchObject({ word: 'Wаng', position: 5, index: 4 });
  });

  it('finds Latin with Greek, and Cyrillic with Greek', () => {
    expect(findMixedScript('Τeam')).toMatchObject({ base: 'Latin', other: 'Greek', char: 'Τ', position: 1 });
    expect(findMixedScript('Иοан')).toMatchObject({ base: 'Cyrillic', other: 'Greek', char: 'ο' });
  });

  it('leaves Chinese with Latin, whole words of one script, and scripts apart in different words alone', () => {
    for (const name of ['Aaron姚涣', 'Lisa李四', '马长久', 'Wang Wu', 'Иван', 'Ελένη', 'Иван Wang', 'José Müller', 'Wang五']) {
      expect(findMixedScript(name), name).toBeUndefined();
    }
  });

  it('finds every single lookalike swapped into a Latin name (property-style)', () => {
    const lookalikes = [...'аеорсухіοΑΒΕΗΙΚΜΝΟΡΤΧ'];
    const next = random(3);
    const names = ['Wang', 'Lisa', 'Aaron', 'Zhang', 'Market', 'Sales'];
    for (let i = 0; i < 500; i++) {
      const name = [...names[Math.floor(next() * names.length)]];
      const k = Math.floor(next() * name.length);
      name[k] = lookalikes[Math.floor(next() * lookalikes.length)];
      const written = `${name.join('')}${name.length > 3 ? '李' : ''}`;
      expect(findMixedScript(written), written).toMatchObject({ position: k + 1, char: name[k] });
    }
  });
});
