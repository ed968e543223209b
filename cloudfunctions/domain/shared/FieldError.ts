/** One field that failed validation, with a Chinese hint for the person filling the form. */
export interface FieldError {
  path: string;
  message: string;
}
