/**
 * The fields of a café's details that its team writes: the same in the details form, the café row, its
 * audit snapshot and the preview of its public page.
 */
export type CafeDetailsText = {
  name: string;
  description: string;
  venueName: string | null;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  gettingThere: string | null;
  whoFor: string | null;
  accessNotes: string | null;
};
