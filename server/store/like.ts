// The LIKE pattern of a case-insensitive "contains" search, shared by the stores that offer one.

/** `%text%`, lower-cased, with LIKE's own wildcards in `text` taken literally (compare with `lower(column)`). */
export const containsPattern = (text: string): string =>
  `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
