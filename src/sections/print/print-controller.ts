import type { ReactiveControllerHost } from 'lit';

/**
 * Print or Print a plan: the page is drawn for the one asked for before the
 * browser's print dialog opens. The plan stays drawn until the browser says
 * printing is over (afterprint).
 */
export class PrintController {
  printingPlan = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Prints the person's record, or the comparison while one is shown (the print rules choose). */
  print = (): Promise<void> => this.#printing(false);

  printPlan = (): Promise<void> => this.#printing(true);

  async #printing(plan: boolean): Promise<void> {
    this.printingPlan = plan;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (plan)
      window.addEventListener(
        'afterprint',
        () => {
          this.printingPlan = false;
          this.host.requestUpdate();
        },
        { once: true },
      );
    window.print();
  }
}
