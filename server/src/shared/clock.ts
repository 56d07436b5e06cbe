/** Injected wherever "now" matters, so tests can freeze time. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
