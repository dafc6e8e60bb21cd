import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// custom-elements.json is generated from the element's JSDoc and Lit
// properties by `npm run manifest`, committed (editors read it from the
// repository) and published. These tests fail while the committed copy is out
// of date, and while the README's API tables disagree with it.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MANIFEST = 'custom-elements.json';
const STALE = `${MANIFEST} is out of date: run npm run manifest (and commit the result)`;
const SLOW = 60_000;

interface Named {
  readonly name: string;
  readonly default?: string;
  readonly fieldName?: string;
  readonly kind?: string;
  readonly static?: boolean;
  readonly privacy?: string;
}
interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly customElement?: boolean;
  readonly tagName?: string;
  readonly attributes?: readonly Named[];
  readonly members?: readonly Named[];
  readonly events?: readonly Named[];
  readonly cssParts?: readonly Named[];
  readonly cssProperties?: readonly Named[];
}
interface Manifest {
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[]; readonly exports?: readonly { kind: string; name: string }[] }[];
}

const scratch = mkdtempSync(join(tmpdir(), 'collab-checklist-cem-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the analyzer exactly as `npm run manifest` does, writing into a scratch folder. */
function regenerate(): Manifest {
  // The analyzer joins --outdir onto the working directory, so it must be relative.
  const outdir = relative(root, scratch);
  const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  const result = spawnSync(
    process.execPath,
    [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'],
    { cwd: root, encoding: 'utf8', timeout: SLOW },
  );
  if (result.status !== 0) throw new Error(`the analyzer failed:\n${result.error ?? ''}${result.stderr}${result.stdout}`);
  return JSON.parse(readFileSync(join(scratch, MANIFEST), 'utf8')) as Manifest;
}

function committed(): Manifest {
  return JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as Manifest;
}

function theElement(manifest: Manifest): Declaration {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
  if (elements.length !== 1) throw new Error(`expected one custom element in ${MANIFEST}, found ${elements.map((d) => d.name).join(', ') || 'none'}`);
  return elements[0]!;
}

/** The lines under a README heading, up to the next heading of the same or a higher level. */
function section(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{2,6} /.test(line) && line.replace(/^#+ /, '').trim() === title);
  if (start === -1) throw new Error(`README.md has no "${title}" heading`);
  const level = lines[start]!.match(/^#+/)![0].length;
  const end = lines.findIndex((line, index) => {
    const hashes = line.match(/^(#+) /);
    return index > start && hashes !== null && hashes[1]!.length <= level;
  });
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** Rows of the Markdown tables in some text: cells, without the header and separator rows. */
function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
    if (!inTable) {
      inTable = true; // the header row
      continue;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    rows.push(cells);
  }
  return rows;
}

/** A cell holding exactly one `code` name, else undefined (a dash, prose). */
const codeName = (cell: string | undefined) => cell?.match(/^`([^`]+)`$/)?.[1];

/** Every `code` span in some text. */
const codeSpans = (text: string) => new Set([...text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!));

const names = (items: readonly Named[] | undefined) => (items ?? []).map((item) => item.name);

describe('custom-elements.json', () => {
  let fresh: Manifest;
  beforeAll(() => {
    fresh = regenerate();
  }, SLOW);

  it('is up to date with the element', () => {
    expect(committed(), STALE).toEqual(fresh);
  });

  it('describes <collab-checklist> and its public API only', () => {
    const element = theElement(fresh);
    expect(element.tagName).toBe('collab-checklist');
    const definitions = fresh.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    expect(definitions.map((e) => e.name)).toEqual(['collab-checklist']);
    expect(names(element.attributes)).toEqual(expect.arrayContaining(['storage-key', 'heading-level']));
    expect(names(element.events)).toContain('collab-change');
    expect(element.cssParts?.length).toBeGreaterThan(0);
    expect(element.cssProperties?.length).toBeGreaterThan(0);
    for (const member of element.members ?? []) {
      expect(member.privacy, member.name).not.toBe('private');
      expect(member.name.startsWith('#'), member.name).toBe(false);
    }
  });
});

describe('README API tables agree with custom-elements.json', () => {
  const element = theElement(committed());
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  describe('Attributes and properties', () => {
    const rows = tableRows(section(readme, 'Attributes and properties'));
    const attributes = rows.map((row) => codeName(row[0])).filter((name) => name !== undefined);
    const properties = rows.map((row) => codeName(row[1])).filter((name) => name !== undefined);
    /** Attributes every HTMLElement has, documented because the element uses them. */
    const global = new Set(['lang']);

    it('lists every attribute, with its property', () => {
      for (const attribute of element.attributes ?? []) {
        expect(attributes, `README lacks attribute ${attribute.name}`).toContain(attribute.name);
        const row = rows.find((cells) => codeName(cells[0]) === attribute.name)!;
        if (attribute.fieldName) expect(codeName(row[1]), `property of ${attribute.name}`).toBe(attribute.fieldName);
      }
    });

    it('lists every public property', () => {
      const publicFields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy);
      for (const field of publicFields) expect(properties, `README lacks property ${field.name}`).toContain(field.name);
    });

    it('lists no attribute the element does not have', () => {
      const known = new Set([...names(element.attributes), ...global]);
      for (const attribute of attributes) expect(known, `README lists unknown attribute ${attribute}`).toContain(attribute);
      const fields = new Set([...names(element.members), ...global]);
      for (const property of properties) expect(fields, `README lists unknown property ${property}`).toContain(property);
    });
  });

  describe('Events', () => {
    const listed = tableRows(section(readme, 'Events'))
      .map((row) => codeName(row[0]))
      .filter((name) => name !== undefined);

    it('lists every event, and no other', () => {
      expect([...listed].sort()).toEqual(names(element.events).sort());
    });
  });

  describe('Styling', () => {
    const styling = section(readme, 'Styling');
    const rows = tableRows(styling);
    const manifestProperties = new Map((element.cssProperties ?? []).map((p) => [p.name, p]));
    const manifestParts = new Set(names(element.cssParts));
    const readmeProperties = [...codeSpans(styling)].filter((name) => name.startsWith('--collab-'));
    const readmeParts = rows.map((row) => codeName(row[0])).filter((name) => name !== undefined && !name.startsWith('--'));

    it('lists every CSS custom property, with its default', () => {
      for (const [name, property] of manifestProperties) {
        const row = rows.find((cells) => codeName(cells[0]) === name);
        expect(row, `README lacks custom property ${name}`).toBeDefined();
        if (property.default !== undefined) expect(codeName(row![1]), `default of ${name}`).toBe(property.default);
      }
    });

    it('names no CSS custom property the element does not have', () => {
      for (const name of readmeProperties) expect([...manifestProperties.keys()], `README names unknown ${name}`).toContain(name);
    });

    it('lists every CSS part, and no other', () => {
      expect([...readmeParts].sort()).toEqual([...manifestParts].sort());
    });
  });
});

describe("the element's JSDoc covers what its code uses", () => {
  const element = theElement(committed());
  const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(root, 'src', file), 'utf8'));

  it('documents every --collab-* custom property the styles read (@cssprop)', () => {
    const used = new Set(sources.flatMap((source) => [...source.matchAll(/var\((--collab-[a-z0-9-]+)/g)].map((m) => m[1]!)));
    expect([...used].filter((name) => !names(element.cssProperties).includes(name)), 'add @cssprop lines').toEqual([]);
  });

  it('documents every part the templates name (@csspart)', () => {
    const used = new Set(
      sources.flatMap((source) => [...source.matchAll(/\bpart(?:="|: ')([a-z0-9-]+)["']/g)].map((m) => m[1]!)),
    );
    expect([...used].filter((name) => !names(element.cssParts).includes(name)), 'add @csspart lines').toEqual([]);
  });
});
