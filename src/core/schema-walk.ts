import type { z } from 'zod';

type AnySchema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
}

function defOf(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strip wrappers (optional, default, preprocess, transform) down to the schema that holds the shape. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) s = defOf(def.in).type === 'transform' ? def.out : def.in;
    else return s;
  }
  return s;
}

/**
 * The field names an object accepts at `path` inside `schema`, following the data through unions,
 * so that an unknown field can be answered with the known ones.
 */
export function fieldsAt(schema: AnySchema, path: readonly PropertyKey[], data: unknown): string[] {
  let s = unwrap(schema);
  let value = data;
  for (const step of [...path, null]) {
    const def = defOf(s);
    if (def.type === 'union' && def.options) {
      const objects = def.options.map(unwrap).filter((o) => defOf(o).type === 'object');
      const match = pickOption(objects, value, def.discriminator);
      if (!match) return [];
      s = match;
    }
    if (step === null) break;
    const d = defOf(s);
    if (d.type === 'object' && d.shape && typeof step === 'string') s = unwrap(d.shape[step]);
    else if (d.type === 'array' && d.element) s = unwrap(d.element);
    else return [];
    value = (value as Record<PropertyKey, unknown> | undefined)?.[step as never];
  }
  const shape = defOf(s).shape;
  return shape ? Object.keys(shape) : [];
}

function pickOption(options: AnySchema[], value: unknown, discriminator?: string): AnySchema | undefined {
  const record = (value ?? {}) as Record<string, unknown>;
  if (discriminator) {
    return options.find((o) => {
      const lit = defOf(unwrap(defOf(o).shape![discriminator])) as Def & { values?: unknown[] };
      return lit.values?.includes(record[discriminator]);
    });
  }
  const keys = Object.keys(record);
  let best: AnySchema | undefined;
  let bestScore = -1;
  for (const o of options) {
    const score = keys.filter((k) => k in (defOf(o).shape ?? {})).length;
    if (score > bestScore) [best, bestScore] = [o, score];
  }
  return best;
}
