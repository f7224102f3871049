// Preloaded into the Astro process that scripts/build.ts starts (node --import): the build script holds the
// other end of a socket on fd 3. When the script dies, even by SIGKILL, the socket closes and Astro stops at
// once, instead of writing on into a folder the next build is about to remove.
import { Socket } from 'node:net';

const parent = new Socket({ fd: 3, readable: true, writable: false });
parent.on('close', () => {
  process.stderr.write('build: scripts/build.ts has stopped; stopping astro too.\n');
  process.kill(process.pid, 'SIGKILL');
});
parent.on('error', () => undefined); // a close follows
parent.resume();
parent.unref(); // never keeps Astro alive by itself
