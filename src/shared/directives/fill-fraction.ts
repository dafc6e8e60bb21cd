import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets `--_fraction` on an element through the CSSOM. Lit's styleMap writes
 * a `style` attribute on first render, which a strict Content Security
 * Policy (`style-src 'self'`) blocks; setting a property from script is
 * allowed, so progress bars fill under any policy.
 */
class FillFraction extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fillFraction() belongs on an element, not in an attribute or text');
  }

  render(_fraction: number) {
    return noChange;
  }

  override update(part: ElementPart, [fraction]: [number]) {
    (part.element as HTMLElement).style.setProperty('--_fraction', String(fraction));
    return noChange;
  }
}

export const fillFraction = directive(FillFraction);
