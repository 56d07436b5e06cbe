import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';

/** A built client in miniature: the shell, a hashed script and its source map. */
function fakeClientDist(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1);\n//# sourceMappingURL=index-abc123.js.map');
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["src/main.ts"]}');
  return dist;
}

describe.each([
  ['production', true],
  ['development', false],
] as const)('security headers in %s', (_mode, production) => {
  let app: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = fakeClientDist();
    app = await createTestApp({ config: { nodeEnv: production ? 'production' : 'development', clientDist: dist } });
  });

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const paths = ['/', '/calendar', '/graphql?query=%7B__typename%7D', '/assets/index-abc123.js'];

  it.each(paths)('sends a strict CSP, no framing, nosniff and a referrer policy on %s', async (pathname) => {
    const response = await fetch(`${app.url}${pathname}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.has('strict-transport-security')).toBe(production);
  });

  it(production ? 'does not serve source maps, however their address is spelled' : 'serves source maps for development', async () => {
    for (const spelling of ['index-abc123.js.map', 'index-abc123.js.ma%70', 'index-abc123.js%2Emap', 'index-abc123.js.MAP']) {
      const response = await fetch(`${app.url}/assets/${spelling}`);
      const served = response.status === 200 && (await response.text()).includes('"sources"');
      expect(served, spelling).toBe(!production && spelling !== 'index-abc123.js.MAP');
    }
  });
});
