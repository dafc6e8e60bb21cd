import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a print leaves behind until the browser says it is done (report-document.ts). */
interface Printed {
  remove(): void;
}

/**
 * Print and Print a plan: each prints the element's report from a frame of
 * its own (report-document.ts), so nothing of the host page prints. The
 * element makes the report (`printReport`); this keeps the one frame a
 * print leaves and removes it when the next print starts or the element
 * leaves the page.
 */
export class PrintController implements ReactiveController {
  #printed?: Printed;

  constructor(
    host: ReactiveControllerHost,
    private readonly printReport: (plan: boolean) => Promise<Printed | undefined>,
  ) {
    host.addController(this);
  }

  /** Prints the person's record, or the comparison while one is shown (the element chooses). */
  print = (): Promise<void> => this.#printing(false);

  printPlan = (): Promise<void> => this.#printing(true);

  hostDisconnected(): void {
    this.#printed?.remove();
    this.#printed = undefined;
  }

  async #printing(plan: boolean): Promise<void> {
    this.#printed?.remove();
    this.#printed = await this.printReport(plan);
  }
}
