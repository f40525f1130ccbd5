/** English text: admin. */
export const admin = {
} as const;
