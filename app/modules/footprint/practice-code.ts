/** A GP practice's ODS code, as the finder's links and the practice lookup accept it: C82001. */
export const PRACTICE_CODE = /^[A-Z0-9]{3,10}$/;
