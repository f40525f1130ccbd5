/** The change history's snapshots of a partner service. */

export /** Empty values as null, lists in one order: before and after compare equal when nothing changed. */
function normalise(snap: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(snap)
      .filter(([key]) => key !== "intent")
      .map(([key, value]) => {
        if (value === undefined || value === "") return [key, null];
        if (key === "sessions" && Array.isArray(value))
          return [
            key,
            [...(value as { dayOfWeek: number; startTime: string }[])].sort(
              (a, b) =>
                a.dayOfWeek - b.dayOfWeek ||
                a.startTime.localeCompare(b.startTime)
            ),
          ];
        if (Array.isArray(value)) return [key, [...(value as string[])].sort()];
        return [key, value];
      })
  );
}
