'use client';
// A Next.js client component: a plain top-level import is safe on the
// server (it defines nothing there). React 19 neither sets properties nor
// attaches on… listeners while hydrating server-rendered custom elements
// (react#35446), so they are set on the element itself once it is mounted.
import type {} from 'collab-checklist/react';
import 'collab-checklist';
import type { CollabChecklist, FrameworkInput } from 'collab-checklist';
import { useEffect, useRef } from 'react';

export function Checklist({ framework, onPercent }: { framework?: FrameworkInput; onPercent: (percent: number) => void }) {
  const ref = useRef<CollabChecklist>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (framework) element.framework = framework;
    const changed = (event: HTMLElementEventMap['collab-change']) => onPercent(event.detail.score.overall.percent);
    element.addEventListener('collab-change', changed);
    return () => element.removeEventListener('collab-change', changed);
  }, [framework, onPercent]);
  return <collab-checklist ref={ref} storage-key="team-a" />;
}
