import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import type { RuleId } from './rules.ts';
import { fieldsAt } from './schema-walk.ts';
import { MAX_ID_LENGTH } from './schemas/common.ts';
import type { FieldPath, ParsedFile } from './source.ts';
import { didYouMean, join, msg, nearest, show, type Msg } from './text.ts';

type Issue = z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> };

/** Example values that make "add the field" a fix an editor can paste. */
const EXAMPLES: Record<string, string> = {
  id: 'o1', title: '提升获客质量，保障财务健康线', name: '马长久', owner: 'market', period: '2026', unit: "'%'",
  owners: '[马长久]', leads: '[马长久]', mission: '从"流量采购者"转型为"健康增长的驱动者"。', date: '2026-06-30',
  start: '2026-01-01', end: '2026-12-31', company: '喜播教育', currentPeriod: '2026', weight: '15', perspective: 'finance',
  definition: '每百万元现金流收入中的投诉订单金额', formula: '年总和', baseline: '1.2', target: '80', type: 'increase',
  measure: "{ type: increase, unit: '%', target: 80 }", steps: '[{ title: 完成 L1 重构, done: false }]',
  keyResults: '[{ id: kr1, title: … }]', objectives: '[{ id: o1, title: …, keyResults: […] }]', score: '0.7',
  perspectives: '[{ id: finance, name: 财务, weight: 30 }]', metrics: '[{ id: nps, name: 服务满意度, … }]',
  periods: "[{ id: '2026', name: 2026 年度, start: 2026-01-01, end: 2026-12-31 }]", value: '20', ref: 'refund-rate',
  op: "'>'", from: 'ai-agent-uptime', to: 'parttime-efficiency', kind: 'new', url: 'https://github.com/acme/okrs',
};

/** What the options of a field mean, where the option names alone do not say it. */
const VALUE_MEANINGS: Record<string, Msg> = {
  direction: msg('same：驱动指标变好时，结果指标也变好（默认；"变好"按各自的度量，投诉率下降也是变好）；opposite：驱动指标变好时，结果指标变差。',
    'same: when the driver gets better, so does the outcome (the default; "better" as each measure counts it, so a falling complaint rate is better); opposite: when the driver gets better, the outcome gets worse.'),
};

const TYPE_NAMES: Record<string, Msg> = {
  string: msg('文本', 'text'), number: msg('数字', 'a number'), boolean: msg('true 或 false', 'true or false'),
  array: msg('列表', 'a list'), object: msg('字段集合', 'a group of fields'), undefined: msg('空', 'nothing'),
};

function typeName(value: unknown): Msg {
  if (value === null) return msg('空值', 'null');
  return TYPE_NAMES[Array.isArray(value) ? 'array' : typeof value] ?? msg(typeof value, typeof value);
}

/** `objectives[o1].keyResults[kr2].measure.target`: list items are named by their id when they have one. */
export function describePath(path: FieldPath, data: unknown): string {
  let out = '';
  let value = data as unknown;
  for (const step of path) {
    const next = (value as Record<PropertyKey, unknown> | undefined)?.[step as never];
    if (typeof step === 'number') {
      const id = (next as { id?: unknown } | undefined)?.id;
      const name = typeof id === 'string' || typeof id === 'number' ? String(id) : String(step);
      // An overlong id (itself reported) is named by its start.
      out += `[${name.length > MAX_ID_LENGTH ? `${name.slice(0, 24)}…` : name}]`;
    } else {
      out += out ? `.${step}` : step;
    }
    value = next;
  }
  return out;
}

function where(field: string) {
  return field ? msg(`（位于 ${field}）`, ` in ${field}`) : msg('（位于顶层）', ' at the top level');
}

/** Validate a file's data, turning every zod issue into a diagnostic with a place, a cause and a fix. */
export function validateFile<S extends z.ZodType>(
  schema: S,
  file: ParsedFile,
): { data?: z.output<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return { data: result.data, diagnostics: [] };
  const issues = withoutTypoEchoes(flatten(result.error.issues as Issue[], []), schema, file.data);
  return { diagnostics: issues.flatMap((issue) => toDiagnostics(issue, schema, file)) };
}

