/** English text: homes. */
export const homes = {
} as const;
