/** A catalogue with the keys of `T` and any text in place of each English one. */
export type Translated<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translated<T[K]> }
