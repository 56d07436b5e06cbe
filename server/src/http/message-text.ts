/**
 * The text of a WebSocket message, whichever form `ws` hands it in (a Buffer by default, an ArrayBuffer or
 * fragments with another `binaryType`); `String(data)` would read the latter two as "[object ArrayBuffer]".
 */
export function messageText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
