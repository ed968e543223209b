import { randomBytes } from 'node:crypto';

/** WeChat's phone-number codes expire after five minutes. */
const CODE_TTL_MS = 5 * 60_000;

interface IssuedCode {
  phone: string;
  expiresAt: number;
}

/**
 * The codes WeChat's phone-number button (open-type="getPhoneNumber") hands
 * the mini-program, which a cloud function exchanges for the number with
 * openapi.phonenumber.getPhoneNumber. There is no such button in a browser:
 * the H5 build asks `POST /dev/phone-code` for one instead. Like WeChat's,
 * a code works once and expires.
 */
export class PhoneCodes {
  private readonly codes = new Map<string, IssuedCode>();

  /** A code for `phone`; `code` lets a test or benchmark name it in advance. */
  issue(phone: string, now: number, code = randomBytes(16).toString('hex')): string {
    this.sweep(now);
    this.codes.set(code, { phone, expiresAt: now + CODE_TTL_MS });
    return code;
  }

  /** The phone behind `code`, once; undefined for an unknown, used or expired code. */
  redeem(code: string, now: number): string | undefined {
    const issued = this.codes.get(code);
    this.codes.delete(code);
    return issued && issued.expiresAt > now ? issued.phone : undefined;
  }

  private sweep(now: number): void {
    for (const [code, issued] of this.codes) if (issued.expiresAt <= now) this.codes.delete(code);
  }
}
