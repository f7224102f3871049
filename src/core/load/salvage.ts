import { keyResultSchema, objectiveSchema, okrSetSchema, type KeyResultData, type ObjectiveData, type OkrSetData } from '../schemas/okr-set.ts';

/** Which objective and KR of the file each salvaged item was, so positions still point at the right lines. */
export interface SourceIndexes {
  objectives: number[];
  keyResults: number[][];
}

export interface Salvaged {
  data: OkrSetData;
  indexes: SourceIndexes;
  /** Ids (objective, or objective/kr) of the parts left out. */
  dropped: string[];
}

const headerSchema = okrSetSchema.omit({ objectives: true });
const objectiveHeaderSchema = objectiveSchema.omit({ keyResults: true });

/**
 * An OKR set that failed validation still has parts that are fine: keep every objective and KR that
 * validates on its own, so the rest of the file is checked in the same run. Its errors are already
 * reported; nothing here reports.
 */
export function salvageOkrSet(raw: unknown): Salvaged | undefined {
  const record = (raw ?? {}) as Record<string, unknown>;
  const { objectives: rawObjectives, ...rest } = record;
  const header = headerSchema.safeParse(rest);
  if (!header.success || !Array.isArray(rawObjectives)) return undefined;
  const objectives: ObjectiveData[] = [];
  const indexes: SourceIndexes = { objectives: [], keyResults: [] };
  const dropped: string[] = [];
  rawObjectives.forEach((rawObjective, i) => {
    const { keyResults: rawKrs, ...objectiveRest } = (rawObjective ?? {}) as Record<string, unknown>;
    const o = objectiveHeaderSchema.safeParse(objectiveRest);
    if (!o.success || !Array.isArray(rawKrs)) {
      dropped.push(String(objectiveRest.id ?? `#${i + 1}`));
      return;
    }
    const krs: KeyResultData[] = [];
    const krIndex: number[] = [];
    rawKrs.forEach((rawKr, j) => {
      const kr = keyResultSchema.safeParse(rawKr);
      if (kr.success) {
        krs.push(kr.data);
        krIndex.push(j);
      } else {
        dropped.push(`${o.data.id}/${String((rawKr as { id?: unknown } | null)?.id ?? `#${j + 1}`)}`);
      }
    });
    objectives.push({ ...o.data, keyResults: krs });
    indexes.objectives.push(i);
    indexes.keyResults.push(krIndex);
  });
  return { data: { ...header.data, objectives }, indexes, dropped };
}
