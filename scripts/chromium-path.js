import { existsSync } from 'node:fs';

/** The Chromium the browser tests drive: $CHROME_PATH, else Debian's package. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumAvailable = () => existsSync(chromiumPath);
