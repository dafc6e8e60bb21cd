import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { FrameworkFailure } from '../../controllers/framework-controller.js';

/** Shown instead of the checklist when its framework cannot be used: what failed, and where. */
export function frameworkProblems(failure: FrameworkFailure) {
  return html`
    <div class="notice" role="alert" part="base">
      <p class="notice-title">${msg('This checklist cannot be shown', { desc: 'Title of the error shown when the framework file is invalid.' })}</p>
      <p>${explain(failure)}</p>
      ${failure.kind === 'invalid'
        ? html`<ul>
            ${failure.problems.map((problem) => html`<li>${problem}</li>`)}
          </ul>`
        : nothing}
    </div>
  `;
}

function explain(failure: FrameworkFailure): string {
  switch (failure.kind) {
    case 'network': {
      const { src } = failure;
      return msg(str`The framework file “${src}” could not be downloaded. Check the address, your connection, and that its server allows this site to read it (CORS).`, { desc: 'Framework file failed to download; the value is its address.' });
    }
    case 'http': {
      const { src, status } = failure;
      const code = String(status);
      return msg(str`The server answered with error ${code} for the framework file “${src}”.`, { desc: 'Framework file request failed with an HTTP status; values: status code, address.' });
    }
    case 'too-large': {
      const { src } = failure;
      return msg(str`The file “${src}” is too large to be a framework.`, { desc: 'Framework file larger than the limit; the value is its address.' });
    }
    case 'not-json': {
      const { src } = failure;
      return msg(str`The file “${src}” is not a framework: it is not JSON.`, { desc: 'Framework file is not JSON; the value is its address.' });
    }
    case 'checker-not-loaded':
      return msg('The code that checks this checklist’s framework could not be loaded. Check your internet connection and reload the page.', { desc: 'Shown when the file with the code that checks a framework file fails to load (for example a network error).' });
    case 'invalid': {
      const { src } = failure;
      return src
        ? msg(str`The framework file “${src}” has these problems:`, { desc: 'Introduces a list of problems found in a framework file; the value is its address.' })
        : msg('The framework it uses has these problems:', { desc: 'Introduces a list of problems found in the framework file.' });
    }
  }
}
