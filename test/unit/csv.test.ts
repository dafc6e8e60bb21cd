import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import welshJson from '../../framework/translations/ncvo-collaborative-behaviours.cy.json';
import { buildCsv, checklistCsvRows, type CsvLabels } from '../../src/core/exchange/csv.js';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { localizeFramework, parseFrameworkTranslation } from '../../src/core/framework/framework-translation.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import type { ProgressRecord } from '../../src/core/progress/progress-record.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import type { Snapshot } from '../../src/core/progress/snapshot.js';
import { frameworkWithResponsesArb } from './arbitraries.js';

const BOM = '\uFEFF';

/**
 * A strict RFC 4180 reader, written independently of buildCsv: every row
 * ends in CRLF, a field is either quoted (inner quotes doubled, anything
 * else allowed) or holds no comma, quote, CR or LF. Anything else throws.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i += 1;
        for (;;) {
          if (i >= text.length) throw new Error('a quoted field is not closed');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
            } else {
              i += 1;
              break;
            }
          } else {
            value += text[i];
            i += 1;
          }
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
          value += text[i];
          i += 1;
        }
      }
      row.push(value);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      throw new Error(`expected a comma or CRLF at ${i}`);
    }
    rows.push(row);
  }
  return rows;
}

function readBack(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return parseCsv(csv.slice(BOM.length));
}

/**
 * What a spreadsheet should get for a cell: formulas turned into text with a
 * leading quote, at its start and after each ",", ";" or tab in it.
 */
const neutralised = (cell: string): string =>
  cell.replace(/(?<=^|[,;\t])(?=[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@])/gu, "'");

/** What a spreadsheet evaluates: a formula character once control characters and blanks are skipped. */
const evaluated = (cell: string): boolean => /^[\s\p{Cc}\p{Cf}]*[=+\-@]/u.test(cell);

describe('the test\'s own CSV reader', () => {
  it('reads quoted and unquoted fields, and refuses malformed text', () => {
    expect(parseCsv('a,"b,""c"""\r\n\r\n')).toEqual([['a', 'b,"c"'], ['']]);
    expect(() => parseCsv('a\nb\r\n')).toThrow();
    expect(() => parseCsv('a"b\r\n')).toThrow();
    expect(() => parseCsv('"a\r\n')).toThrow();
    expect(() => parseCsv('a,b')).toThrow();
  });
});

