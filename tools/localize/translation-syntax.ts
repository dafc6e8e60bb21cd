// Syntax checks of translators' XLIFF and JSON files, as file:line:column lines.
// Syntax mistakes in a translator's files, as one line each in the form
// editors and terminals link to: `file:line:column: what is wrong`. Run
// before anything reads the files, so a typo never surfaces as a stack trace
// or a character offset.
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
