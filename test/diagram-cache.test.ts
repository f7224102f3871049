import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramCache } from '../src/integrations/diagram-cache.ts';

describe('diagram cache', () => {
  it('gives back what was drawn for a source, and nothing for another source or another renderer', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'okr-diagram-cache-')), 'cache');
    const cache = diagramCache(dir, 'mermaid 12.3.0, config A');
    expect(cache.get('flowchart LR\n a --> b')).toBeUndefined();
    cache.set('flowchart LR\n a --> b', '<svg>ab</svg>');
    expect(cache.get('flowchart LR\n a --> b')).toBe('<svg>ab</svg>');
    expect(cache.get('flowchart LR\n a --> c')).toBeUndefined();
    expect(diagramCache(dir, 'mermaid 12.3.0, config B').get('flowchart LR\n a --> b'), 'a changed renderer draws again').toBeUndefined();
    expect(readdirSync(dir).filter((f) => f.includes('partial')), 'no partial file is left').toEqual([]);
  });
});
