// Starts WebKitWebDriver on a free port for the run and stops it when the run ends.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        if (Date.now() > deadline) reject(new Error(`WebKitWebDriver did not listen on port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

export async function startWebKitDriver() {
  if (!process.env.DISPLAY) {
    throw new Error('WebKitGTK needs a display: run the tests with `npm test`, which starts Xvfb.');
  }
  const port = await freePort();
  const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const stop = () => driver.kill();
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));
  await waitForPort(port, Date.now() + 15000);
  return port;
}
