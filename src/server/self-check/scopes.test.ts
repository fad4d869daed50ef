import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDON_SCOPES } from './scopes';

describe('ADDON_SCOPES', () => {
  it('is exactly what appsscript.json asks for', () => {
    const manifest = JSON.parse(
      readFileSync(join(__dirname, '../../../appsscript.json'), 'utf8'),
    ) as { oauthScopes: string[] };
    expect([...ADDON_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
  });
});
