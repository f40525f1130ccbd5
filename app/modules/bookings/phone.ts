/**
 * A UK call-back number as typed (spaces, dashes, brackets, +44 or 0044) in a standard written form, or
 * null when it is not a UK number a café or the CAP could call back: 10 or 11 digits starting with 01, 02,
 * 03, 07 or 08 (not 09 premium rate, not 070 personal numbers).
 */
export function ukPhoneNumber(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d\s().-]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/[\s().-]/g, "");
  if (digits.startsWith("+44")) digits = `0${digits.slice(3).replace(/^0/, "")}`;
  else if (digits.startsWith("0044")) digits = `0${digits.slice(4).replace(/^0/, "")}`;
  if (!/^\d+$/.test(digits)) return null;
  if (!/^0[12378]/.test(digits) || digits.startsWith("070")) return null;
  if (digits.startsWith("01") && digits.length !== 10 && digits.length !== 11) return null;
  if (!digits.startsWith("01") && digits.length !== 11) return null;
  // Mobiles and non-geographic numbers as 5-6 digits, London and the 02 areas as 3-4-4, others as 5-6.
  if (digits.startsWith("02")) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}
