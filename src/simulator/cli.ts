import { parseArgs } from 'node:util';
import { describeZodError } from '../gws/schemas';
import { configBodySchema } from './control/controlSchemas';
import { usersFileFromEnv } from './options';
import { startSimulator } from './startSimulator';

/**
 * `npm run sim -- [--port 8787] [--host 127.0.0.1] [--users users.json] [--twitter-delay 300]
 * [--twitter-acks referenceId|plain] [--channel-messages 8.5.0|V2] [--csrf-header X-CSRF-TOKEN]`
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      users: { type: 'string' },
      'twitter-delay': { type: 'string' },
      'twitter-acks': { type: 'string' },
      'channel-messages': { type: 'string' },
      'csrf-header': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be 0..65535, not ${values.port}`);
  const twitterDelayMs = values['twitter-delay'] === undefined ? undefined : Number(values['twitter-delay']);
  if (twitterDelayMs !== undefined && !(twitterDelayMs >= 0)) throw new Error('--twitter-delay must be a number of ms');

  const wire = configBodySchema.safeParse({
    twitterAcks: values['twitter-acks'],
    channelMessages: values['channel-messages'],
    csrfHeaderName: values['csrf-header'],
  });
  if (!wire.success) throw new Error(`Invalid option: ${describeZodError(wire.error)}`);
  const { twitterAcks, channelMessages, csrfHeaderName } = wire.data;

  const running = await startSimulator({
    port, host: values.host, usersFile: values.users ?? usersFileFromEnv(), twitterDelayMs, twitterAcks, channelMessages, csrfHeaderName,
  });
  console.log(`GWS simulator listening on ${running.url}`);
  console.log(`  REST:      ${running.url}/api/v2/me`);
  console.log(`  CometD:    ${running.url}/api/v2/notifications (long-polling)`);
  console.log(`  Team feed: ${running.url}/team-feed/cometd (CometD, /team/twitter) and ${running.url}/team-feed/tweets (supervisors; ours, not GWS)`);
  console.log(`  Control:   ${running.url}/sim/health (see src/simulator/README.md)`);
  console.log('  Accounts (user / password → Twitter accounts):');
  for (const user of running.simulator.users.all) {
    const accounts = user.twitterAccounts.map((a) => `@${a.screenName}`).join(', ') || '(none)';
    console.log(`    ${user.userName} / ${user.password}${user.supervisor ? ' [supervisor: sees the team through the team feed]' : ''} → ${accounts}`);
  }

  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
