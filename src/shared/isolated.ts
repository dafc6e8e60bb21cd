/**
 * First-strong isolation (FSI … PDI): the plain-text equivalent of <bdi>,
 * for text a person supplied inside a translated sentence, an <option> or
 * an announcement, where no element can wrap it. A right-to-left name or a
 * stray U+202E then cannot turn around the numbers beside it.
 */
export const isolated = (text: string) => `\u2068${text}\u2069`;