describe('buildCsv: worked examples', () => {
  it('starts with a byte order mark and ends every row, the last too, with CRLF', () => {
    expect(buildCsv([['a', 'b'], ['c', 'd']])).toBe(`${BOM}a,b\r\nc,d\r\n`);
  });

  it('writes nothing but the byte order mark for no rows, and an empty line for an empty row', () => {
    expect(buildCsv([])).toBe(BOM);
    expect(buildCsv([[], ['x']])).toBe(`${BOM}\r\nx\r\n`);
  });

  it('keeps empty cells', () => {
    expect(buildCsv([['', 'a', '']])).toBe(`${BOM},a,\r\n`);
  });

  it.each([
    ['a comma', 'Sam, Jo', '"Sam, Jo"'],
    ['a double quote', 'the "lead" partner', '"the ""lead"" partner"'],
    ['only double quotes', '""', '""""""'],
    ['a line feed', 'first\nsecond', '"first\nsecond"'],
    ['a carriage return', 'first\rsecond', '"first\rsecond"'],
    ['CRLF', 'first\r\nsecond', '"first\r\nsecond"'],
    ['a leading space', ' indented', '" indented"'],
    ['a trailing space', 'trailing ', '"trailing "'],
  ])('quotes a cell with %s', (_name, cell, written) => {
    expect(buildCsv([[cell, 'next']])).toBe(`${BOM}${written},next\r\n`);
  });

  it('leaves plain cells, inner spaces and inner formula characters unquoted', () => {
    expect(buildCsv([['In place', 'a=b', 'x-y', 'me@example.org', '50%']])).toBe(`${BOM}In place,a=b,x-y,me@example.org,50%\r\n`);
  });

  it.each([
    ['=', '=1+1', "'=1+1"],
    ['+', '+44 20 7713 6161', "'+44 20 7713 6161"],
    ['-', '-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['tab', '\t=1+1', `"'\t'=1+1"`],
  ])('neutralises a cell starting with %s by putting a single quote in front', (_name, cell, written) => {
    expect(buildCsv([[cell]])).toBe(`${BOM}${written}\r\n`);
  });

  it.each([
    ['a NUL', '\u0000=1+1', "'\u0000=1+1"],
    ['leading spaces', '  =1+1', "'  =1+1"],
    ['a no-break space', '\u00a0+1', "'\u00a0+1"],
    ['a zero-width space', '\u200b@SUM(A1)', "'\u200b@SUM(A1)"],
  ])('neutralises a formula behind %s, which spreadsheets skip', (_name, cell, written) => {
    expect(buildCsv([[cell]])).toBe(`${BOM}${written}\r\n`);
  });

  it.each([
    ['a semicolon', 'a;=1+1;b', `"a;'=1+1;b"`],
    ['a tab', 'a\t=1+1', `"a\t'=1+1"`],
  ])('quotes a cell with %s, so a spreadsheet reading that separator cannot split out a formula', (_name, cell, written) => {
    expect(buildCsv([[cell, 'next']])).toBe(`${BOM}${written},next\r\n`);
  });

  it('neutralises a cell starting with CR before quoting it', () => {
    expect(buildCsv([['\r=1+1']])).toBe(`${BOM}"'\r=1+1"\r\n`);
  });

  it('neutralises before quoting, so quotes inside a formula are doubled after the prefix', () => {
    expect(buildCsv([['=HYPERLINK("http://example.com","Click")']])).toBe(`${BOM}"'=HYPERLINK(""http://example.com"",""Click"")"\r\n`);
  });

  it('neutralises a cell that is just "-" and a negative number such as "-5" (cells here are words, not figures)', () => {
    expect(buildCsv([['-', '-5']])).toBe(`${BOM}'-,'-5\r\n`);
  });

  it('writes Welsh letters as they are, and they survive UTF-8 encoding with the byte order mark first', () => {
    const cells = ['Ŵyr', 'ŷd', 'â’r', 'Rhoi cydweithio ar waith'];
    const csv = buildCsv([cells]);
    expect(csv).toBe(`${BOM}Ŵyr,ŷd,â’r,Rhoi cydweithio ar waith\r\n`);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // A decoder that honours the byte order mark, as Excel does, strips it.
    expect(new TextDecoder('utf-8').decode(bytes)).toBe(csv.slice(1));
    expect(readBack(csv)).toEqual([cells]);
  });
});

describe('buildCsv: properties', () => {
  /** Cells made mostly of the characters that matter to CSV and spreadsheets. */
  const awkwardCell = fc.string({
    unit: fc.constantFrom(',', ';', '"', '\r', '\n', ' ', '\t', '\u0000', '\u00a0', '=', '+', '-', '@', "'", 'a', 'ŵ', 'ŷ', 'â', '😀'),
    maxLength: 8,
  });
  const cellArb = fc.oneof(awkwardCell, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));
  const rowsArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { maxLength: 6 });

  it('reads back, with a strict RFC 4180 reader, as the same cells (formulas neutralised)', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(readBack(buildCsv(rows))).toEqual(rows.map((row) => row.map(neutralised)));
      }),
      { numRuns: 1000 },
    );
  });

  it('never leaves a cell that a spreadsheet would start evaluating', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        for (const cell of readBack(buildCsv(rows)).flat()) expect(evaluated(cell)).toBe(false);
      }),
    );
  });

  it.each([',', ';', '\t'])('leaves no formula in any piece when a spreadsheet splits the file on %j and ignores the quotes', (separator) => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        // Row by row, so the split is on the separator alone (line breaks inside a note are not separators here).
        const pieces = rows.flatMap((row) => buildCsv([row]).slice(BOM.length, -2).split(separator));
        // A reader that ignores quoting may still drop the quote a piece starts with.
        for (const piece of pieces) expect(evaluated(piece.replace(/^"/, '')), JSON.stringify(piece)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('has no CR, LF, semicolon or tab outside quotes except the CRLF ending each row', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const csv = buildCsv(rows);
        // Drop quoted fields: what is left is separators and plain cells.
        const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
        expect(outside.match(/\r\n/g)?.length ?? 0).toBe(rows.length);
        expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n;\t]/);
      }),
    );
  });
});

function parsed(input: unknown): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

const ncvo = parsed(ncvoJson);

const welsh = (() => {
  const translation = parseFrameworkTranslation(welshJson);
  if (!translation.ok) throw new Error(translation.problems.join('\n'));
  return localizeFramework(ncvo, translation.value).framework;
})();

const labels: CsvLabels = {
  headers: {
    behaviour: 'Behaviour',
    practice: 'Practice',
    status: 'Status',
    notApplicable: 'Not applicable',
    note: 'Notes and next steps',
    owner: 'Who',
    due: 'By when',
    lastChanged: 'Last changed',
  },
  yes: 'Yes',
  no: 'No',
  notApplicableStatus: 'N/A',
  formatTime: (iso) => `at ${iso}`,
};