const isMissing = (issue: Issue) => (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;

/** `titel: …` makes both "unknown field titel" and "missing title": keep the first, which names the fix. */
function withoutTypoEchoes(issues: Issue[], schema: z.ZodType, data: unknown): Issue[] {
  const echoes = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = fieldsAt(schema, issue.path, data);
    for (const key of issue.keys) for (const guess of nearest(key, known, 1)) echoes.add(JSON.stringify([...issue.path, guess]));
  }
  return issues.filter((i) => !(isMissing(i) && echoes.has(JSON.stringify(i.path))));
}

/** A union that failed every option reports the issues of the option that came closest. */
function flatten(issues: Issue[], prefix: PropertyKey[]): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && !('note' in issue) && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
      return flatten(closest as Issue[], path);
    }
    return [{ ...issue, path } as Issue];
  });
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(...issues.map((i) => (isMissing(i as Issue) ? 0 : i.path.length + 1)));
}

function toDiagnostics(issue: Issue, schema: z.ZodType, file: ParsedFile): Diagnostic[] {
  const path = issue.path as (string | number)[];
  const at = (p: FieldPath, part: 'key' | 'value' = 'value') => ({ file: file.path, ...file.locate(p, part) });
  const field = describePath(path, file.data);
  const key = String(path.at(-1) ?? '');

  if (issue.code === 'unrecognized_keys') {
    const known = fieldsAt(schema, path, file.data);
    return issue.keys.map((k) => ({
      ...at([...path, k], 'key'), severity: 'error' as const, rule: 'unknown-field',
      message: join(
        msg(`未知字段 "${k}"${where(describePath(path, file.data)).zh}。`, `Unknown field "${k}"${where(describePath(path, file.data)).en}.`),
        didYouMean(nearest(k, known, 1)),
        msg(`可用字段：${known.join(', ')}。`, `Known fields: ${known.join(', ')}.`),
      ),
    }));
  }
  if (isMissing(issue)) {
    const sample = key === 'title' && path.includes('keyResults') ? '违规率降至 5% 以下' : EXAMPLES[key];
    const example = sample ? `${key}: ${sample}` : `${key}: …`;
    return [{
      ...at(path), severity: 'error', rule: 'missing-field',
      message: msg(`缺少必填字段 ${field}。请添加，例如 ${example}`, `Missing required field ${field}. Add it, e.g. ${example}`),
    }];
  }
  const { rule, message } = describeIssue(issue, field, key);
  return [{ ...at(path), severity: 'error', rule, message }];
}

function describeIssue(issue: Issue, field: string, key: string): { rule: RuleId; message: Msg } {
  const found = show(issue.input);
  const invalid = (zh: string, en: string) => ({ rule: 'invalid-value' as const, message: msg(zh, en) });
  if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return { rule: 'invalid-value', message: notFinite(field, issue.input) };
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? msg(issue.expected, issue.expected);
      const got = typeName(issue.input);
      const fix = typeFix(issue.expected, issue.input, key);
      return invalid(
        `${field} 应为${expected.zh}，实际是 ${found}（${got.zh}）。${fix.zh}`,
        `${field} should be ${expected.en}, found ${found} (${got.en}). ${fix.en}`.trim(),
      );
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const hint = didYouMean(nearest(String(issue.input), values, 1));
      return {
        rule: 'invalid-value',
        message: join(
          msg(`${field} 的值 ${found} 不可用，可选值：${values.join('、')}。`, `${field} is ${found}, which is not one of ${values.join(', ')}.`),
          hint,
          VALUE_MEANINGS[key] ?? msg('', ''),
        ),
      };
    }
    case 'invalid_union': {
      if ('note' in issue && 'discriminator' in issue) {
        const written = (issue.input as Record<string, unknown> | undefined)?.[String(issue.discriminator)];
        const options = (issue as unknown as { options: unknown[] }).options.map(String);
        return {
          rule: 'invalid-value',
          message: join(
            msg(`${field} 的值 ${show(written)} 不可用，可选值：${options.join('、')}。`, `${field} is ${show(written)}, which is not one of ${options.join(', ')}.`),
            didYouMean(nearest(String(written), options, 1)),
          ),
        };
      }
      return invalid(`${field} 的写法无法识别：${found}。`, `${field} has a shape that is not recognised: ${found}.`);
    }
    case 'too_small':
    case 'too_big':
      return sizeIssue(issue, field, key, found);
    case 'invalid_format':
      return invalid(`${field} 的格式不对：${found}（应为 ${issue.format}）。`, `${field} is not a valid ${issue.format}: ${found}.`);
    case 'custom':
      return customIssue(String(issue.params?.kind ?? ''), issue, field, found);
    default:
      return invalid(`${field}：${issue.message}`, `${field}: ${issue.message}`);
  }
}

