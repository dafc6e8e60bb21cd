/**
 * The documented maximum length of a note, in characters (UTF-16 code
 * units, as the browser's maxlength counts them). The notes field
 * stops there and counts down to it, which keeps a record of 30 full notes
 * around 100 KB, far below the 5 MB browsers give each site. Longer notes
 * that arrive from elsewhere (an import, an older version) are kept whole.
 */
export const NOTE_MAX_LENGTH = 2000;

