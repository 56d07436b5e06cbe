/**
 * An attacker in its own process: opens one WebSocket, sends `count` subscribe messages at once, and
 * reports what came back. Run apart from the server under test, so the server's responsiveness is measured
 * without the attacker's own work on the same event loop.
 *
 *   node --import tsx test/socket-attack.ts <ws-url> <count> <query>
 * It prints "connected" once the socket is acknowledged, attacks on the line "go" on stdin, prints its
 * summary so far as one line of JSON on each line "report", and ends when stdin closes.
 */
import WebSocket from 'ws';
import { messageText } from '../src/http/message-text.js';

const [url, countText, query] = process.argv.slice(2);
const count = Number(countText);
const summary = { next: 0, errors: {} as Record<string, number>, closed: null as number | null };
const socket = new WebSocket(url!, 'graphql-transport-ws');

socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
socket.on('message', (data) => {
  const message = JSON.parse(messageText(data)) as { type: string; payload?: Array<{ extensions?: { code?: string; limit?: string } }> };
  if (message.type === 'connection_ack') process.stdout.write('connected\n');
  else if (message.type === 'next') summary.next++;
  else if (message.type === 'error') {
    const first = message.payload?.[0]?.extensions;
    const key = `${first?.code}${first?.limit ? `:${first.limit}` : ''}`;
    summary.errors[key] = (summary.errors[key] ?? 0) + 1;
  }
});
socket.on('close', (code) => (summary.closed = code));
process.stdin.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  if (text.includes('go'))
    for (let index = 0; index < count; index++)
      socket.send(JSON.stringify({ id: String(index), type: 'subscribe', payload: { query, variables: { after: '0' } } }));
  if (text.includes('report')) process.stdout.write(`${JSON.stringify(summary)}\n`);
});
process.stdin.on('end', () => {
  socket.terminate();
  process.exit(0);
});
process.stdin.resume();
