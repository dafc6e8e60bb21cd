import data from '../../framework/ncvo-collaborative-behaviours.json';

/**
 * NCVO's collaborative behaviours, bundled as the default framework. It is
 * validated like any other framework when the element loads it.
 */
export const ncvoCollaborativeBehaviours: unknown = data;
