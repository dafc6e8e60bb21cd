import { msg } from '@lit/localize';
import type { ComparedAnswer } from '../../core/compare/compare-answers.js';

/** A compared answer in words, on screen, on paper and in the spreadsheet. */
export function answerLabel(answer: ComparedAnswer): string {
  switch (answer) {
    case 'in-place':
      return msg('In place', { desc: 'Comparing colleagues’ answers: the practice is in place.' });
    case 'not-yet':
      return msg('Not yet', { desc: 'Comparing colleagues’ answers: the practice is not yet in place.' });
    case 'not-applicable':
      return msg('Not applicable', { desc: 'Checkbox beside a practice: the practice does not apply to this organisation.' });
    case 'not-answered':
      return msg('Not answered', { desc: 'Comparing colleagues’ answers: the person has not answered this practice.' });
  }
}
