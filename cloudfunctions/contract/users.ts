import { z } from 'zod';
import { emptySchema, idSchema, type JurisdictionLevel, type Role } from './common';
import type { ContactCardDto } from './grids';

/** The areas a person uploads files to, each with their own folder (ProfileDto.uploadToken). */
export type { UploadArea } from '../domain/shared/uploads';

export const usersRequests = {
  /** Who am I: the caller's profile, or `registered: false` for a first visit. */
  me: emptySchema,
  /** 首页 in one call: the caller's profile and the 便民联系卡 of their home grid. */
  home: emptySchema,
  /** A resident picks or confirms the grid they live in; registers them on first use. */
  chooseGrid: z.object({ gridId: idSchema }).strict(),
  /**
   * Display preferences that follow the person across devices. `save` names
   * this tap on its phone (`device`, a key the phone made once, and `seq`,
   * growing with every tap there): a save from that phone that is not newer
   * than the last one stored from it is not applied, so two taps whose calls
   * cross leave the later tap's choice.
   */
  setPreferences: z
    .object({
      elderMode: z.boolean(),
      save: z
        .object({
          device: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
          seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        })
        .strict(),
    })
    .strict(),
  /**
   * 绑定手机号: the one-time code WeChat's phone-number button gives
   * (getPhoneNumber, `detail.code`). The function asks WeChat for the number
   * behind it; a person the administrators imported with that number (花名册)
   * becomes this WeChat account, with their duties and the requests routed
   * to them.
   */
  linkPhone: z.object({ code: z.string().trim().min(1).max(128) }).strict(),
};

export interface PlaceDto {
  id: string;
  name: string;
  level: JurisdictionLevel;
}

export interface ProfileDto {
  registered: boolean;
  name: string | null;
  roles: Role[];
  /** The grid where the person lives, with its township and village for display. */
  homeGrid: { grid: PlaceDto; village: PlaceDto; township: PlaceDto } | null;
  elderMode: boolean;
  /**
   * When 长辈模式 was last saved (server time, ms; null if never): a device
   * takes the server's value only when it is newer than its own last save, so
   * an answer read before a save never undoes it.
   */
  elderModeSetAt: number | null;
  /** The person's own mobile number once WeChat verified it (绑定手机号); null before. Only this number gives rights. */
  phone: string | null;
  /** A number the person typed to be reached on (unverified, contact only); null when none. */
  contactPhone: string | null;
  /**
   * Where the caller's uploads go: `<area>/<uploadToken>/` (the areas of
   * domain/shared/uploads.ts). A record accepts only files under the
   * caller's own folder (NOT_YOUR_UPLOAD). A digest of the WeChat account,
   * the same before and after 绑定手机号; a first-time visitor has one too.
   */
  uploadToken: string;
}

/** What 首页 shows, in one answer. */
export interface HomeDto {
  profile: ProfileDto;
  /** The home grid's 便民联系卡; null until the person has chosen a grid. */
  card: ContactCardDto | null;
}

/** What binding a phone did; the page reloads the profile afterwards (users.home, users.me). */
export interface LinkPhoneDto {
  /** The name the roster had for this number, when an imported person was taken over; null otherwise. */
  rosterName: string | null;
  /** Requests and messages that were waiting for the imported person and are now with this account. */
  movedRequests: number;
  movedMessages: number;
}

export interface UsersResponses {
  me: ProfileDto;
  home: HomeDto;
  chooseGrid: ProfileDto;
  setPreferences: ProfileDto;
  linkPhone: LinkPhoneDto;
}
