import { msg } from '@lit/localize';
import type { Announcer } from '../../controllers/announcer.js';
import type { ExchangeController } from '../../controllers/exchange-controller.js';
import { shadowRootOf, type ElementHost } from '../../controllers/host.js';

/** The dialogs that confirm Reset and an import: nothing changes until the person confirms. */
export class DialogsController {
  constructor(
    private readonly host: ElementHost,
    private readonly exchange: ExchangeController,
    private readonly announcer: Announcer,
  ) {}

  #dialog(id: 'reset-dialog' | 'import-dialog'): HTMLDialogElement | null {
    return shadowRootOf(this.host).getElementById(id) as HTMLDialogElement | null;
  }

  askToReset = (): void => this.#dialog('reset-dialog')?.showModal();

  /** Asks once the chosen file has been read, if it can be imported (else its notice says why not). */
  askToImport = async (): Promise<void> => {
    if (!this.exchange.pendingImport) return;
    await this.host.updateComplete;
    this.#dialog('import-dialog')?.showModal();
  };

  confirmReset = (): void => {
    this.exchange.reset();
    this.announcer.say(msg('All progress has been cleared. You can undo this.', { desc: 'Announced to screen readers after Reset; an Undo button follows the Reset button.' }));
    this.close();
  };

  confirmImport = (): void => {
    this.exchange.confirmImport();
    this.announcer.say(msg('Progress imported.', { desc: 'Announced to screen readers after an import.' }));
    this.close();
  };

  /** Closes whichever dialog is open and gives focus back to the button that opened it. */
  close = (event?: Event): void => {
    event?.preventDefault();
    const importWasOpen = this.#dialog('import-dialog')?.open;
    this.#dialog('reset-dialog')?.close();
    this.#dialog('import-dialog')?.close();
    this.exchange.cancelImport();
    shadowRootOf(this.host).querySelector<HTMLElement>(importWasOpen ? '.import-button' : '.reset-button')?.focus();
  };
}
