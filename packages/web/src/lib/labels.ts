/** Words for codes come from the shared labels; kept here so that pages importing it need no change. */
export { humanize } from '@iomt/core/labels';
