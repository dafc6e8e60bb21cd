import { msg } from '@lit/localize';
import { restoredResponse, says, withTakenAnswer, type TakenAnswer } from '../../core/compare/agreed-answers.js';
import type { ComparedAnswer, Comparison } from '../../core/compare/compare-answers.js';
import { compareFiles, type ComparedFile } from '../../core/compare/compare-files.js';
import type { Framework, PracticeResponse } from '../../core/index.js';
import type { Announcer } from '../../controllers/announcer.js';
import type { ChecklistController } from '../../controllers/checklist-controller.js';
import { focusAfterUpdate, type ElementHost } from '../../controllers/host.js';

/** The last take, as Undo needs it: exactly what it replaced. */
interface LastTake {
  /** This browser's responses before the take, by practice id (none where there was none). */
  readonly responses: ReadonlyMap<string, PracticeResponse | undefined>;
  /** What had been taken for those practices before, so Undo also gives back their "Agreed" marks. */
  readonly taken: ReadonlyMap<string, TakenAnswer | undefined>;
  /** The practice and answer of a take from one row, where its Undo button is; none for "Use every answer all agree on". */
  readonly practiceId?: string;
  readonly answer?: ComparedAnswer;
  /** What the take did, in words: said when it happens, shown beside Undo. */
  readonly said: string;
}

export const OWN_COLUMN_ID = 'comparison-own';
export const TAKE_ALL_ID = 'comparison-take-all';
export const UNDO_ID = 'comparison-undo';
export const useButtonId = (practiceId: string, answer: string) => `comparison-use-${answer}-${practiceId}`;

/**
 * The meeting's side of a comparison: whether this browser's own answers
 * are in it, and answers taken as the organisation's agreed ones. A taken
 * answer goes into this browser's checklist through ChecklistController
 * (saved and synced as a tick is); a practice shows as agreed while this
 * browser's answer still says what was taken. One level of Undo.
 */
export class AgreedAnswersController {
  /** Whether this browser's answers are a column of the comparison ("You (this browser)"). */
  includeOwn = false;
  last?: LastTake;
  #taken = new Map<string, TakenAnswer>();

  constructor(
    private readonly host: ElementHost,
    readonly checklist: ChecklistController,
    private readonly announcer: Announcer,
  ) {}

  /** The files, and this browser's answers when included, side by side. */
  comparison(framework: Framework, files: readonly ComparedFile[]): Comparison {
    const own = this.includeOwn ? { name: ownName(), record: this.checklist.record } : undefined;
    return compareFiles(framework, files, own);
  }

  /** What was taken for `practiceId`, while this browser's answer still says it. */
  agreed(practiceId: string): TakenAnswer | undefined {
    const taken = this.#taken.get(practiceId);
    const scale = this.checklist.framework?.ratingScale;
    return taken && scale && says(this.checklist.responseTo(practiceId), taken, scale) ? taken : undefined;
  }

  toggleOwn = (event: Event): void => {
    this.includeOwn = (event.target as HTMLInputElement).checked;
    this.host.requestUpdate();
  };

  /**
   * Takes `answers` as agreed; `said` tells what happened; a take from one
   * row names its practice and answer. The button that took them goes (what
   * it offered is agreed now), so focus moves to the Undo beside it.
   */
  take(answers: ReadonlyMap<string, TakenAnswer>, said: string, practiceId?: string, answer?: ComparedAnswer): void {
    if (answers.size === 0) return;
    const taken = new Map([...answers.keys()].map((id) => [id, this.#taken.get(id)]));
    let responses: ReadonlyMap<string, PracticeResponse | undefined> = new Map();
    this.checklist.putResponses((record, now) => {
      responses = new Map([...answers.keys()].map((id) => [id, record.responses.get(id)]));
      return new Map([...answers].map(([id, answer]) => [id, withTakenAnswer(record.responses.get(id), answer, now)]));
    });
    for (const [id, each] of answers) this.#taken.set(id, each);
    this.last = { responses, taken, ...(practiceId === undefined ? {} : { practiceId, answer }), said };
    this.announcer.say(said);
    void focusAfterUpdate(this.host, UNDO_ID);
  }

  /** Puts back what the last take replaced, and focus on the button that took it (back now that the answer is not agreed). */
  undo = async (): Promise<void> => {
    const last = this.last;
    const scale = this.checklist.framework?.ratingScale;
    if (!last || !scale) return;
    this.last = undefined;
    this.checklist.putResponses((_record, now) => new Map([...last.responses].map(([id, response]) => [id, restoredResponse(response, scale, now)])));
    for (const [id, answer] of last.taken) {
      if (answer) this.#taken.set(id, answer);
      else this.#taken.delete(id);
    }
    this.announcer.say(msg('Undone: your answers are back as they were.', { desc: 'Said after Undo in the comparison: this browser’s answers taken as agreed are back as they were.' }));
    await focusAfterUpdate(this.host, last.practiceId !== undefined && last.answer ? useButtonId(last.practiceId, last.answer) : TAKE_ALL_ID);
  };
}

/** The column of this browser's own answers. */
export const ownName = () => msg('You (this browser)', { desc: 'Comparison column heading: the answers of the person using this browser, as they are now.' });
