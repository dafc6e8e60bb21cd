import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import welshJson from '../../framework/translations/ncvo-collaborative-behaviours.cy.json';
import { buildExportFile, readImportFile } from '../../src/core/exchange/export-file.js';
import { parseFrameworkTranslation } from '../../src/core/framework/framework-translation.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { emptyRecord, withResponse } from '../../src/core/progress/progress-record.js';
import { readRecord, serializeRecord } from '../../src/core/progress/record-codec.js';

/*
 * Old host libraries (Prototype.js, some polyfills) add enumerable
 * properties to Object.prototype. The widget must start and read saved
 * progress all the same.
 */
const POLLUTED = ['polluted', 'level', 'note', 'title'] as const;

describe('with enumerable properties added to Object.prototype', () => {
  beforeEach(() => {
    for (const key of POLLUTED) Object.defineProperty(Object.prototype, key, { value: () => 'from the host', enumerable: true, configurable: true, writable: true });
  });
  afterEach(() => {
    for (const key of POLLUTED) delete (Object.prototype as Record<string, unknown>)[key];
  });

  const framework = () => {
    const parsed = parseFramework(ncvoJson);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    return parsed.value;
  };

  it('reads the bundled framework and its Welsh translation without error or invented problems', () => {
    expect(framework().behaviours).toHaveLength(5);
    expect(parseFrameworkTranslation(welshJson).ok).toBe(true);
  });

  it('still reports a real problem, and only that one', () => {
    const parsed = parseFramework({ ...ncvoJson, titel: 'typo' });
    expect(parsed.ok ? [] : parsed.problems).toEqual(['titel is not a known field (check its spelling)']);
  });

  it('reads saved progress and an export file back as they were written', () => {
    const record = withResponse(emptyRecord('ncvo-collaborative-behaviours', '2021.2'), 'buys-in-services', {
      level: 'in-place',
      notApplicable: false,
      note: 'Agreed in March',
      changedAt: '2026-11-25T10:14:58.120Z',
    });
    const reading = readRecord(serializeRecord(record, '2026-11-25T10:15:00.000Z'));
    expect(reading.kind === 'record' && reading.record.responses.get('buys-in-services')?.note).toBe('Agreed in March');
    const imported = readImportFile(buildExportFile(record, framework(), '2026-11-25T10:15:00.000Z'), framework());
    expect(imported.ok && imported.record.responses.get('buys-in-services')?.note).toBe('Agreed in March');
  });
});
