/** Mainland mobile numbers, or landlines with an area code (village offices still use them). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
