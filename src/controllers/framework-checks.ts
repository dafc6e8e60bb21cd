/**
 * The checks for a framework a page brings (the framework format, in
 * valibot): imported only dynamically, so they are their own file beside
 * the bundle, fetched the first time a page brings a framework.
 */
export { parseFramework } from '../core/framework/parse-framework.js';
