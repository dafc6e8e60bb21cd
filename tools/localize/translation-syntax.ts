// Syntax checks of translators' XLIFF and JSON files, as file:line:column lines.
// Syntax mistakes in a translator's files, as one line each in the form
// editors and terminals link to: `file:line:column: what is wrong`. Run
// before anything reads the files, so a typo never surfaces as a stack trace
// or a character offset.
import { existsSync, readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** The first well-formedness mistake in an XML file (later ones are usually its echoes). */
export function xmlSyntaxProblems(file: string, text: string): string[] {
  const result = XMLValidator.validate(text);
  return result === true ? [] : [`${file}:${result.err.line}:${result.err.col}: ${result.err.msg}`];
}

/** Every JSON syntax mistake: the parser recovers after each, so a missing comma is not hidden by the one before. */
export function jsonSyntaxProblems(file: string, text: string): string[] {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // The parser can report one mistake twice at the same place (a trailing comma is both "key expected" and "value expected").
  const firstAtEachPlace = errors.filter((error, i) => i === 0 || errors[i - 1].offset !== error.offset);
  return firstAtEachPlace.map((error) => {
    const { line, column } = lineAndColumn(text, error.offset);
    const atEnd = text.slice(error.offset).trim() === '';
    const what = atEnd ? ENDS_EARLY : (JSON_MISTAKES[printParseErrorCode(error.error)] ?? 'this is not valid JSON');
    return `${file}:${line}:${column}: ${what}`;
  });
}

/**
 * The settings files a translator edits when adding a language. Everything
 * else reads them, so they are checked first: a missing comma is then one
 * line with file, line and column, not a stack trace with "position 192".
 */
export const SETTINGS_FILES = ['lit-localize.json', 'xliff/locales.json'] as const;

/** jsonSyntaxProblems of each of `files` that exists (paths relative to the current directory). */
export function jsonFilesProblems(files: readonly string[] = SETTINGS_FILES): string[] {
  return files.filter((file) => existsSync(file)).flatMap((file) => jsonSyntaxProblems(file, readFileSync(file, 'utf8')));
}

/** 1-based line and column of a character offset, as editors count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const ENDS_EARLY = 'the file ends too early: is its end missing (a closing "}" or "]")?';

/** jsonc-parser's error codes, by name, in words a translator can act on. */
const JSON_MISTAKES: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  CommaExpected: 'a comma "," is missing before this (between two entries)',
  ColonExpected: 'a colon ":" is missing between the key and its text',
  PropertyNameExpected: 'a key in double quotes is expected here (is there a comma "," too many just before it?)',
  ValueExpected: 'a text in double quotes is expected here (is there a comma "," too many just before it?)',
  CloseBraceExpected: 'a closing brace "}" is missing',
  CloseBracketExpected: 'a closing bracket "]" is missing',
  EndOfFileExpected: 'the file should end here: is there a brace "}" too many above?',
  UnexpectedEndOfString: 'a text is not closed: a double quote " is missing at its end',
  InvalidSymbol: 'unexpected character: texts must be in double quotes " (not ‘ ’ “ ” or \')',
  InvalidCharacter: 'a line break or tab inside a text: write \\n or \\t instead',
  InvalidEscapeCharacter: 'a backslash \\ must be doubled (\\\\) or start \\n, \\t, \\" or \\u',
  InvalidUnicode: '\\u must be followed by four hexadecimal digits',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  InvalidNumberFormat: 'this number is not written the way JSON needs',
  UnexpectedEndOfNumber: 'this number is not written the way JSON needs',
};

/** XML's own entities; any other `&name;` (an HTML habit such as `&nbsp;`) reaches the page as typed. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** The characters translators most often write as HTML entities, so the message can say which character to type. */
const HTML_ENTITY_CHARACTERS: Record<string, string> = {
  nbsp: 'a no-break space (U+00A0)',
  ndash: '– (en dash)',
  mdash: '— (em dash)',
  hellip: '… (ellipsis)',
  lsquo: '‘',
  rsquo: '’ (also the apostrophe)',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  shy: 'a soft hyphen (U+00AD)',
  copy: '©',
};

/**
 * Mistakes in well-formed XLIFF that lit-localize would either pass on to
 * the page (an HTML entity such as `&nbsp;`) or stop at without saying
 * where (an element other than <x/> in a <target>, two <target>s): one line
 * each with file, line, column and the text's id. Run after
 * xmlSyntaxProblems, on a file that is well formed.
 */
export function xliffContentProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const at = (offset: number) => {
    const { line, column } = lineAndColumn(text, offset);
    const unit = unitIdAt(text, offset);
    return `${file}:${line}:${column}:${unit ? ` ${unit}:` : ''}`;
  };
  for (const entity of text.matchAll(/&([A-Za-z][A-Za-z0-9]*);/g)) {
    const name = entity[1];
    if (XML_ENTITIES.has(name)) continue;
    const character = HTML_ENTITY_CHARACTERS[name] ?? 'the character itself';
    problems.push(`${at(entity.index)} "&${name};" would show as typed (XLIFF knows only &amp; &lt; &gt; &quot; &apos;): type ${character} instead`);
  }
  for (const unit of text.matchAll(/<trans-unit\b[^>]*>[^]*?<\/trans-unit>/g)) {
    const targets = [...unit[0].matchAll(/<target\b[^>]*?(?:\/>|>([^]*?)<\/target>)/g)];
    if (targets.length > 1) {
      problems.push(`${at(unit.index + targets[1].index)} a second <target>: keep the one with your translation and delete the other`);
    }
    for (const target of targets) {
      const inside = target[1] ?? '';
      const insideAt = unit.index + target.index + target[0].indexOf('>') + 1;
      for (const tag of inside.matchAll(/<\/?([A-Za-z][\w:.-]*)/g)) {
        if (tag[1] === 'x' && !tag[0].startsWith('</')) continue;
        problems.push(
          `${at(insideAt + tag.index)} <${tag[1]}> cannot be used in a translation: only the <x …/> placeholders copied from <source> can (the code adds any formatting); remove it`,
        );
      }
    }
  }
  return problems;
}

/** The id of the <trans-unit> around an offset, if any. */
function unitIdAt(text: string, offset: number): string | undefined {
  const start = text.lastIndexOf('<trans-unit', offset);
  if (start === -1 || text.lastIndexOf('</trans-unit>', offset) > start) return undefined;
  return /^<trans-unit\b[^>]*\bid="([^"]*)"/.exec(text.slice(start))?.[1];
}
