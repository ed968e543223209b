/** Photos one 收件 step may carry (the contract's MAX_CASE_PHOTOS; the domain's vocabulary is not shipped to the phone). */
export const MAX_CASE_PHOTOS = 9;
