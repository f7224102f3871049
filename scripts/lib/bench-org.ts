// The bench's generated organisation: the demo's settings, BSC and people, then `departments` departments
// with an OKR set each and `people` people with a personal set each (3 objectives × 3 KRs, two check-ins per KR).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generateOrg(root: string, people: number, departments: number): void {
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
  }
  for (let p = 1; p <= people; p++) {
    const id = `p${pad(p)}`;
    const dept = `d${pad(((p - 1) % departments) + 1, 2)}`;
    writeFileSync(join(root, 'people', `${id}.yaml`), `id: ${id}\nname: 员工${p}号\ndepartment: ${dept}\ntitle: 工程师\n`);
    writeFileSync(join(root, 'okrs', '2026', `${id}.mdx`), set(id, id, [0, 1, 2].map((o) => `${dept}/o${o + 1}`)));
  }
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

