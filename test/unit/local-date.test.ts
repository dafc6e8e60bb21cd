import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/core/exchange/export-file.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { isCalendarDate, localDate } from '../../src/core/local-date.js';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';

/** Half past midnight on 1 July in London is still 30 June in UTC. */
const JUST_AFTER_MIDNIGHT_BST = new Date('2026-06-30T23:30:00.000Z');

describe('localDate', () => {
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('is the date where the person is, not the UTC date, in the hour after midnight in British Summer Time', () => {
    expect(JUST_AFTER_MIDNIGHT_BST.toISOString().slice(0, 10)).toBe('2026-06-30');
    expect(localDate(JUST_AFTER_MIDNIGHT_BST)).toBe('2026-07-01');
  });

  it('is the same as the UTC date in winter, when London is on UTC', () => {
    expect(localDate(new Date('2026-12-31T23:30:00.000Z'))).toBe('2026-12-31');
  });

  it('names export files by that local date', () => {
    const parsed = parseFramework(ncvoJson);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(exportFileName(parsed.value, localDate(JUST_AFTER_MIDNIGHT_BST), 'csv')).toBe('putting-collaboration-into-practice-2026-07-01.csv');
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-03-31', '2028-02-29', '0001-01-01', '9999-12-31'])('takes %s', (date) => expect(isCalendarDate(date)).toBe(true));
  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '2026-3-31', '31/03/2026', '2026-03-31T00:00:00Z', ' 2026-03-31', ''])(
    'refuses %j',
    (date) => expect(isCalendarDate(date)).toBe(false),
  );
});
