/**
 * The documented maximum length of a note, in characters (UTF-16 code
 * units, as the browser's maxlength would count them). The notes field
 * counts down to it, which keeps a record of 30 full notes around 100 KB,
 * far below the 5 MB browsers give each site. A person can type past it
 * (GOV.UK character count): the field says so, and the note is kept and
 * saved whole, as are longer notes from an import or an older version.
 */
export const NOTE_MAX_LENGTH = 2000;

