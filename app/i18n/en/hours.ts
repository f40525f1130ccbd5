/** English text: hours. */
export const hours = {
} as const;
