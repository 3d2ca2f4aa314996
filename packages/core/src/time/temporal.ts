/** The one place Temporal is imported from, so a newer Node's native Temporal can replace the polyfill. */
export { Temporal } from 'temporal-polyfill';
