// The frameworks in framework/ (not its schemas, examples or translations), validated, for the build and localize tools.
import { readdirSync, readFileSync } from 'node:fs';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';

export function bundledFrameworks(dir = 'framework'): Framework[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => {
      const parsed = parseFramework(JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')));
      if (!parsed.ok) throw new Error(`${dir}/${name} is not a valid framework:\n${parsed.problems.join('\n')}`);
      return parsed.value;
    });
}
