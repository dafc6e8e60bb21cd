import { css } from 'lit';

/**
 * "About your organisation". Comes with the extras chunk.
 */
export const profileStyles = css`
  .profile {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .profile-title {
    font-size: 1.2em;
  }

  .profile-groups {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .profile-group {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.3em;
  }

  .profile-legend {
    padding: 0;
    margin-block-end: 0.3em;
    font-weight: 700;
  }

  .profile-effect {
    color: var(--_muted);
    font-size: 0.9em;
  }

  @media print {
    .profile details {
      display: none !important;
    }
  }
`;
