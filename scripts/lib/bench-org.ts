// The bench's generated organisation: the demo's settings, BSC and people, then `departments` departments
// with an OKR set each and `people` people with a personal set each (3 objectives × 3 KRs, two check-ins per KR);
// with `reports`, every set's owner also writes a weekly report each Friday of 2026 up to the bench's asOf, 2026-11-20
// (47 each; a later one would be a report from the future, which the check warns about).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportText } from './report-text.ts';

export function generateOrg(root: string, people: number, departments: number, options: { reports?: boolean } = {}): void {
  cpSync('content/settings.yaml', join(root, 'settings.yaml'));
  cpSync('content/bsc', join(root, 'bsc'), { recursive: true });
  cpSync('content/people', join(root, 'people'), { recursive: true });
  cpSync('content/departments', join(root, 'departments'), { recursive: true });
  mkdirSync(join(root, 'okrs', '2026'), { recursive: true });
  const metrics = ['clean-revenue', 'net-margin', 'complaint-rate', 'nps', 'sku-density', 'parttime-efficiency', 'ai-agent-uptime'];
  const pad = (n: number, w = 4) => String(n).padStart(w, '0');
  for (let d = 1; d <= departments; d++) {
    const id = `d${pad(d, 2)}`;
    const lead = `p${pad(d)}`;
    writeFileSync(join(root, 'departments', `${id}.md`), `---\nid: ${id}\nname: 部门${d}\nleads: [${lead}]\nmission: 部门${d}的使命。\n---\n`);
    writeFileSync(join(root, 'okrs', '2026', `${id}.mdx`), set(id, lead, [0, 1, 2].map((o) => `bsc/${metrics[(d + o) % metrics.length]}`)));
    if (options.reports) reports(root, id, lead, `员工${((d % people) + 1)}号`);
  }
  for (let p = 1; p <= people; p++) {
    const id = `p${pad(p)}`;
    const dept = `d${pad(((p - 1) % departments) + 1, 2)}`;
    writeFileSync(join(root, 'people', `${id}.yaml`), `id: ${id}\nname: 员工${p}号\ndepartment: ${dept}\ntitle: 工程师\n`);
    writeFileSync(join(root, 'okrs', '2026', `${id}.mdx`), set(id, id, [0, 1, 2].map((o) => `${dept}/o${o + 1}`)));
    if (options.reports) reports(root, id, id, `员工${(p % people) + 1}号`);
  }
}

const FRIDAYS = Array.from({ length: 47 }, (_, w) => new Date(Date.UTC(2026, 0, 2 + 7 * w)).toISOString().slice(0, 10));

/** A year of weekly reports for one set: every KR's value on its way from 70 towards its target, with a confidence. */
function reports(root: string, owner: string, author: string, helper: string): void {
  const dir = join(root, 'reports', '2026', owner);
  mkdirSync(dir, { recursive: true });
  FRIDAYS.forEach((friday, w) => {
    const values = [1, 2, 3].flatMap((o) => [1, 2, 3].map((k) => [`${owner}/o${o}/kr${k}`, {
      value: Math.round((70 + ((10 + k) * w) / 60) * 10) / 10,
      confidence: 0.5 + ((w + o + k) % 5) / 10,
      ...(k === 1 ? { note: `第${w + 1}周：完成最低分环节的复盘` } : {}),
    }] as [string, { value: number; confidence: number; note?: string }]));
    writeFileSync(join(dir, `${friday}.md`), reportText({
      author,
      values,
      progress: ['完成本周满意度抽样', `第${(w % 3) + 1}个方向的改进措施上线`],
      risks: w % 3 === 0 ? [`人手紧张，需要 @${helper} 协助排班`] : ['暂无需要协调的事项'],
      next: ['继续复盘最低分的三个环节'],
    }));
  });
}

function set(owner: string, person: string, parents: string[]): string {
  const objectives = parents.map((parent, o) => `  - id: o${o + 1}
    title: 第${o + 1}个方向：让客户更满意，让交付更健康
    alignsTo: [${parent}]
    keyResults:
${[1, 2, 3].map((k) => `      - id: kr${k}
        title: 关键结果${k}：满意度从 70 分提升到 ${80 + k} 分
        owners: [${person}]
        measure: { type: increase, unit: 分, baseline: 70, target: ${80 + k} }
        due: 2026-12-31
        actions: 每周复盘一次，找出最低分的三个环节并改进。
        checkins:
          - { date: 2026-06-30, value: ${72 + k}, note: 上半年进展, sample: true }
          - { date: 2026-10-31, value: ${75 + k}, note: 三季度进展, risks: 人手紧张, next: 招聘两人, sample: true }`).join('\n')}`).join('\n');
  return `---\nowner: ${owner}\nperiod: '2026'\nobjectives:\n${objectives}\n---\n本集合由基准测试生成。\n`;
}