/** YAML reads .nan, .inf and numbers too large for a double (1e309) as NaN and ∞. */
function notFinite(field: string, value: number): Msg {
  const what = Number.isNaN(value)
    ? msg('NaN（.nan，"不是数字"）', 'NaN (.nan, "not a number")')
    : msg(`${value < 0 ? '-' : ''}∞（.inf，或大到超出范围的数，如 1e309）`, `${value < 0 ? '-' : ''}∞ (.inf, or a number too large to hold, such as 1e309)`);
  return msg(`${field} 是 ${what.zh}：NaN 和 ∞ 不是可以计分的数。请写一个有限的数，例如 80。`,
    `${field} is ${what.en}: NaN and ∞ are not numbers you can score. Write a finite number, e.g. 80.`);
}

function typeFix(expected: string, input: unknown, key: string): Msg {
  if (expected === 'number' && typeof input === 'string' && /\d/.test(input)) {
    return key === 'weight'
      ? msg('权重只写数字：60% 写作 60。', 'Write weights as plain numbers: 60% is written 60.')
      : msg('请只写数字，单位由 unit 字段给出（20% 写作 20）。', 'Write the number alone; the unit field carries the unit (20% is written 20).');
  }
  if (expected === 'number' && typeof input === 'string') {
    return msg('请用阿拉伯数字书写，例如 60。', 'Write it in digits, e.g. 60.');
  }
  if (expected === 'array') return msg('请写成列表：[甲, 乙]，或每行一项、以 "- " 开头。', 'Write a list: [a, b], or one item per line starting with "- ".');
  if (expected === 'object') return msg('请在下一行缩进写出子字段。', 'Write its fields on the following lines, indented.');
  return msg('', '');
}

function sizeIssue(issue: Issue, field: string, key: string, found: string) {
  const i = issue as Issue & { origin: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean };
  const limit = Number(i.minimum ?? i.maximum);
  const small = issue.code === 'too_small';
  let rule: RuleId = 'invalid-value';
  let message: Msg;
  if (i.origin === 'array') {
    message = small
      ? msg(`${field} 至少需要 ${limit} 项，实际只有 ${(issue.input as unknown[]).length} 项。`, `${field} needs at least ${limit} item(s), found ${(issue.input as unknown[]).length}.`)
      : msg(`${field} 最多 ${limit} 项。`, `${field} allows at most ${limit} item(s).`);
  } else if (i.origin === 'string') {
    message = msg(`${field} 不能为空。`, `${field} must not be empty.`);
  } else if (key === 'confidence' && limit <= 1) {
    rule = 'score-range';
    const n = Number(issue.input);
    const guess = n > 1 && n <= 10 ? n / 10 : n > 10 && n <= 100 ? n / 100 : undefined;
    message = join(
      msg(`${field} 是 ${found}，但信心指数写作 0 到 1 之间的数（1 为确信能达成，0.5 为一半把握）。`, `${field} is ${found}, but confidence is written between 0 and 1 (1: sure to make it, 0.5: even odds).`),
      guess !== undefined ? msg(`是不是想写 ${guess}？`, `Did you mean ${guess}?`) : msg('', ''),
    );
  } else if ((key === 'score' || key === 'progress' || key === 'by' || key === 'to') && limit <= 1) {
    rule = 'score-range';
    const n = Number(issue.input);
    const guess = n > 1 && n <= 10 ? n / 10 : n > 10 && n <= 100 ? n / 100 : undefined;
    message = join(
      msg(`${field} 是 ${found}，但分数与进度必须在 0 到 1 之间（0.7 为理想区间）。`, `${field} is ${found}, but scores and progress are between 0 and 1 (0.7 is the sweet spot).`),
      guess !== undefined ? msg(`是不是想写 ${guess}？`, `Did you mean ${guess}?`) : msg('', ''),
    );
  } else if (small) {
    const bound = i.inclusive === false ? '>' : '≥';
    message = msg(`${field} 必须 ${bound} ${limit}，实际是 ${found}。`, `${field} must be ${bound} ${limit}, found ${found}.`);
  } else {
    message = msg(`${field} 必须 ≤ ${limit}，实际是 ${found}。`, `${field} must be ≤ ${limit}, found ${found}.`);
  }
  return { rule, message };
}