const AT = '2026-03-04T10:15:00.000Z';
const answer = (fields: Partial<PracticeResponse> = {}): PracticeResponse => ({
  level: 'in-place',
  notApplicable: false,
  note: '',
  changedAt: AT,
  ...fields,
});

function recordOf(entries: [string, PracticeResponse][]): ProgressRecord {
  return { frameworkId: ncvo.id, frameworkVersion: ncvo.version, responses: new Map(entries) };
}

const practicesOf = (framework: Framework) =>
  framework.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => ({ behaviour, practice })));

describe('checklistCsvRows', () => {
  const record = recordOf([
    ['competes-ethically', answer({ note: 'Agreed at the May board' })],
    ['buys-in-services', answer({ level: 'not-yet', notApplicable: true, note: 'We do not buy services' })],
    ['explores-diverse-partners', answer({ level: 'not-yet', note: 'Map local groups', owner: '=Siân', due: '2027-01-31' })],
    ['shares-infrastructure-and-learning', answer({ level: 'retired-level', changedAt: '2026-03-05T09:00:00.000Z' })],
    ['retired-practice', answer({ note: 'From an older framework' })],
  ]);
  const rows = checklistCsvRows(ncvo, record, labels);
  const rowFor = (practiceId: string): string[] => {
    const index = practicesOf(ncvo).findIndex(({ practice }) => practice.id === practiceId);
    if (index < 0) throw new Error(`the framework has no practice "${practiceId}"`);
    return rows[index + 1];
  };

  it('starts with the header row in the person\'s words', () => {
    expect(rows[0]).toEqual(['Behaviour', 'Practice', 'Status', 'Not applicable', 'Notes and next steps', 'Who', 'By when', 'Last changed']);
  });

  it('has one row per practice, in framework order, and none for practices the framework does not list', () => {
    expect(rows).toHaveLength(31);
    expect(rows.slice(1).map((row) => row[1])).toEqual(practicesOf(ncvo).map(({ practice }) => practice.text));
    expect(rows.slice(1).map((row) => row[0])).toEqual(practicesOf(ncvo).map(({ behaviour }) => behaviour.title));
    expect(rows.flat()).not.toContain('From an older framework');
  });

  it('writes an answered practice with its level, note and change time', () => {
    expect(rowFor('competes-ethically')).toEqual([
      'Compete in an ethical and responsible way.',
      'Compete in an ethical and responsible way.',
      'In place',
      'No',
      'Agreed at the May board',
      '',
      '',
      `at ${AT}`,
    ]);
  });

  it('writes a next step\'s Who, and its By when as YYYY-MM-DD; a Who that looks like a formula stays text in the file', () => {
    expect(rowFor('explores-diverse-partners').slice(4, 7)).toEqual(['Map local groups', '=Siân', '2027-01-31']);
    expect(buildCsv([rowFor('explores-diverse-partners').slice(5, 7)])).toBe("\uFEFF'=Siân,2027-01-31\r\n");
  });

  it('writes a not-applicable practice with the not-applicable status and Yes', () => {
    const row = rowFor('buys-in-services');
    expect(row.slice(2)).toEqual(['N/A', 'Yes', 'We do not buy services', '', '', `at ${AT}`]);
  });

  it('writes an unanswered practice at the lowest level with no note and no time', () => {
    const unanswered = practicesOf(ncvo).find(({ practice }) => !record.responses.has(practice.id))!;
    expect(rowFor(unanswered.practice.id).slice(2)).toEqual(['Not yet', 'No', '', '', '', '']);
  });

  it('writes a level the scale does not have as the lowest level, as scoring counts it', () => {
    expect(rowFor('shares-infrastructure-and-learning').slice(2)).toEqual(['Not yet', 'No', '', '', '', 'at 2026-03-05T09:00:00.000Z']);
  });

  it('follows a translated framework: Welsh behaviour titles, practice texts and level labels', () => {
    const welshRows = checklistCsvRows(welsh, record, labels);
    expect(welshRows.slice(1).map((row) => row[1])).toEqual(practicesOf(welsh).map(({ practice }) => practice.text));
    expect(welshRows.slice(1).map((row) => row[0])).toEqual(practicesOf(welsh).map(({ behaviour }) => behaviour.title));
    const inPlaceLabel = welsh.ratingScale[1].label;
    expect(inPlaceLabel).not.toBe('In place');
    expect(welshRows[1][2]).toBe(inPlaceLabel);
    expect(welshRows[1][0]).not.toBe(rows[1][0]);
  });

  it('shows a middle level of a longer scale by its own label', () => {
    const threeLevels = parsed({
      ...ncvoJson,
      ratingScale: [
        { id: 'not-yet', label: 'Not yet', weight: 0 },
        { id: 'partly', label: 'Partly', weight: 0.5 },
        { id: 'in-place', label: 'In place', weight: 1 },
      ],
    });
    const partly = checklistCsvRows(threeLevels, recordOf([['competes-ethically', answer({ level: 'partly' })]]), labels);
    expect(partly[1][2]).toBe('Partly');
  });

  it('makes every row eight cells that agree with the response, for any framework and responses', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        const record: ProgressRecord = { frameworkId: framework.id, frameworkVersion: framework.version, responses };
        const rows = checklistCsvRows(framework, record, labels);
        const practices = practicesOf(framework);
        expect(rows).toHaveLength(practices.length + 1);
        practices.forEach(({ practice }, i) => {
          const row = rows[i + 1];
          const response = responses.get(practice.id);
          expect(row).toHaveLength(8);
          expect(row[1]).toBe(practice.text);
          const level = framework.ratingScale.find((l) => l.id === response?.level) ?? framework.ratingScale[0];
          expect(row[2]).toBe(response?.notApplicable ? 'N/A' : level.label);
          expect(row[3]).toBe(response?.notApplicable ? 'Yes' : 'No');
          expect(row[4]).toBe(response?.note ?? '');
          expect(row[5]).toBe(response?.owner ?? '');
          expect(row[6]).toBe(response?.due ?? '');
          expect(row[7]).toBe(response ? `at ${response.changedAt}` : '');
        });
      }),
    );
  });

  it('makes a file a strict CSV reader reads back row for row', () => {
    const csv = buildCsv(checklistCsvRows(welsh, record, labels));
    expect(readBack(csv)).toEqual(checklistCsvRows(welsh, record, labels).map((row) => row.map(neutralised)));
  });
});

