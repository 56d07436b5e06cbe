/** The shape of a language file: every key of the German file, each a string. Missing or extra keys do not compile. */
export type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };
