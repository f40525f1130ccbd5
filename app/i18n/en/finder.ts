/** English text: finder. */
export const finder = {
} as const;
