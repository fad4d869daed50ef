// Until the local preview exists, `npm start` builds and says where the add-on went.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(process.cwd(), 'dist');
console.log('The add-on is built into dist/, ready for `clasp push --force`:');
for (const file of readdirSync(dist)) {
  console.log(`  dist/${file}  ${statSync(join(dist, file)).size} bytes`);
}
