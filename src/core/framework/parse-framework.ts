import { capProblems, parseDocument } from '../issues.js';
import { fail, type Result } from '../result.js';
import { FRAMEWORK_FORMAT_VERSION, FrameworkSchema, type Framework, type RatingLevel } from './framework-schema.js';

/**
 * Checks a framework (parsed JSON, or an object built by a host page) and
 * returns it with defaults filled in, or every problem found, each naming
 * where it is, e.g. `behaviours[1].practices[3].id "x" is used twice`.
 * Never throws, even for a host's object whose properties throw when read
 * (a Proxy, a getter): that is a problem to show, not a crash.
 */
export function parseFramework(input: unknown): Result<Framework> {
  try {
    return check(input);
  } catch {
    return fail(['The framework could not be read: reading it raised an error.']);
  }
}

function check(input: unknown): Result<Framework> {
  const version = formatVersionOf(input);
  if (typeof version === 'number' && version > FRAMEWORK_FORMAT_VERSION) {
    return fail([
      `formatVersion is ${version}, but this version of collab-checklist reads framework format ${FRAMEWORK_FORMAT_VERSION}. Update collab-checklist to use this framework.`,
    ]);
  }
  const parsed = parseDocument(FrameworkSchema, input);
  if (!parsed.ok) return parsed;
  const problems = [...duplicateIdProblems(parsed.value), ...ratingScaleProblems(parsed.value.ratingScale)];
  return problems.length ? fail(capProblems(problems)) : parsed;
}

function formatVersionOf(input: unknown): unknown {
  return typeof input === 'object' && input !== null ? (input as { formatVersion?: unknown }).formatVersion : undefined;
}

function duplicateIdProblems(framework: Framework): string[] {
  const problems: string[] = [];
  const behaviourIds = new Map<string, string>();
  const practiceIds = new Map<string, string>();
  framework.behaviours.forEach((behaviour, b) => {
    noteDuplicate(behaviourIds, behaviour.id, `behaviours[${b}].id`, problems);
    behaviour.practices.forEach((practice, p) => {
      noteDuplicate(practiceIds, practice.id, `behaviours[${b}].practices[${p}].id`, problems);
    });
  });
  return problems;
}

function noteDuplicate(seen: Map<string, string>, id: string, where: string, problems: string[]): void {
  const first = seen.get(id);
  if (first) problems.push(`${where} "${id}" is used twice (first at ${first}); ids must be unique`);
  else seen.set(id, where);
}

/** A scale must run from "not started" (weight 0) up to "fully in place" (weight 1). */
function ratingScaleProblems(scale: readonly RatingLevel[]): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  scale.forEach((level, i) => {
    noteDuplicate(ids, level.id, `ratingScale[${i}].id`, problems);
    if (i > 0 && level.weight <= scale[i - 1].weight) {
      problems.push(`ratingScale[${i}].weight must be greater than the level before it (levels go from least to most in place)`);
    }
  });
  if (scale[0].weight !== 0) problems.push('ratingScale[0].weight must be 0 (the first level means "not yet")');
  if (scale[scale.length - 1].weight !== 1) {
    problems.push(`ratingScale[${scale.length - 1}].weight must be 1 (the last level means "in place")`);
  }
  return problems;
}
