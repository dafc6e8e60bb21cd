import { msg } from '@lit/localize';
import { html } from 'lit';
import { heading } from '../../shared/heading.js';
import type { RenderContext } from '../../shared/render-context.js';
import { planTables, type PlanView } from '../next-steps/next-steps.js';

/** The action plan as printed: the same plan the screen shows (PlanView). */
export type PrintPlanView = PlanView;

/**
 * "Action plan" on paper: first after the summary in Print a plan, last
 * after the record in Print. Either way it is the same plan as on screen,
 * so Print and Print a plan never list different next steps.
 */
export function printPlan(context: RenderContext, view: PrintPlanView) {
  return html`<section class="print-plan">
    ${heading(context.headingLevel, msg('Action plan', { desc: 'Heading of the action plan, on screen and on paper: agreed actions, then next steps to agree.' }), { className: 'print-heading' })}
    ${planTables(context, view)}
  </section>`;
}
