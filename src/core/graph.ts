/**
 * Every elementary cycle reachable by depth-first search, each reported once (as the path from the
 * node where it was entered back to that node).
 */
export function findCycles(nodes: Iterable<string>, next: (node: string) => readonly string[]): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of next(node)) {
      if (state.get(to) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(to)), to];
        const id = [...new Set(cycle)].sort().join('|');
        if (!seen.has(id)) {
          seen.add(id);
          cycles.push(cycle);
        }
      } else if (!state.has(to)) {
        visit(to);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of nodes) if (!state.has(node)) visit(node);
  return cycles;
}
