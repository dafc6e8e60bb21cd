import { noChange } from 'lit';
import { keptName } from '../../core/tailoring/profile.js';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';

/**
 * A text field's value, written into the field only while the person is
 * not in it. What they are typing stays as they typed it: the saved value
 * may differ for a moment (a name is saved trimmed) or come from another
 * tab, and writing either back would move the caret or take a space away.
 * Once they leave the field it shows what is saved again at the next
 * redraw. (By when's three fields are kept as typed for the whole group
 * by a draft: date-entry.ts.)
 */
class FieldValue extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY || part.name !== 'value') throw new Error('fieldValue() belongs in .value=${…}');
  }

  render(value: string) {
    return value;
  }

  override update(part: PropertyPart, [value]: [string]) {
    const field = part.element as HTMLInputElement;
    if (field.value !== value && !field.matches(':focus')) field.value = value;
    return noChange;
  }
}

export const fieldValue = directive(FieldValue);

/**
 * On leaving a field: if what it shows is not what is saved (another tab
 * changed it while the person was in it), what they see is saved, so the
 * page never shows one thing and keeps another. For name fields (Who, Your
 * name, Organisation name): compared as they are saved, trimmed and cut.
 */
export function keepShown(saved: string | undefined, save: (event: Event) => void) {
  return (event: Event) => {
    const shown = keptName((event.target as HTMLInputElement).value);
    if (shown !== (saved ?? '')) save(event);
  };
}

