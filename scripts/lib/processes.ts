import { readFileSync } from 'node:fs';

/** A process as recorded in a lock file: its pid and, where /proc exists, its start time (to tell a reused pid). */
export interface ProcessId {
  pid: number;
  /** Field 22 of /proc/<pid>/stat (clock ticks since boot); absent where there is no /proc. */
  started?: string;
}

/** This process, or another one by pid, as a ProcessId. */
export function processId(pid = process.pid): ProcessId {
  const started = startTime(pid);
  return started === undefined ? { pid } : { pid, started };
}

/**
 * Whether the process is still running. A pid that now belongs to another process (its start time differs
 * from the recorded one) counts as gone; so does a zombie.
 */
export function isRunning(id: ProcessId): boolean {
  if (!Number.isInteger(id.pid) || id.pid <= 0) return false;
  try {
    process.kill(id.pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = readStat(id.pid);
  if (stat === undefined) return true; // no /proc: the signal test is all we have
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return id.started === undefined || stat.started === id.started;
}

function startTime(pid: number): string | undefined {
  return readStat(pid)?.started;
}

function readStat(pid: number): { state: string; started: string } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after the last ")".
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0], started: fields[19] };
}
