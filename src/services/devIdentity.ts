/**
 * Demo identities for the H5 build, which runs only against the local cloud
 * runtime (localcloud/). The chosen openid is sent as `X-WX-OPENID` on every
 * call, standing in for the identity WeChat injects in the real mini-program.
 *
 * Nothing here may reach the weapp build: every export that does work checks
 * `process.env.TARO_ENV === 'h5'` first, so the bundler drops the bodies.
 */
import Taro from '@tarojs/taro';
import type { Role } from '@contract';
import { DEV_OPENID_KEY as STORAGE_KEY } from '@/h5/earlyHomeCall';

export interface DevUser {
  openid: string;
  name: string;
  roles: Role[];
}

/** The openid picked in the role switcher, or null. */
export function getDevOpenid(): string | null {
  if (process.env.TARO_ENV !== 'h5') return null;
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEY);
    return typeof value === 'string' && value !== '' ? value : null;
  } catch {
    return null;
  }
}

export function setDevOpenid(openid: string): void {
  if (process.env.TARO_ENV !== 'h5') return;
  Taro.setStorageSync(STORAGE_KEY, openid);
}

/** `GET /dev/users` of the local runtime: who can be impersonated. */
export async function listDevUsers(): Promise<DevUser[]> {
  if (process.env.TARO_ENV !== 'h5') return [];
  const res = await fetch('/dev/users', { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /dev/users: HTTP ${res.status}`);
  const body: unknown = await res.json();
  if (!Array.isArray(body)) throw new Error('GET /dev/users: not a list');
  return body.filter(isDevUser);
}

function isDevUser(value: unknown): value is DevUser {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.openid === 'string' && typeof v.name === 'string' && Array.isArray(v.roles);
}

/** Order in which the switcher lists roles, least to most senior; a person is listed under their most senior role. */
export const DEV_ROLE_ORDER: Role[] = ['resident', 'partyMember', 'gridMember', 'departmentStaff', 'staff', 'admin'];

export function primaryRole(user: DevUser): Role {
  for (let i = DEV_ROLE_ORDER.length - 1; i >= 0; i -= 1) {
    if (user.roles.includes(DEV_ROLE_ORDER[i])) return DEV_ROLE_ORDER[i];
  }
  return 'resident';
}

export function groupByRole(users: DevUser[]): { role: Role; users: DevUser[] }[] {
  return DEV_ROLE_ORDER.map((role) => ({
    role,
    users: users.filter((user) => primaryRole(user) === role),
  })).filter((group) => group.users.length > 0);
}

/** `POST /dev/phone-code` of the local runtime: the code WeChat's phone-number button would give for `phone`. */
export async function requestDevPhoneCode(phone: string): Promise<string> {
  if (process.env.TARO_ENV !== 'h5') throw new Error('phone codes come from the phone-number button on WeChat');
  const res = await fetch('/dev/phone-code', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ phone }),
  });
  const body: unknown = await res.json().catch(() => null);
  const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  if (!res.ok || typeof code !== 'string') throw new Error(`POST /dev/phone-code: HTTP ${res.status}`);
  return code;
}

/** A WeChat account the runtime has never seen (a first visit), for trying registration and 绑定手机号. */
export function newDevOpenid(): string {
  return `dev-new-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
