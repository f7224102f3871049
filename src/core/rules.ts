import type { Severity } from './diagnostics.ts';
import { MAX_BRACKET_DEPTH, MAX_BRACKETS_PER_PARAGRAPH, MAX_CONTAINER_DEPTH, MAX_TAG_DEPTH } from './prose/limits.ts';
import { msg, type Msg } from './text.ts';

/**
 * Every diagnostic the check can report, by its permanent id: the catalogue the reporter, the lint,
 * settings.yaml `lint` and docs/rules.md all read. An id is never renamed or reused.
 */
export interface RuleInfo {
  group: RuleGroup;
  /** The severity it is reported with (by default, for a configurable rule). */
  severity: Severity;
  /** Some of its cases are reported with the other severity (a duplicate cause edge is only a warning). */
  mixed?: boolean;
  /** settings.yaml `lint` may change its severity or turn it off. */
  configurable?: boolean;
  /** What it means, in one sentence. */
  doc: Msg;
}

export type RuleGroup = 'files' | 'bodies' | 'fields' | 'names' | 'refs' | 'bsc' | 'periods' | 'lint';

/** The sections of docs/rules.md, in order. */
export const RULE_GROUPS: Record<RuleGroup, Msg> = {
  files: msg('YAML 与文件', 'YAML & files'),
  bodies: msg('正文与地址', 'Bodies & addresses'),
  fields: msg('字段', 'Fields'),
  names: msg('人员、名称与 id', 'People, names & ids'),
  refs: msg('引用与对齐', 'Refs & alignment'),
  bsc: msg('BSC', 'BSC'),
  periods: msg('周期、日期与进展', 'Periods, dates & check-ins'),
  lint: msg('OKR 质量检查', 'OKR quality lint'),
};

