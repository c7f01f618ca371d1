import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import cometdServer, { type CometDServer } from 'cometd-nodejs-server';

export interface BayeuxTestServer {
  /** Absolute URL of the notifications endpoint. */
  url: string;
  authorization: string;
  publish(channel: string, data: unknown): void;
  /** Replaces the CometD server, as a restart does: every session is forgotten. */
  forgetSessions(): void;
  /** Makes the CometD server deny handshakes (Bayeux `403::handshake_denied`). */
  denyHandshakes(deny: boolean): void;
  /** Bayeux requests received per meta channel (`/meta/handshake`…), refused ones included. */
  count(channel: string): number;
  /** The value of request header `name` (lower case) on each request to a meta channel, in order. */
  headerValues(channel: string, name: string): (string | undefined)[];
  close(): Promise<void>;
}

/**
 * A real CometD (Bayeux long-polling) server on 127.0.0.1:<free port>, answering HTTP 401 when the
 * Authorization header is not the expected one. Channels named `/v2/me/forbidden…` refuse subscribers.
 */
export async function startBayeuxTestServer(authorization = 'Basic dGVzdDp0ZXN0'): Promise<BayeuxTestServer> {
  let denying = false;
  const counts = new Map<string, number>();
  const headers = new Map<string, IncomingHttpHeaders[]>();
  const create = (): CometDServer => {
    const cometd = cometdServer.createCometDServer({ maxSessionsPerBrowser: -1, timeout: 1_000 });
    cometd.policy = {
      canHandshake: (_session, _message, callback) => callback(undefined, !denying),
      canSubscribe: (_session, _message, channel, callback) => callback(undefined, !channel.name.startsWith('/v2/me/forbidden')),
    };
    return cometd;
  };
  let cometd = create();

  const server: Server = createServer((req, res) => {
    const metaChannel = /\/(handshake|connect|disconnect)$/.exec(req.url ?? '')?.[1];
    if (metaChannel) {
      counts.set(`/meta/${metaChannel}`, (counts.get(`/meta/${metaChannel}`) ?? 0) + 1);
      headers.set(`/meta/${metaChannel}`, [...(headers.get(`/meta/${metaChannel}`) ?? []), req.headers]);
    }
    if (req.headers.authorization !== authorization) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic' }).end();
      return;
    }
    cometd.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');

  return {
    url: `http://127.0.0.1:${address.port}/api/v2/notifications`,
    authorization,
    publish: (channel, data) => cometd.createServerChannel(channel).publish(null, data),
    forgetSessions() {
      cometd.close();
      cometd = create();
    },
    denyHandshakes(deny) {
      denying = deny;
    },
    count: (channel) => counts.get(channel) ?? 0,
    headerValues: (channel, name) => (headers.get(channel) ?? []).map((received) => [received[name]].flat()[0]),
    close: () =>
      new Promise<void>((resolve) => {
        cometd.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
