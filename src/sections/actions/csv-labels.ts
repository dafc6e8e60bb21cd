import { msg } from '@lit/localize';
import type { CsvLabels } from '../../core/exchange/csv.js';

/** The spreadsheet's headings and words, in the person's language. */
export function csvLabels(locale: string): CsvLabels {
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    headers: {
      behaviour: msg('Behaviour', { desc: 'Column heading in the progress-by-behaviour table.' }),
      practice: msg('Practice', { desc: 'Spreadsheet column heading: the practice text.' }),
      status: msg('Status', { desc: 'Spreadsheet column heading: in place, not yet, or not applicable.' }),
      notApplicable: msg('Not applicable', { desc: 'Checkbox beside a practice: the practice does not apply to this organisation.' }),
      note: msg('Notes and next steps', { desc: 'Label of the free-text notes field of a practice.' }),
      owner: msg('Who', { desc: 'Label of a text field under a practice’s notes: the person or team taking the next step.' }),
      due: msg('By when', { desc: 'Label of a date field under a practice’s notes: the date the next step should be done by.' }),
      lastChanged: msg('Last changed', { desc: 'Spreadsheet column heading: when the answer last changed.' }),
    },
    yes: msg('Yes', { desc: 'Spreadsheet cell: the practice is marked not applicable.' }),
    no: msg('No', { desc: 'Spreadsheet cell: the practice is not marked not applicable.' }),
    notApplicableStatus: msg('Not applicable', { desc: 'Checkbox beside a practice: the practice does not apply to this organisation.' }),
    formatTime: (iso) => time.format(new Date(iso)),
  };
}
