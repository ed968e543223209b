import { UPLOAD_SECRET_VAR } from '../../cloudfunctions/shared/uploadFolder';

/** The secret environment variables the product's functions read (README "Using the WeChat build"), as a console set up for it holds them. */
export const PRODUCT_SECRETS: readonly string[] = [UPLOAD_SECRET_VAR];
