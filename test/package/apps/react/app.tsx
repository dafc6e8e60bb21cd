// A strict React 19 app using only the package's own types.
import type {} from 'collab-checklist/react';
import 'collab-checklist';
import type { CollabChecklist, FrameworkInput, OrganisationProfile, ProfileDetail } from 'collab-checklist';
import { useRef } from 'react';

export function Checklist({ framework, onPercent }: { framework?: FrameworkInput; onPercent: (percent: number) => void }) {
  const ref = useRef<CollabChecklist>(null);
  return (
    <collab-checklist
      ref={ref}
      storage-key="team-a"
      heading-level={3}
      framework={framework}
      oncollab-change={(event) => {
        onPercent(event.detail.score.overall.percent);
        if (event.detail.kind === 'profile') rememberProfile(event.detail);
      }}
    />
  );
}

function rememberProfile(detail: ProfileDetail): OrganisationProfile {
  return detail.profile;
}
