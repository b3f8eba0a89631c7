// @ts-check
/**
 * The one place that picks the WebExtension API object.
 *
 * Firefox exposes the promise-based `browser` namespace; Chrome exposes
 * `chrome`, whose MV3 methods also return promises when no callback is given.
 * Every other module imports `ext` from here instead of touching either
 * global. Outside an extension (node unit tests) `ext` is undefined, so
 * modules that are tested in node take the API pieces they need as arguments.
 */

/** @type {any} */
export const ext = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