describe('checklistCsvRows with a snapshot chosen', () => {
  const record = recordOf([
    ['competes-ethically', answer()],
    ['buys-in-services', answer({ level: 'not-yet', notApplicable: true })],
  ]);
  const snapshot: Snapshot = {
    takenAt: AT,
    label: '=HYPERLINK("http://example.com")',
    answers: new Map([
      ['buys-in-services', { level: 'in-place', notApplicable: false }],
      ['competes-ethically', { level: 'not-yet', notApplicable: true }],
    ]),
  };
  const rows = checklistCsvRows(ncvo, record, labels, { snapshot, heading: `Status on ${snapshot.label}` });
  const index = (id: string) => practicesOf(ncvo).findIndex(({ practice }) => practice.id === id) + 1;

  it('adds a last column with each practice’s status in the snapshot', () => {
    expect(rows[0].at(-1)).toBe('Status on =HYPERLINK("http://example.com")');
    // Status, not applicable, note, Who, By when, last changed, then the snapshot's status.
    expect(rows[index('buys-in-services')].slice(2)).toEqual(['N/A', 'Yes', '', '', '', `at ${AT}`, 'In place']);
    expect(rows[index('competes-ethically')].at(-1)).toBe('N/A');
    const unanswered = practicesOf(ncvo).find(({ practice }) => !snapshot.answers.has(practice.id))!;
    expect(rows[index(unanswered.practice.id)].at(-1)).toBe('Not yet');
    expect(rows.every((row) => row.length === 9)).toBe(true);
  });

  it('keeps a snapshot’s name from running as a formula', () => {
    const label = checklistCsvRows(ncvo, record, labels, { snapshot, heading: snapshot.label! })[0].at(-1)!;
    expect(buildCsv([[label]])).toBe('\uFEFF"\'=HYPERLINK(""http://example.com"")"\r\n');
  });
});

describe('checklistCsvRows: "Last changed" is the date a person reads (issue 24)', () => {
  it('is this computer\'s time at the change where the change clock ran ahead of it, else the change time', () => {
    const yearAhead = '2027-03-04T10:15:00.000Z';
    const record = recordOf([
      ['competes-ethically', answer({ changedAt: yearAhead, wallAt: AT })],
      ['buys-in-services', answer({ changedAt: '2026-03-05T09:00:00.000Z' })],
    ]);
    const rows = checklistCsvRows(ncvo, record, labels);
    const lastChanged = (id: string) => rows[practicesOf(ncvo).findIndex(({ practice }) => practice.id === id) + 1][7];
    expect(lastChanged('competes-ethically')).toBe(`at ${AT}`);
    expect(lastChanged('buys-in-services')).toBe('at 2026-03-05T09:00:00.000Z');
  });
});
