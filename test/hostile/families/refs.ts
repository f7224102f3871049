// Refs: alignments, owners and managers that are not what they claim, loops, and names that are
// properties of every JavaScript object.
import { BSC, edit, errorAt, LISI, q, SALES, ZHANG, type HostileCase } from '../case.ts';

const family = 'refs';
const ALIGN = '    alignsTo: [bsc/nps]';

/** `alignsTo` of sales o1 (line 8) written as `value` (YAML). */
function align(name: string, value: string, errors: string[]): HostileCase {
  const files = { [SALES]: edit(SALES, ALIGN, `    alignsTo: ${value}`) };
  return { name: `refs-${name}`, family, files, expect: errorAt(files, SALES, 'alignsTo: ' + value.slice(0, 8), errors) };
}
const one = (name: string, ref: string, errors: string[]) => align(name, `[${q(ref)}]`, errors);

export const cases: HostileCase[] = [
  one('empty', '', ['invalid-ref']),
  one('blank', '   ', ['invalid-ref']),
  one('dot-dot', '../../etc/passwd', ['invalid-ref']),
  one('absolute-path', '/etc/passwd', ['invalid-ref']),
  one('url', 'https://evil.example/o1', ['invalid-ref']),
  one('javascript', 'javascript:alert(1)', ['invalid-ref']),
  one('script', '<script>alert(1)</script>', ['invalid-ref']),
  one('too-many-segments', 'sales/o1/kr1/x/y', ['invalid-ref']),
  one('period-only', '2026:', ['invalid-ref']),
  one('double-colon', '2026::sales/o1', ['invalid-ref']),
  one('long-5000', `bsc/${'n'.repeat(5000)}`, ['invalid-ref']),
  one('proto', '__proto__', ['invalid-ref']),
  one('proto-objective', '__proto__/o1', ['invalid-ref']),
  one('constructor', 'constructor/o1', ['unknown-ref']),
  one('bsc-value-of', 'bsc/valueof', ['unknown-ref']),
  one('has-own-property', 'hasownproperty/o1', ['unknown-ref']),
  one('bsc-to-string', 'bsc/toString', ['invalid-ref']),
  one('bsc-has-own-property', 'bsc/hasOwnProperty', ['invalid-ref']),
  one('unknown-period', '2099:sales/o1', ['unknown-period']),
  one('upper-case', 'BSC/NPS', ['invalid-ref']),
  one('kr-of-metric', 'bsc/nps/kr1', ['invalid-ref']),
  align('number', '[2026]', ['invalid-value']),
  align('map', '{ ref: bsc/nps }', ['invalid-value']),
  align('nested-list', '[[bsc/nps]]', ['invalid-value']),
  (() => {
    const files = { [SALES]: edit(SALES, ALIGN, '    alignsTo: [sales/o1]') };
    return { name: 'refs-self-alignment', family, files, expect: errorAt(files, SALES, 'alignsTo: [sales/o1]', ['alignment-cycle']) } satisfies HostileCase;
  })(),
  (() => {
    const files = { [SALES]: edit(SALES, ALIGN, '    alignsTo: [2026-q1:li-si/o1]') };
    return { name: 'refs-align-down-to-quarter', family, files, expect: errorAt(files, SALES, 'alignsTo: [2026-q1', ['cross-period']) } satisfies HostileCase;
  })(),
  (() => {
    const files = { [BSC]: edit(BSC, '{ from: nps, to: revenue, why: 满意度带来复购 }', '{ from: nps, to: nps, why: 自己 }') };
    return { name: 'refs-cause-self', family, files, expect: errorAt(files, BSC, 'to: nps', ['causal-cycle']) } satisfies HostileCase;
  })(),
  (() => {
    const files = { [ZHANG]: 'id: zhang-san\nname: 张三\ndepartment: sales\nmanager: zhang-san\n' };
    return { name: 'refs-manager-self', family, files, expect: errorAt(files, ZHANG, 'manager:', ['manager-cycle']) } satisfies HostileCase;
  })(),
  (() => {
    const files = { [LISI]: edit(LISI, 'owner: 李四', 'owner: https://evil.example/') };
    return { name: 'refs-owner-url', family, files, expect: errorAt(files, LISI, 'owner:', ['unknown-owner']) } satisfies HostileCase;
  })(),
  (() => {
    const files = { [LISI]: edit(LISI, 'owner: 李四', 'owner: constructor') };
    return { name: 'refs-owner-constructor', family, files, expect: errorAt(files, LISI, 'owner:', ['unknown-owner']) } satisfies HostileCase;
  })(),
  (() => {
    const files = { [SALES]: edit(SALES, '        owners: [张三]\n        measure: { type: decrease', '        owners: [__proto__]\n        measure: { type: decrease') };
    return { name: 'refs-kr-owner-proto', family, files, expect: errorAt(files, SALES, '[__proto__]', ['unknown-person']) } satisfies HostileCase;
  })(),
  (() => {
    const files = { [ZHANG]: 'id: zhang-san\nname: 张三\ndepartment: toString\n' };
    return { name: 'refs-department-to-string', family, files, expect: errorAt(files, ZHANG, 'department:', ['invalid-id']) } satisfies HostileCase;
  })(),
];
