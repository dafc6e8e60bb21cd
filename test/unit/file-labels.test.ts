import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileLabels, type ChosenFile } from '../../src/core/compare/file-labels.js';

const fileArb: fc.Arbitrary<ChosenFile> = fc.record(
  {
    // Few distinct values, so that clashes are common.
    fileName: fc.constantFrom('answers.json', 'x.json', 'x.json (1)', 'Siân.json'),
    filledInBy: fc.constantFrom('Siân', 'Sia\u0302n', 'Siân\u200b', ' Gwyn ', '', '\u200b', '\u202e', 'x.json', 'Siân (answers.json)'),
  },
  { requiredKeys: ['fileName'] },
);

describe('fileLabels: what each compared file is called', () => {
  it('uses the name in the file, else the file name', () => {
    expect(fileLabels([{ fileName: 'a.json', filledInBy: ' Gwyn ' }, { fileName: 'b.json' }])).toEqual(['Gwyn', 'b.json']);
  });

  it('tells the same name apart by file name, and the same file name by number', () => {
    expect(fileLabels([
      { fileName: 'a.json', filledInBy: 'Siân' },
      { fileName: 'b.json', filledInBy: 'Siân' },
      { fileName: 'x.json' },
      { fileName: 'x.json' },
    ])).toEqual(['Siân (a.json)', 'Siân (b.json)', 'x.json (1)', 'x.json (2)']);
  });

  it('reads "Siân" typed with a combining accent as the same name', () => {
    expect(fileLabels([{ fileName: 'a.json', filledInBy: 'Siân' }, { fileName: 'b.json', filledInBy: 'Sia\u0302n' }])).toEqual([
      'Siân (a.json)',
      'Siân (b.json)',
    ]);
  });

  it('tells apart names that differ only by invisible characters ("Siân" and "Siân" with a zero-width space)', () => {
    expect(fileLabels([{ fileName: 'a.json', filledInBy: 'Siân' }, { fileName: 'b.json', filledInBy: 'Siân\u200b' }])).toEqual([
      'Siân (a.json)',
      'Siân\u200b (b.json)',
    ]);
    expect(fileLabels([{ fileName: 'a.json', filledInBy: 'Siân' }, { fileName: 'a.json', filledInBy: 'Si\u200dân' }])).toEqual([
      'Siân (a.json) (1)',
      'Si\u200dân (a.json) (2)',
    ]);
  });

  it('takes a name with nothing to read in it (zero-width or direction characters only) as no name', () => {
    expect(fileLabels([{ fileName: 'a.json', filledInBy: '\u200b' }, { fileName: 'b.json', filledInBy: '\u202e ' }])).toEqual(['a.json', 'b.json']);
  });

  it('gives every file a different label that begins with its name or file name', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 8 }), (files) => {
        const labels = fileLabels(files);
        expect(labels).toHaveLength(files.length);
        // Told apart as people see them: invisible characters do not count.
        expect(new Set(labels.map((label) => label.replace(/\p{Default_Ignorable_Code_Point}/gu, ''))).size).toBe(files.length);
        labels.forEach((label, index) => {
          const { fileName, filledInBy } = files[index];
          const name = filledInBy?.trim().normalize('NFC');
          expect([name, fileName.normalize('NFC')].some((start) => start && label.startsWith(start))).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