export const RULES = {
  'yaml-syntax': { group: 'files', severity: 'error', mixed: true, doc: msg('YAML 语法错误。', 'The YAML cannot be read.') },
  'yaml-limits': { group: 'files', severity: 'error', doc: msg('文件超出了检查器安全读取的范围：文件太大（settings.yaml limits.maxFileBytes）、嵌套太深、YAML 别名展开过大，或读取时出了意外；整个文件没有被读取。', 'A file beyond what the check reads safely: too large (settings.yaml limits.maxFileBytes), nested too deep, YAML aliases that expand too far, or an unexpected failure while reading; the file is not read.') },
  'invalid-encoding': { group: 'files', severity: 'error', doc: msg('文件不是 UTF-8 编码（例如用 GBK 或 UTF-16 保存）。', 'A file that is not UTF-8 (saved as GBK or UTF-16, for instance).') },
  'frontmatter': { group: 'files', severity: 'error', doc: msg('Markdown 文件的 frontmatter 缺失或没有结束。', 'A Markdown file has no frontmatter, or it does not end.') },
  'mdx-syntax': { group: 'files', severity: 'error', doc: msg('正文无法按 MDX 解析。', 'The body cannot be parsed as MDX.') },
  'unknown-file': { group: 'files', severity: 'error', mixed: true, doc: msg('不属于任何内容类型的文件。', 'A file that belongs to no content type.') },
  'missing-settings': { group: 'files', severity: 'error', doc: msg('缺少 `settings.yaml`。', 'settings.yaml is missing.') },
  'file-name': { group: 'files', severity: 'warning', doc: msg('文件名与内容不一致：人员或部门的文件名与 id 不同，或 OKR 集不在 `okrs/<周期>/<负责方>.mdx`。', 'A file name disagrees with its content: a person or department file not named by its id, or an OKR set outside okrs/<period>/<owner>.mdx.') },
  'body-code': { group: 'bodies', severity: 'error', doc: msg('正文里写了代码：MDX 的 import/export 或 {…} 表达式（{/* 注释 */} 除外）。', 'A body contains code: an MDX import/export or a {…} expression ({/* comments */} aside).') },
  'body-html': { group: 'bodies', severity: 'error', doc: msg('正文里写了门户不发布的 HTML：script、iframe、style、表单等元素，事件处理属性（on…），或 id、class、style 等属性。', 'A body contains HTML the portal does not publish: script, iframe, style, form and similar elements, event handlers (on…), or attributes such as id, class and style.') },
  'unsafe-url': { group: 'bodies', severity: 'error', doc: msg('地址不是 http:、https:、mailto: 或相对地址（如 javascript:、data:）；正文的链接与图片、HTML 属性和 settings.yaml 的 repository.url 都检查。', 'An address that is not http:, https:, mailto: or relative (javascript:, data: and the like), in body links and images, HTML attributes, or settings.yaml repository.url.') },
  'body-limits': { group: 'bodies', severity: 'error', doc: msg(`正文嵌套过深或链接过密：列表或引用超过 ${MAX_CONTAINER_DEPTH} 层、HTML 元素超过 ${MAX_TAG_DEPTH} 层、方括号超过 ${MAX_BRACKET_DEPTH} 层，或一段里超过 ${MAX_BRACKETS_PER_PARAGRAPH} 个方括号；这样的正文不被读取。`, `A body nests too deep or packs too many links: lists or quotes more than ${MAX_CONTAINER_DEPTH} levels, HTML elements more than ${MAX_TAG_DEPTH}, square brackets more than ${MAX_BRACKET_DEPTH}, or more than ${MAX_BRACKETS_PER_PARAGRAPH} brackets in one paragraph; such a body is not read.`) },
  'unknown-field': { group: 'fields', severity: 'error', doc: msg('未知字段。', 'A field the schema does not know.') },
  'missing-field': { group: 'fields', severity: 'error', doc: msg('缺少必填字段。', 'A required field is missing.') },
  'invalid-value': { group: 'fields', severity: 'error', doc: msg('值的类型或取值不对。', 'A value of the wrong type or outside the allowed values.') },
  'invalid-date': { group: 'fields', severity: 'error', doc: msg('日期无效，或日期先后不对。', 'A date that does not exist, or dates in the wrong order.') },
  'invalid-target': { group: 'fields', severity: 'error', doc: msg('目标写法无法识别，或与度量类型、基线矛盾。', 'A target that cannot be read, or that contradicts its measure type or baseline.') },
  'score-range': { group: 'fields', severity: 'error', doc: msg('分数或进度超出 0–1。', 'A score or progress outside 0–1.') },
  'weights-mixed': { group: 'fields', severity: 'error', doc: msg('同一层级只有部分项写了权重。', 'Only some items at one level have a weight.') },
  'visibility-conflict': { group: 'fields', severity: 'warning', doc: msg('非公开的目标或 OKR 集里，有一项写了 `visibility: public`；它仍然不公开。', 'An item inside a private objective or OKR set says visibility: public; it stays private.') },
  'unknown-rule': { group: 'fields', severity: 'error', doc: msg('`settings.yaml` 的 `lint` 中写了不存在的检查规则。', 'settings.yaml lint names a rule that does not exist.') },
  'invalid-id': { group: 'names', severity: 'error', doc: msg('id 的写法不对，或长于 64 个字符。', 'An id written the wrong way, or longer than 64 characters.') },
  'duplicate-id': { group: 'names', severity: 'error', mixed: true, doc: msg('同一个 id 定义了两次。', 'The same id is defined twice.') },
  'reserved-id': { group: 'names', severity: 'error', doc: msg('id 占用了站点的保留路径词。', 'An id takes a path word the site reserves.') },
  'unknown-person': { group: 'names', severity: 'error', doc: msg('找不到这个人。', 'No person has this name.') },
  'ambiguous-person': { group: 'names', severity: 'error', doc: msg('一个名字可能指不止一个人。', 'A name could mean more than one person.') },
  'unknown-mention': { group: 'names', severity: 'warning', configurable: true, doc: msg('@提及 不是任何人。', 'An @mention names no one.') },
  'unknown-owner': { group: 'names', severity: 'error', doc: msg('OKR 集的负责方既不是部门也不是人员。', 'The owner of an OKR set is neither the company, a department nor a person.') },
  'unknown-department': { group: 'names', severity: 'error', doc: msg('人员的 `department` 不是已有的部门 id。', "A person's department is not a department id.") },
  'invisible-character': { group: 'names', severity: 'error', mixed: true, doc: msg('文字里有不可见的字符（零宽字符、控制文字方向的字符、NUL 等）：在 id 和人员、部门的名称里是错误，在其他文字里是警告。', 'Text contains an invisible character (zero-width, a bidirectional control, NUL and the like): an error in ids and in the names of people and departments, a warning in other text.') },
  'mixed-script': { group: 'names', severity: 'warning', doc: msg('人员或部门名称的一个单词里混用了拉丁、西里尔、希腊字母中的两种（如 Wаng 里的西里尔字母 а），看起来像另一个名字。', 'A word of a person\'s or department\'s name mixes two of the Latin, Cyrillic and Greek alphabets (a Cyrillic а in Wаng), so it looks like another name.') },
  'manager-cycle': { group: 'names', severity: 'error', doc: msg('汇报关系形成了循环。', 'The reporting lines go round in a circle.') },
  'invalid-ref': { group: 'refs', severity: 'error', doc: msg('引用的写法不对。', 'A ref written the wrong way.') },
  'unknown-ref': { group: 'refs', severity: 'error', doc: msg('引用指向的东西不存在。', 'A ref points at something that does not exist.') },
  'cross-period': { group: 'refs', severity: 'error', doc: msg('对齐到了本周期和上级周期之外。', 'An alignment reaches outside its period and the enclosing ones.') },
  'alignment-cycle': { group: 'refs', severity: 'error', doc: msg('对齐关系形成了循环。', 'Alignments go round in a circle.') },
  'alignment-redundant': { group: 'refs', severity: 'warning', doc: msg('KR 对齐到了它所属的目标。', 'A KR aligns to its own objective.') },
  'bsc-weights': { group: 'bsc', severity: 'error', doc: msg('BSC 权重加起来不对。', 'BSC weights do not add up.') },
  'causal-cycle': { group: 'bsc', severity: 'warning', mixed: true, doc: msg('因果链形成了循环，或一条因果关系指向自身。', 'The causal chain loops, or a cause points at itself.') },
  'unknown-period': { group: 'periods', severity: 'error', doc: msg('周期不存在。', 'A period that does not exist.') },
  'period-cycle': { group: 'periods', severity: 'error', doc: msg('周期的 `parent` 链形成了循环。', "A period's parent chain loops.") },
  'period-outside-parent': { group: 'periods', severity: 'error', doc: msg('周期超出了它的上级周期。', 'A period falls outside its parent.') },
  'due-outside-period': { group: 'periods', severity: 'error', doc: msg('KR 的截止时间不在 OKR 集的周期之内。', "A KR's due date lies outside its OKR set's period.") },
  'checkin-date': { group: 'periods', severity: 'warning', doc: msg('进展的日期可疑。', 'A check-in date looks wrong.') },
  'checkin-value': { group: 'periods', severity: 'error', doc: msg('进展写的数值与度量类型不符。', "A check-in's number does not fit the measure type.") },
  'report-path': { group: 'periods', severity: 'error', doc: msg('周报不在 reports/<周期>/<负责方>/<日期>.md，或文件名不是日期。', 'A weekly report outside reports/<period>/<owner>/<date>.md, or a file name that is not a date.') },
  'report-date': { group: 'periods', severity: 'error', mixed: true, doc: msg('周报日期不在它的周期之内（错误），或在今天之后（警告）。', "A weekly report dated outside its period (error), or after today (warning).") },
  'report-week': { group: 'periods', severity: 'error', doc: msg('同一负责方同一周有两份周报。', 'Two weekly reports of one owner in one week.') },
  'report-sections': { group: 'periods', severity: 'warning', doc: msg('周报缺少 本周进展、风险同步和资源支持 或 下周计划 一节。', 'A weekly report without its 本周进展, 风险同步和资源支持 or 下周计划 section.') },
  'checkin-empty': { group: 'periods', severity: 'warning', doc: msg('进展没有任何内容。', 'A check-in says nothing.') },
  'objective-count': { group: 'lint', severity: 'warning', configurable: true, doc: msg('每个 OKR 集的目标数应在 lint.objectivesPerOwner 之内（默认 3–5：O 的建议数量为 3-5 个，聚焦高优）。',
    'An OKR set should have as many objectives as lint.objectivesPerOwner says (3–5 by default: focus on what matters most).') },
  'kr-count': { group: 'lint', severity: 'warning', configurable: true, doc: msg('每个目标的关键结果数应在 lint.keyResultsPerObjective 之内（默认 2–5：太少没抓手，太多没重点）。',
    'Each objective should have as many key results as lint.keyResultsPerObjective says (2–5 by default: too few leave gaps, too many lose focus).') },
  'objective-is-metric': { group: 'lint', severity: 'warning', configurable: true, doc: msg('目标不应写成带数字的指标（OKR 常见错误：O 写成了 KR）。', 'An objective should not carry a number target (a common OKR mistake: an O written as a KR).') },
  'kr-unmeasurable': { group: 'lint', severity: 'warning', configurable: true, doc: msg('关键结果必须可衡量（KR 是判断结果的工具，不是待办事项）。', 'A key result must be measurable (a KR judges a result; it is not a to-do).') },
  'placeholder-target': { group: 'lint', severity: 'warning', configurable: true, doc: msg('目标值、基线值或截止时间仍是占位符（X、xx、≥X、X万元、X月底），需要在评审前定下来；占位符从不当作数值计分。',
    'A target, baseline value or due date is still a placeholder (X, xx, ≥X, X万元, X月底) to be decided before the review; a placeholder is never scored as a value.') },
  'baseline-missing': { group: 'lint', severity: 'warning', configurable: true, doc: msg('相对目标（同比下降 10%、较去年 +5）与降低型目标要和基线比较；基线还没有数值时，KR 显示"无法计分：缺少基线"，写入数值后即可计分。',
    'A relative target (10% below last year, +5 on 2025) and a decrease are measured against a baseline; until its value is written the KR shows "cannot be scored: no baseline", and it is scored once the value is in.') },
  'kr-no-owner': { group: 'lint', severity: 'warning', configurable: true, doc: msg('公司和部门的关键结果需要写明负责人，才能回答"这个 KR 归谁"（个人 OKR 的负责人就是本人）。', 'A company or department key result names its owners, so "who owns this KR?" has an answer (a personal KR belongs to its person).') },
  'kr-no-due': { group: 'lint', severity: 'warning', configurable: true, doc: msg('关键结果要有时限（CRAFT 原则之 T：Time-bound）：写明截止日期或周期。', 'A key result is time-bound (CRAFT: T for time-bound): give a due date or a period.') },
  'objective-orphan': { group: 'lint', severity: 'warning', configurable: true, doc: msg('目标应对齐到上级：公司 OKR 或 BSC、部门目标（O 要与组织的使命、愿景、战略相关）；它和它的 KR 都没有写对齐时报告。公司 OKR 的目标是对齐树的顶端，只有存在 BSC 时才需要对齐到 BSC。',
    'An objective aligns to something above it: the company OKRs or the BSC, a department objective (every O relates to the company strategy); reported when neither it nor its KRs name anything. The company\'s objectives are the top of the tree and need an alignment only when a BSC exists.') },
  'department-no-lead': { group: 'lint', severity: 'warning', configurable: true, doc: msg('部门应写明负责人（leads），才能回答"这个部门归谁"；没写也能发布。', 'A department names its leads, so "who runs this department?" has an answer; it can be published without.') },
  'department-no-mission': { group: 'lint', severity: 'warning', configurable: true, doc: msg('部门应写一句使命（mission）：它今年为什么存在，OKR 从这里承接；没写也能发布。', 'A department states its mission in one sentence: why it exists this year, which its OKRs carry; it can be published without.') },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** The rules whose severity settings.yaml `lint` may set. */
export const CONFIGURABLE_RULES = RULE_IDS.filter((id) => (RULES[id] as RuleInfo).configurable);

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
