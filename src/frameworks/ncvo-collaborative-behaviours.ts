import type { Framework } from '../core/framework/framework-schema.js';
import data from '../../framework/ncvo-collaborative-behaviours.json';

/**
 * NCVO's collaborative behaviours, bundled as the default framework. It is
 * checked when it is built, not each time a page loads: a unit test
 * (test/unit/ncvo-framework.test.ts) holds it to the framework format and
 * to what validation would make of it, so the runtime validation (valibot)
 * loads only for a framework a page brings.
 */
export const ncvoCollaborativeBehaviours = data as Framework;
