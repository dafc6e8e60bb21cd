import { css } from 'lit';

/**
 * Suggested next steps; the comparison uses its title and reasons too.
 * Comes with the extras chunk.
 */
export const nextStepsStyles = css`
  .next-steps {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .next-steps-title {
    font-size: 1.2em;
  }

  .next-steps-list {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.5em;
  }

  .next-step-text {
    display: block;
  }

  .next-step-reason {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
