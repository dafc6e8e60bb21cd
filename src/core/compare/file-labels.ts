/** One file chosen for a comparison: its file name, and the name written in it (`profile.filledInBy`), if any. */
export interface ChosenFile {
  readonly fileName: string;
  readonly filledInBy?: string;
}

/**
 * A name with nothing to read in it (only spaces, zero-width or
 * direction-control characters) is no name: it would show as a blank
 * column, or turn the text after it around.
 */
const hasSomethingToRead = (name: string) => /[\p{L}\p{N}\p{S}\p{P}]/u.test(name);

/**
 * What each file's column and rows are called in a comparison: the name in
 * it, else its file name. Every label is different, so no two colleagues
 * can be mistaken for each other on screen, on paper or in the
 * spreadsheet: two files with the same name in them are told apart by
 * their file names, and labels that still match are numbered. Names are
 * compared as Unicode NFC and as they look (`seen`), so "Siân" typed two
 * ways, or with a zero-width space, is one name.
 */
export function fileLabels(files: readonly ChosenFile[]): string[] {
  const named = files.map(({ fileName, filledInBy }) => {
    const name = filledInBy?.trim().normalize('NFC');
    return name && hasSomethingToRead(name) ? { name, fileName: fileName.normalize('NFC') } : { name: fileName.normalize('NFC') };
  });
  const tally = (labels: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(seen(label), (counts.get(seen(label)) ?? 0) + 1);
    return counts;
  };
  const byName = tally(named.map(({ name }) => name));
  const labels = named.map(({ name, fileName }) => (fileName !== undefined && byName.get(seen(name))! > 1 ? `${name} (${fileName})` : name));
  const byLabel = tally(labels);
  // Numbered labels must not take one a file already has ("x.json (1)" is a possible file name).
  const taken = new Set(labels.filter((label) => byLabel.get(seen(label)) === 1).map(seen));
  return labels.map((label) => {
    if (byLabel.get(seen(label)) === 1) return label;
    let number = 1;
    while (taken.has(seen(`${label} (${number})`))) number += 1;
    const numbered = `${label} (${number})`;
    taken.add(seen(numbered));
    return numbered;
  });
}

/**
 * A label as people see it: without characters that show nothing (zero-width
 * space and joiner, direction marks). "Siân" and "Siân" followed by a
 * zero-width space look the same, so they count as the same label and are
 * told apart like any two files with one name.
 */
const seen = (label: string) => label.replace(/\p{Default_Ignorable_Code_Point}/gu, '');
