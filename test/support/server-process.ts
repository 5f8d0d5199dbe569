import { spawn, type ChildProcess } from 'node:child_process';

/** The real server (`server/main.ts`) running in a child process. */
export interface ServerProcess {
  /** http://127.0.0.1:<port> */
  address: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The last part of what it printed, for failure messages. */
  output(): string;
}

const KEEP_OUTPUT = 20_000;

/**
 * Starts `node --import tsx server/main.ts` (one process, so a signal reaches the server itself) on
 * 127.0.0.1 and a free port, with `env` on top of the current environment, and resolves once it
 * listens.
 */
export async function startServer(env: Record<string, string>, timeoutMs = 45_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-KEEP_OUTPUT);
  };
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const address = await new Promise<string>((resolve, reject) => {
    let seen: string | null = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not listen within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (seen === null) return;
      seen += chunk.toString();
      const match = /"address":"(http:\/\/[^"]+)"/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        seen = null;
        resolve(match[1]);
      }
    });
    child.stderr.on('data', keep);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening: ${output}`));
    });
  });
  return { address, child, exited, output: () => output };
}
