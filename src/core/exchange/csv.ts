import type { Framework } from '../framework/framework-schema.js';
import type { ProgressRecord } from '../progress/progress-record.js';
import type { Snapshot } from '../progress/snapshot.js';
import { changedOn } from '../progress/response.js';

/** The words of the spreadsheet, in the person's language. */
export interface CsvLabels {
  readonly headers: {
    readonly behaviour: string;
    readonly practice: string;
    readonly status: string;
    readonly notApplicable: string;
    readonly note: string;
    /** The next step's "Who". */
    readonly owner: string;
    /** The next step's "By when", written YYYY-MM-DD, which spreadsheets read as a date. */
    readonly due: string;
    readonly lastChanged: string;
  };
  /** The not-applicable column when a practice is marked not applicable. */
  readonly yes: string;
  /** The not-applicable column otherwise. */
  readonly no: string;
  /** The status column when a practice is marked not applicable. */
  readonly notApplicableStatus: string;
  /** Writes a response's change time (ISO 8601, UTC) for people to read. */
  formatTime(iso: string): string;
}

/** Lets Excel read the file as UTF-8, so Welsh letters such as ŵ and ŷ show as written. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Where a spreadsheet would start a formula: characters that make it treat
 * a cell as one (OWASP, "CSV Injection"), at the cell's start. A note such
 * as `=HYPERLINK("http://…")` must stay text. Spreadsheets skip control and
 * format characters and leading blanks before deciding (LibreOffice drops a
 * NUL and computes "\u0000=1+1"), so the formula character is looked for
 * after any of those. Also after each ",", ";" or tab in the cell: quoting
 * keeps `a;=1+1;b` one cell for a reader that honours quotes, but one that
 * splits on ";" regardless starts a cell at `=1+1`. Line breaks are left
 * out: every note with a "- " list would change, and spreadsheets honour
 * quoted line breaks.
 */
const FORMULA = '(?=[\\t\\r]|[\\s\\p{Cc}\\p{Cf}]*[=+\\-@])';
const FORMULA_START = new RegExp(`^${FORMULA}`, 'u');
/** Two patterns, not `(?:^|[,;\t])`: after the empty match at the start, a tab at the start would be skipped. */
const FORMULA_AFTER_SEPARATOR = new RegExp(`[,;\\t]${FORMULA}`, 'gu');

/**
 * Cells quoted: RFC 4180's comma, quote, CR and LF, plus the other
 * separators spreadsheets offer when opening a file (";" is the usual one
 * in much of Europe, and tab), so that no separator setting splits a cell
 * and starts a new one with a formula.
 */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/**
 * A CSV file as RFC 4180 describes it: CRLF after every row (the last too),
 * and a field in double quotes when it holds a comma, a semicolon, a tab, a
 * double quote, CR or LF, or starts or ends with white space (which some
 * programs trim), with inner quotes doubled. An empty row is written as an
 * empty line, which reads back as one empty cell.
 *
 * Cells are untrusted text (notes are whatever a person typed), so a cell
 * starting with =, +, -, @ (after any control characters or blanks), tab or
 * CR gets a single quote in front, which spreadsheets show as text, and so
 * does such a start after a ",", ";" or tab inside the cell. That includes plain "-" and negative numbers
 * such as "-5": telling a number from a formula such as `-1+cmd|…` is not
 * worth the risk, and the cells here are words, not figures.
 */
export function buildCsv(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

function field(value: string): string {
  const safe = (FORMULA_START.test(value) ? "'" : '') + value.replace(FORMULA_AFTER_SEPARATOR, "$&'");
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The checklist as spreadsheet rows: a header row, then one row per practice
 * in framework order. `framework` may be a translated one; rows use its
 * texts. Responses to practices it does not list are not rows. A level the
 * scale does not have is shown as the lowest level, as scoring counts it.
 * With `then` (a snapshot the person chose to compare with), a last column,
 * headed `then.heading`, gives each practice's status in that snapshot.
 */
export function checklistCsvRows(
  framework: Framework,
  record: ProgressRecord,
  labels: CsvLabels,
  then?: { readonly snapshot: Snapshot; readonly heading: string },
): string[][] {
  const { headers } = labels;
  const levelLabels = new Map(framework.ratingScale.map((level) => [level.id, level.label]));
  const lowest = framework.ratingScale[0].label;
  const statusOf = (answer: { level: string; notApplicable: boolean } | undefined) =>
    answer?.notApplicable ? labels.notApplicableStatus : ((answer && levelLabels.get(answer.level)) ?? lowest);
  const rows: string[][] = [[headers.behaviour, headers.practice, headers.status, headers.notApplicable, headers.note, headers.owner, headers.due, headers.lastChanged, ...(then ? [then.heading] : [])]];
  for (const behaviour of framework.behaviours) {
    for (const practice of behaviour.practices) {
      const response = record.responses.get(practice.id);
      const status = statusOf(response);
      rows.push([
        behaviour.title,
        practice.text,
        status,
        response?.notApplicable ? labels.yes : labels.no,
        response?.note ?? '',
        response?.owner ?? '',
        response?.due ?? '',
        // The date a person reads: this computer's time, not the change clock's (changedOn).
        response ? labels.formatTime(changedOn(response)) : '',
        ...(then ? [statusOf(then.snapshot.answers.get(practice.id))] : []),
      ]);
    }
  }
  return rows;
}
