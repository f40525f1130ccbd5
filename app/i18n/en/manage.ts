/** English text: manage. */
export const manage = {
} as const;
