// The hostile corpus: every family's cases, in one list (names unique, checked by corpus.test.ts).
import type { Family, HostileCase } from './case.ts';
import { cases as bodies } from './families/bodies.ts';
import { cases as encodings } from './families/encodings.ts';
import { cases as ids } from './families/ids.ts';
import { cases as numbers } from './families/numbers.ts';
import { cases as refs } from './families/refs.ts';
import { cases as sizes } from './families/sizes.ts';
import { cases as structure } from './families/structure.ts';
import { cases as text } from './families/text.ts';
import { cases as urls } from './families/urls.ts';
import { cases as yaml } from './families/yaml.ts';

export const BY_FAMILY: Record<Family, HostileCase[]> = { yaml, refs, ids, urls, bodies, sizes, encodings, text, numbers, structure };

export const CORPUS: HostileCase[] = Object.values(BY_FAMILY).flat();
