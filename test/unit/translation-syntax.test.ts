import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblems, lineAndColumn, xmlSyntaxProblems } from '../../tools/localize/translation-syntax.js';

const XLIFF = 'xliff/cy.xlf';
const JSON_FILE = 'framework/translations/ncvo-collaborative-behaviours.cy.json';
const welshXliff = readFileSync(XLIFF, 'utf8');
const welshJson = readFileSync(JSON_FILE, 'utf8');

/** 1-based line of the first occurrence of `needle`, found independently of the code under test. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('xmlSyntaxProblems', () => {
  it('finds nothing wrong in the Welsh XLIFF file', () => {
    expect(xmlSyntaxProblems(XLIFF, welshXliff)).toEqual([]);
  });

  it('reports a misspelt closing tag in one line with file, line, column and both tag names', () => {
    const broken = welshXliff.replace('<target>Ailosod</target>', '<target>Ailosod</traget>');
    const line = lineOf(welshXliff, '<target>Ailosod</target>');
    expect(xmlSyntaxProblems(XLIFF, broken)).toEqual([
      `${XLIFF}:${line}:18: Expected closing tag 'target' (opened in line ${line}, col 3) instead of closing tag 'traget'.`,
    ]);
  });

  it.each([
    ['an unescaped ampersand', '<target>Ailosod & mwy</target>'],
    ['a placeholder left open', '<target>Ailosod <x id="0" equiv-text="${a}"></target>'],
    ['a missing closing tag', '<target>Ailosod'],
  ])('reports %s as one line naming the file and the line', (_name, replacement) => {
    const problems = xmlSyntaxProblems(XLIFF, welshXliff.replace('<target>Ailosod</target>', replacement));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${XLIFF}:\\d+:\\d+: \\S`));
    expect(problems[0]).not.toContain('\n');
  });
});

describe('jsonSyntaxProblems', () => {
  it('finds nothing wrong in the Welsh framework translation', () => {
    expect(jsonSyntaxProblems(JSON_FILE, welshJson)).toEqual([]);
  });

  it('reports a missing comma at the entry after it, by line and column, not by character position', () => {
    const entry = '"buys-in-services":';
    const broken = welshJson.replace(new RegExp(`,(\\n\\s*${entry})`), '$1');
    const line = lineOf(welshJson, entry);
    const column = welshJson.split('\n')[line - 1].indexOf('"') + 1;
    expect(jsonSyntaxProblems(JSON_FILE, broken)).toEqual([`${JSON_FILE}:${line}:${column}: a comma "," is missing before this (between two entries)`]);
  });

  it('gives one line per mistake when there are several', () => {
    const broken = welshJson.replace('"lang": "cy",', '"lang": "cy"').replace('"formatVersion": 1,', "'formatVersion': 1,");
    const problems = jsonSyntaxProblems(JSON_FILE, broken);
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.some((problem) => problem.includes('double quotes " (not'))).toBe(true);
    expect(problems.some((problem) => problem.includes('a comma "," is missing'))).toBe(true);
    for (const problem of problems) expect(problem).toMatch(new RegExp(`^${JSON_FILE}:\\d+:\\d+: [a-z]`));
  });

  it.each([
    ['a trailing comma', '{ "a": "x", }', 1, 13, 'a key in double quotes is expected here'],
    ['an unclosed text', '{\n  "a": "x\n}', 2, 8, 'a text is not closed'],
    ['a missing colon', '{ "a" "x" }', 1, 7, 'a colon ":" is missing'],
    ['a brace too many', '{ "a": "x" }\n}', 2, 1, 'the file should end here'],
  ])('reports %s in words, at its line and column', (_name, text, line, column, words) => {
    const [problem, ...rest] = jsonSyntaxProblems('t.json', text);
    expect(rest).toEqual([]);
    expect(problem).toMatch(new RegExp(`^t\\.json:${line}:${column}: ${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('accepts any JSON that JSON.stringify writes, indented or not', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(0, 2), (value, indent) => {
        expect(jsonSyntaxProblems('t.json', JSON.stringify(value, null, indent))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('lineAndColumn', () => {
  it('points at the character at the offset, counting lines and columns from 1', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '\n', 'é', ' ') , minLength: 1, maxLength: 60 }).chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length - 1))),
        ([text, offset]) => {
          const { line, column } = lineAndColumn(text, offset);
          expect(text.split('\n')[line - 1].length + 1).toBeGreaterThanOrEqual(column);
          expect(`${text.split('\n')[line - 1]}\n`[column - 1]).toBe(text[offset]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
