/** Municipal answers and promises due within this many days are listed as "due soon". */
// @ts-nocheck

export const DUE_SOON_DAYS = 14;
/** Developments with nothing linked after this many days are listed. */
export const QUIET_AFTER_DAYS = 28;
