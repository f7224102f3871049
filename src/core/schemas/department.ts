import { z } from 'zod';
import { idSchema, peopleSchema, textSchema } from './common.ts';

export const departmentSchema = z.strictObject({
  /** ASCII slug, e.g. `market`; also the owner id of its OKR sets. */
  id: idSchema,
  /** e.g. 市场与增长部. */
  name: textSchema,
  nameEn: textSchema.optional(),
  /** 负责人: ids, names or aliases. Optional: a document that names no lead is valid (`department-no-lead`). */
  leads: peopleSchema.optional(),
  /** One sentence: what the department is for this year. Optional (`department-no-mission`); may @mention people. */
  mission: textSchema.optional(),
});

export type DepartmentData = z.output<typeof departmentSchema>;
export type DepartmentInput = z.input<typeof departmentSchema>;
