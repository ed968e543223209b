/** The phone rule the forms check before sending (zod-free: the mini-program imports it as a value). */
export { PHONE_PATTERN } from '../domain/people/phonePattern';