function customIssue(kind: string, issue: Issue, field: string, found: string): { rule: RuleId; message: Msg } {
  const p = issue.params ?? {};
  const r = (rule: RuleId, zh: string, en: string) => ({ rule, message: msg(zh, en) });
  switch (kind) {
    case 'id-length': {
      const written = String(issue.input ?? '');
      return r('invalid-id', `${field} 最长 ${MAX_ID_LENGTH} 个字符，这个有 ${p.length} 个。请缩短，例如 ${shortId(written)}；id 会成为网址和文件名的一部分。`,
        `${field} is at most ${MAX_ID_LENGTH} characters long; this one has ${p.length}. Shorten it, e.g. ${shortId(written)}; the id becomes part of addresses and file names.`);
    }
    case 'slug': {
      const fixed = slugify(String(issue.input ?? ''));
      const hint = fixed ? msg(`可改为 ${fixed}。`, `Use ${fixed} instead.`) : msg('', '');
      return r('invalid-id', `${field} 是 ${found}，但 id 只能用小写英文字母、数字和短横线，例如 ma-changjiu、market、o1。${hint.zh}`,
        `${field} is ${found}, but ids use lowercase ASCII letters, digits and dashes only, e.g. ma-changjiu, market, o1. ${hint.en}`.trim());
    }
    case 'date':
      return r('invalid-date', `${field} 是 ${found}，不是有效日期。请写成 YYYY-MM-DD，例如 2026-03-31。`,
        `${field} is ${found}, which is not a real date. Write YYYY-MM-DD, e.g. 2026-03-31.`);
    case 'due':
      return r('invalid-date', `${field} 是 ${found}：请写日期（2026-03-31）、周期 id（2026-q1），或尚未确定时写占位 X月底。`,
        `${field} is ${found}: write a date (2026-03-31), a period id (2026-q1), or the placeholder X月底 while it is undecided.`);
    case 'step-due':
      return r('invalid-date', `${field} 是 ${found}：请写日期（2026-03-31），或尚未确定时写占位 X月底。`,
        `${field} is ${found}: write a date (2026-03-31), or the placeholder X月底 while it is undecided.`);
    case 'ref':
      return r('invalid-ref', `${field} 是 ${found}，不符合引用格式。请写 bsc/<指标>、<负责方>/<目标> 或 <负责方>/<目标>/<KR>，跨周期加前缀 2026:，例如 bsc/nps、market/o1/kr2。`,
        `${field} is ${found}, which is not a ref. Write bsc/<metric>, <owner>/<objective> or <owner>/<objective>/<kr>, with a period prefix like 2026: across periods, e.g. bsc/nps, market/o1/kr2.`);
    case 'target':
      return r('invalid-target', `${field} 是 ${found}，无法识别为目标。可写：80（达到的值）、-10%（相对基线下降 10%）、+50%（提升 50%）、+5（相对基线增加 5 个单位），或尚未确定时写占位 X、≥X、X万元、X%。单位写在 unit 中，不写在目标里。`,
        `${field} is ${found}, which is not a target. Write 80 (the value to reach), -10% (10% below the baseline), +50%, +5 (units above the baseline), or a placeholder while undecided: X, ≥X, X万元, X%. The unit goes in unit, not in the target.`);
    case 'self-factor': {
      const n = Number(issue.input);
      const guess = n >= 0 && n <= 1 ? Math.max(1, Math.round(n * 5)) : n > 5 && n <= 10 ? Math.round(n / 2) : n > 10 && n <= 100 ? Math.max(1, Math.round(n / 20)) : undefined;
      const hint = guess !== undefined && guess !== n ? msg(`是不是想写 ${guess}？`, ` Did you mean ${guess}?`) : msg('', '');
      return r('invalid-value', `${field} 是 ${found}，但完成程度、困难程度、努力程度按 1 到 5 的整数打分（1 最低，5 最高）；0–1 的分数写在 score 中。${hint.zh}`,
        `${field} is ${found}, but completion, difficulty and effort are whole numbers from 1 to 5 (1 lowest, 5 highest); the 0–1 score goes in score.${hint.en}`);
    }
    case 'baseline-value':
      return r('invalid-value', `${field} 是 ${found}：基线值请只写数字（1300），尚未确定时写占位 X；"去年"这样的说明写在 label 中。`,
        `${field} is ${found}: write the baseline value as a number (1300), or the placeholder X while unknown; a description such as 去年 goes in label.`);
    case 'baseline-empty':
      return r('missing-field', `${field} 既没有 value 也没有 label。请写基线数值，例如 { value: 1300, label: 去年 }；数值未知时只写 label: 去年。`,
        `${field} has neither value nor label. Write the baseline value, e.g. { value: 1300, label: 去年 }; while the value is unknown write only label: 去年.`);
    case 'guardrail-relative':
      return r('invalid-target', `${field}：at-least / at-most 是底线，目标必须是具体数值（例如 10），不能是相对变化。`,
        `${field}: at-least / at-most are guardrails and need a plain value (e.g. 10), not a relative change.`);
    case 'target-direction': {
      const written = String(p.written);
      const flipped = written.startsWith('+') ? `-${written.slice(1)}` : `+${written.slice(1)}`;
      return r('invalid-target', `${field} 写的是 ${written}，方向与 ${p.type} 相反：${p.type === 'decrease' ? 'decrease 请写' : 'increase 请写'} ${flipped}；若方向本身写反了，请改 type。`,
        `${field} is ${written}, which points the wrong way for ${p.type}: write ${flipped}, or change the type if the direction is what is wrong.`);
    }
    case 'change-of-zero':
      return r('invalid-target', `${field}：基线为 0 时百分比变化没有意义。请写目标值或单位增量（+5）。`,
        `${field}: a percentage change of a zero baseline means nothing. Write a value or a change in units (+5).`);
    case 'target-vs-baseline':
      return r('invalid-target', `${field} 是 ${found}，基线是 ${p.baseline}：${p.type === 'increase' ? 'increase 的目标必须高于基线' : 'decrease 的目标必须低于基线'}。若方向反了，请改 type。`,
        `${field} is ${found} against a baseline of ${p.baseline}: ${p.type === 'increase' ? 'an increase target must be above the baseline' : 'a decrease target must be below the baseline'}. If the direction is wrong, change the type.`);
    case 'lag':
      return r('invalid-value', `${field} 是 ${found}：滞后以周计，请写 0 到 ${p.max} 的整数，例如 lag: 4（驱动指标变化 4 周后，结果指标才跟着变）；不写即 0（同一周）。`,
        `${field} is ${found}: a lag counts weeks, so write a whole number from 0 to ${p.max}, e.g. lag: 4 (the outcome follows the driver 4 weeks later); without it the lag is 0 (the same week).`);
    case 'count-range': {
      const [min, max] = Array.isArray(issue.input) ? issue.input : [];
      if (p.problem === 'order') {
        return r('invalid-value', `${field} 是 ${found}：最少（${min}）大于最多（${max}）。请写成 [最少, 最多]，即 [${max}, ${min}]。`,
          `${field} is ${found}: the minimum (${min}) is above the maximum (${max}). Write [min, max], i.e. [${max}, ${min}].`);
      }
      if (p.problem === 'integers') {
        return r('invalid-value', `${field} 是 ${found}：最少与最多都必须是正整数（1、2、3…），例如 [3, 5]。`,
          `${field} is ${found}: both the minimum and the maximum must be whole numbers of at least 1, e.g. [3, 5].`);
      }
      return r('invalid-value', `${field} 是 ${found}：请写成 [最少, 最多] 两个数的列表，例如 [3, 5]（不是 3-5）。`,
        `${field} is ${found}: write a list of two numbers, [min, max], e.g. [3, 5] (not 3-5).`);
    }
    default:
      return r('invalid-value', `${field}：${issue.message}`, `${field}: ${issue.message}`);
  }
}

/** A short id to suggest for a long one: its first words, up to about 24 characters. */
function shortId(written: string): string {
  const slug = slugify(written) || 'id';
  let out = '';
  for (const word of slug.split('-')) {
    if (out && out.length + word.length + 1 > 24) break;
    out = out ? `${out}-${word}` : word;
  }
  return out.slice(0, 24).replace(/-$/, '');
}

/** A written id turned into the slug it probably meant: `Wang Wu` → `wang-wu`. */
function slugify(written: string): string {
  return written.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
}
