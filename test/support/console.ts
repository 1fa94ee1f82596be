// What the widgets tell a site owner on the console while a test acts.

/**
 * The calls made to `console[method]` while `run` goes on, each call's arguments joined by
 * spaces; the real method is back in place after, whatever happens.
 */
export async function consoleCalls(method: 'error' | 'warn', run: () => unknown): Promise<string[]> {
  const calls: string[] = [];
  const real = console[method];
  console[method] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[method] = real;
  }
  return calls;
}
