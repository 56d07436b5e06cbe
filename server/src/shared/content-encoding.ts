/**
 * The best compressed copy the browser accepts (Brotli, then gzip, else none): for the client's files made at
 * build, link previews and kept GraphQL answers alike.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: { br: boolean; gz: boolean }): 'br' | 'gzip' | null {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, quality]) => !quality || !/q=0(\.0*)?$/.test(quality.trim()))
    .map(([name]) => name!.toLowerCase());
  if (available.br && accepted.includes('br')) return 'br';
  if (available.gz && (accepted.includes('gzip') || accepted.includes('*'))) return 'gzip';
  return null;
}
