/** English text: auth. */
export const auth = {
} as const;
