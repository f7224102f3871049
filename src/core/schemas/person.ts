import { z } from 'zod';
import { idSchema, personRefSchema, textSchema } from './common.ts';

export const personSchema = z.strictObject({
  /** ASCII slug, also the file name: `ma-changjiu`. */
  id: idSchema,
  /** 中文 name as colleagues write it: 马长久. */
  name: textSchema,
  /** Other names that @提及 may use: `Aaron姚涣`, `Aaron`. */
  aliases: z.array(textSchema).optional(),
  /** Department id. */
  department: idSchema.optional(),
  title: textSchema.optional(),
  /** The manager: id, name or alias. */
  manager: personRefSchema.optional(),
  email: z.email().optional(),
});

export type PersonData = z.output<typeof personSchema>;
export type PersonInput = z.input<typeof personSchema>;
