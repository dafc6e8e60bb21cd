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
 * compared as Unicode NFC, so "Siân" typed two ways is one name.
 */
export function fileLabels(files: readonly ChosenFile[]): string[] {
  const named = files.map(({ fileName, filledInBy }) => {
    const name = filledInBy?.trim().normalize('NFC');
    return name && hasSomethingToRead(name) ? { name, fileName: fileName.normalize('NFC') } : { name: fileName.normalize('NFC') };
  });
  const tally = (labels: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    return counts;
  };
  const byName = tally(named.map(({ name }) => name));
  const labels = named.map(({ name, fileName }) => (fileName !== undefined && byName.get(name)! > 1 ? `${name} (${fileName})` : name));
  const byLabel = tally(labels);
  // Numbered labels must not take one a file already has ("x.json (1)" is a possible file name).
  const taken = new Set(labels.filter((label) => byLabel.get(label) === 1));
  return labels.map((label) => {
    if (byLabel.get(label) === 1) return label;
    let number = 1;
    while (taken.has(`${label} (${number})`)) number += 1;
    const numbered = `${label} (${number})`;
    taken.add(numbered);
    return numbered;
  });
}
