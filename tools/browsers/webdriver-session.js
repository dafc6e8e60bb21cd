// A minimal W3C WebDriver HTTP client: the few commands the WebKit launcher needs.
/**
 * The few W3C WebDriver commands the WebKit tests need, over the driver's
 * HTTP API with Node's fetch. A whole client (webdriverio) would bring a
 * hundred packages for eight endpoints.
 */
export class WebDriverSession {
  #base;

  static async create(driverUrl, capabilities) {
    const { sessionId } = await command(`${driverUrl}/session`, 'POST', { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(`${driverUrl}/session/${sessionId}`);
  }

  constructor(base) {
    this.#base = base;
  }

  navigate(url) {
    return this.#send('POST', '/url', { url });
  }

  /** Runs `script` (a function body; `arguments` holds `args`) in the page and returns its value. */
  execute(script, args = []) {
    return this.#send('POST', '/execute/sync', { script, args });
  }

  performActions(actions) {
    return this.#send('POST', '/actions', { actions });
  }

  releaseActions() {
    return this.#send('DELETE', '/actions');
  }

  windowRect() {
    return this.#send('GET', '/window/rect');
  }

  setWindowRect(rect) {
    return this.#send('POST', '/window/rect', rect);
  }

  /** The WAI-ARIA role the engine computes for an element that `execute` returned. */
  computedRole(element) {
    return this.#send('GET', `/element/${elementId(element)}/computedrole`);
  }

  /** The accessible name the engine computes for an element that `execute` returned. */
  computedLabel(element) {
    return this.#send('GET', `/element/${elementId(element)}/computedlabel`);
  }

  close() {
    return this.#send('DELETE', '');
  }

  #send(method, path, body) {
    return command(`${this.#base}${path}`, method, body);
  }
}

/** The key WebDriver uses for element references in JSON. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

function elementId(element) {
  const id = element?.[ELEMENT_KEY];
  if (!id) throw new Error(`Not a WebDriver element reference: ${JSON.stringify(element)}`);
  return id;
}

async function command(url, method, body) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok || value?.error) {
    throw new Error(`WebDriver ${method} ${new URL(url).pathname}: ${value?.error ?? response.status}: ${value?.message ?? ''}`);
  }
  return value;
}
