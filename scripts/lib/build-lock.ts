import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning, processId, type ProcessId } from './processes.ts';

/**
 * One build at a time per checkout. Builds share more than their output folder: Astro's `.astro/` types,
 * its content-layer cache (`node_modules/.astro*`) and Vite's `node_modules/.vite`. So `scripts/build.ts`
 * holds this lock from before Astro starts until the new site is in place, whatever the output folder.
 *
 * The lock is a file holding its owner as JSON. It is created complete and atomically (written under a
 * private name, then hard-linked to the lock's name, which fails if the lock exists), so a reader never
 * sees a half-written owner. A lock whose owner and Astro child have both exited is stale and taken over.
 */
export interface LockOwner extends ProcessId {
  /** Unique per acquisition: a lock is only released or updated by the build that holds it. */
  token: string;
  /** When the build took the lock (ISO time). */
  since: string;
  /** The folder the build publishes. */
  out: string;
  /** The build's Astro process, while it runs: a build whose script was killed is over only when it is. */
  child?: ProcessId;
}

export class LockBusyError extends Error {
  readonly owner: LockOwner;
  constructor(path: string, owner: LockOwner) {
    super(`another build is running in this checkout: pid ${owner.pid}, since ${owner.since}, publishing ${owner.out} (lock file ${path})`);
    this.owner = owner;
  }
}

export interface AcquireOptions {
  /** The folder this build publishes, recorded for the messages of other builds. */
  out: string;
  /** Wait for a running build to finish (default), or throw LockBusyError at once. */
  wait?: boolean;
  /** Called once when the lock is busy and this build starts waiting. */
  onWait?: (owner: LockOwner) => void;
  /** Called when a stale lock (its build is gone) is taken over. */
  onStale?: (owner: LockOwner | undefined) => void;
  /** How often to look again while waiting (ms). */
  pollMs?: number;
}

export class BuildLock {
  readonly path: string;
  private owner: LockOwner;
  private constructor(path: string, owner: LockOwner) {
    this.path = path;
    this.owner = owner;
  }

  /** Takes the lock at `path`, waiting for (or refusing, with `wait: false`) a build that holds it. */
  static async acquire(path: string, options: AcquireOptions): Promise<BuildLock> {
    const owner: LockOwner = { ...processId(), token: randomBytes(8).toString('hex'), since: new Date().toISOString(), out: options.out };
    let waiting = false;
    for (;;) {
      if (create(path, owner)) return new BuildLock(path, owner);
      const raw = readText(path);
      if (raw === undefined) continue; // released between our attempt and our look: try again
      const holder = parseOwner(raw);
      if (!holder || !(isRunning(holder) || (holder.child !== undefined && isRunning(holder.child)))) {
        options.onStale?.(holder);
        removeStale(path, raw);
        continue;
      }
      if (options.wait === false) throw new LockBusyError(path, holder);
      if (!waiting) options.onWait?.(holder);
      waiting = true;
      await sleep(options.pollMs ?? 200);
    }
  }

  /** Whether the lock file still names this build (someone may have deleted it by hand). */
  held(): boolean {
    return parseOwner(readText(this.path) ?? '')?.token === this.owner.token;
  }

  /** Records the build's Astro process, so that it is waited for even if this script dies first. */
  setChild(child: ProcessId | undefined): void {
    if (!this.held()) return;
    this.owner = { ...this.owner, child };
    const temporary = privateName(this.path);
    writeFileSync(temporary, JSON.stringify(this.owner));
    renameSync(temporary, this.path); // replaces the lock in one step
  }

  /** Removes the lock if it is still this build's. */
  release(): void {
    if (this.held()) unlinkSync(this.path);
  }
}

/** Creates the lock naming `owner`, complete, or returns false if it exists. */
function create(path: string, owner: LockOwner): boolean {
  const temporary = privateName(path);
  writeFileSync(temporary, JSON.stringify(owner));
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/**
 * Removes a stale lock, but only the one we looked at: another waiter may have removed it and taken the
 * lock in the meantime. The lock is moved aside in one step; if what was moved is not what we judged stale,
 * it is a live build's lock and goes back.
 */
function removeStale(path: string, staleText: string): void {
  const aside = privateName(path);
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, path);
    } catch {
      // A third build took the free lock in that instant; it holds it now.
    }
  }
  unlinkSync(aside);
}

function privateName(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The owner a lock file names, or undefined for a file that is not one of our locks (then it is stale). */
export function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner?.pid) && typeof owner.token === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}
