import { Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import 'collab-checklist';
import type { CollabChangeDetail, FrameworkInput } from 'collab-checklist';

@Component({
  selector: 'app-checklist',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <collab-checklist storage-key="team-a" [headingLevel]="3" [framework]="framework()" (collab-change)="changed($event)"></collab-checklist>
    <p>{{ percent }}%</p>
  `,
})
export class ChecklistComponent {
  readonly framework = input<FrameworkInput>();
  percent = 0;

  changed(event: CustomEvent<CollabChangeDetail>): void {
    this.percent = event.detail.score.overall.percent;
  }
}
