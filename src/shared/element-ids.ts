/**
 * Element ids made from framework ids, which a framework author chooses.
 * Every prefix ends in "-" and none is the start of another, and nothing is
 * put after the framework id: so two different (prefix, id) pairs can never
 * make the same element id. (`note-count-` beside `note-` would: practices
 * "x" and "count-x" both gave `note-count-x`.) Fixed ids elsewhere in the
 * element start with none of these prefixes.
 */
export const elementId = {
  behaviourTitle: (id: string) => `behaviour-${id}`,
  behaviourLeadIn: (id: string) => `lead-in-${id}`,
  behaviourHeading: (id: string) => `heading-${id}`,
  reviewed: (id: string) => `reviewed-${id}`,
  practice: (id: string) => `practice-${id}`,
  practiceText: (id: string) => `text-${id}`,
  notApplicable: (id: string) => `na-${id}`,
  note: (id: string) => `note-${id}`,
  noteCount: (id: string) => `count-${id}`,
  noteError: (id: string) => `error-${id}`,
  owner: (id: string) => `owner-${id}`,
  due: (id: string) => `due-${id}`,
  dueHint: (id: string) => `when-hint-${id}`,
  dueError: (id: string) => `when-error-${id}`,
  day: (id: string) => `day-${id}`,
  month: (id: string) => `month-${id}`,
  year: (id: string) => `year-${id}`,
  tag: (id: string) => `tag-${id}`,
  /** What changed since a snapshot: a behaviour's title there, and its lists; `place` keeps the printed copy's ids apart from the screen's. */
  changeTitle: (id: string, place: ChangePlace) => `${place}since-title-${id}`,
  changeList: (id: string, list: 'in' | 'out' | 'na', place: ChangePlace) => `${place}since-${list}-${id}`,
  notYet: (id: string) => `not-yet-${id}`,
};

/** Where a behaviour's changes are drawn: '' on screen, 'print-' on paper. */
export type ChangePlace = '' | 'print-';
