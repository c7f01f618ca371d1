import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { basicAuthorization, createGwsHttpClient } from '../../src/gws/http';
import { startSimulator } from '../../src/simulator/testing';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

describe('npm run sim', () => {
  it('starts the simulator alone on the port given with --port, with the wire switches given', async () => {
    const args = ['--port', '0', '--csrf-header', 'X-GWS-CSRF', '--twitter-acks', 'plain', '--channel-messages', 'V2'];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/simulator/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    cleanups.push(async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`simulator exited with ${code}: ${output}`)));
    });
    const health: unknown = await (await fetch(`${url}/sim/health`)).json();
    expect(health).toMatchObject({ ok: true });
    expect(output).toContain('agent1 / password');
    expect(output).toContain('supervisor / password');
    const stats: unknown = await (await fetch(`${url}/sim/stats`)).json();
    expect(stats).toMatchObject({ config: { csrfHeaderName: 'X-GWS-CSRF', twitterAcks: 'plain', channelMessages: 'V2' } });
    const me = await fetch(`${url}/api/v2/me`, { headers: { Authorization: basicAuthorization('agent1', 'password') } });
    expect(me.headers.get('x-csrf-header')).toBe('X-GWS-CSRF');
  }, 30_000);
});

describe('GWS_URL=… npm start', () => {
  async function startDevServer(gwsUrl: string): Promise<ViteDevServer> {
    const saved = process.env.GWS_URL;
    process.env.GWS_URL = gwsUrl;
    try {
      const server = await createServer({ root, configFile: `${root}/vite.config.ts`, server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
      await server.listen();
      return server;
    } finally {
      if (saved === undefined) delete process.env.GWS_URL;
      else process.env.GWS_URL = saved;
    }
  }

  it('switches the simulator off and proxies /api to that GWS, cookies and CSRF headers included', async () => {
    const gws = await startSimulator({ twitterDelayMs: 0 });
    cleanups.push(() => gws.close());
    const dev = await startDevServer(gws.url);
    cleanups.push(() => dev.close());
    const { port } = dev.httpServer?.address() as AddressInfo;
    const appUrl = `http://127.0.0.1:${port}`;

    // The dev server's own /sim routes are gone: the SPA fallback answers, not the simulator.
    const sim = await fetch(`${appUrl}/sim/health`);
    expect(sim.headers.get('content-type') ?? '').not.toContain('application/json');

    // Through the proxy: Basic auth, JSESSIONID, CSRF token captured on GET and accepted on POST.
    const http = createGwsHttpClient({ baseUrl: appUrl, username: 'agent1', password: 'password' });
    const me = await http.getMe();
    expect(me.user.userName).toBe('agent1');
    const ack = await http.startContactCenterSession(['twitter']);
    expect(ack.statusCode).toBe(0);
    const stats: unknown = await (await fetch(`${gws.url}/sim/stats`)).json();
    expect(stats).toMatchObject({ operations: { StartContactCenterSession: 1 } });
  }, 30_000);
});
