// View models hand components text with its @提及 already resolved (links, unknown, plain), and
// departments without a lead or a mission as absent, not empty.
import { describe, expect, it } from 'vitest';
import { scoreOrganisation } from '../../src/core/index.ts';
import { departmentView } from '../../src/core/views/department-view.ts';
import { departmentDirectory } from '../../src/core/views/directory-view.ts';
import { Lookup } from '../../src/core/views/lookup.ts';
import { mentionText, plainText } from '../../src/core/views/mention-text.ts';
import { metricView } from '../../src/core/views/metric-view.ts';
import { okrSetView } from '../../src/core/views/okr-set-view.ts';
import { baseFiles, caseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

function lookupOf(files: ReturnType<typeof caseFiles>) {
  const { org, diagnostics } = loadBase(files);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Lookup(org!, scoreOrganisation(org!));
}

describe('mentionText', () => {
  const look = lookupOf(baseFiles());

  it('links a person to their page, marks an unknown mention, keeps the rest as written', () => {
    expect(mentionText(look, '由 @张三 把关，打法@产品主管，@Lisa李四(李四)')).toEqual([
      { kind: 'text', text: '由 ' },
      { kind: 'person', text: '@张三', href: '/people/zhang-san/', name: '张三' },
      { kind: 'text', text: ' 把关，打法' },
      { kind: 'unknown', text: '@产品主管' },
      { kind: 'text', text: '，' },
      { kind: 'person', text: '@Lisa李四', href: '/people/li-si/', name: '李四' },
      { kind: 'text', text: '(李四)' },
    ]);
  });

  it('gives back the text as written', () => {
    const text = '由 @张三负责，KR1@王五 复核，a@b.com';
    expect(plainText(mentionText(look, text))).toBe(text);
    expect(mentionText(look, text).filter((r) => r.kind !== 'text')).toEqual([
      { kind: 'unknown', text: '@张三负责' },
      { kind: 'person', text: '@王五', href: '/people/wang-wu/', name: '王五' },
    ]);
  });
});

describe('okrSetView', () => {
  const look = lookupOf(caseFiles('warn-unknown-mention-in-fields'));
  const view = okrSetView(look, look.sets.get('2026-q1:li-si')!);
  const [o1, , o3] = view.objectives;
  const kinds = (runs: { kind: string; text: string }[] | undefined) => runs?.filter((r) => r.kind !== 'text').map((r) => `${r.kind} ${r.text}`);

  it('resolves mentions in objective and KR titles, keeping the plain title for labels', () => {
    expect(kinds(o3.keyResults[0].titleText)).toEqual(['unknown @王伍']);
    expect(o3.keyResults[0].title).toBe('话术库 30 条 @王伍');
    expect(o1.titleText).toEqual([{ kind: 'text', text: '让合规成为习惯' }]);
  });

  it('resolves mentions in descriptions, actions, steps and check-ins', () => {
    expect(kinds(o1.description)).toEqual(['unknown @产品主管', 'person @张三']);
    expect(kinds(o1.keyResults[1].actions)).toEqual(['unknown @张三负责抽检', 'person @王五']);
    expect(kinds(o1.keyResults[0].steps![0].title)).toEqual(['unknown @法务主管']);
    const [checkin] = o1.keyResults[1].checkins;
    expect(plainText(checkin.note!)).toBe('抽检上线');
    expect(kinds(checkin.next)).toEqual(['person @Lisa李四']);
    expect(checkin.risks).toBeUndefined();
  });
});

describe('departments without a lead or a mission', () => {
  const files = withFile(caseFiles('warn-department-no-lead'), 'departments/sales.md', (t) => replaceOnce(t, 'mission: 从"收割者"转型为"价值传递者"。\n', ''));
  const look = lookupOf(files);

  it('have no leads and no mission on their page and in the directory', () => {
    const view = departmentView(look, 'sales');
    expect(view.leads).toEqual([]);
    expect(view.mission).toBeUndefined();
    expect(view.hasBody).toBe(false);
    expect(departmentDirectory(look)[0]).toMatchObject({ id: 'sales', leads: [], mission: undefined });
  });

  it('leave the OKR set header without leads or mission', () => {
    const set = okrSetView(look, look.sets.get('2026:sales')!);
    expect(set.owner.leads).toEqual([]);
    expect(set.owner.mission).toBeUndefined();
  });

  it('a department with both shows them, its mission resolved, and knows it has a body', () => {
    const view = departmentView(lookupOf(caseFiles('ok-mentions-exact')), 'sales');
    expect(view.leads.map((p) => p.id)).toEqual(['zhang-san']);
    expect(view.mission?.filter((r) => r.kind === 'person')).toEqual([{ kind: 'person', text: '@张三', href: '/people/zhang-san/', name: '张三' }]);
    expect(view.hasBody).toBe(true);
  });
});

describe('metricView', () => {
  it('resolves mentions in the definition and the rationale', () => {
    const files = withFile(baseFiles(), 'bsc/2026.mdx', (t) => t.replace(/^(\s+)definition: (.*)$/m, '$1definition: $2，@张三 口径\n$1rationale: 由 @财务主管 确认'));
    const look = lookupOf(files);
    const metric = look.org.bscs[0].metrics[0];
    const view = metricView(look, '2026', metric.id);
    expect(view.definition.filter((r) => r.kind !== 'text')).toEqual([{ kind: 'person', text: '@张三', href: '/people/zhang-san/', name: '张三' }]);
    expect(view.rationale).toEqual([{ kind: 'text', text: '由 ' }, { kind: 'unknown', text: '@财务主管' }, { kind: 'text', text: ' 确认' }]);
  });
});
