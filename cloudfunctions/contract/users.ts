import { z } from 'zod';
import { emptySchema, idSchema, type JurisdictionLevel, type Role } from './common';

export const usersRequests = {
  /** Who am I: the caller's profile, or `registered: false` for a first visit. */
  me: emptySchema,
  /** A resident picks or confirms the grid they live in; registers them on first use. */
  chooseGrid: z.object({ gridId: idSchema }).strict(),
  /** Display preferences that follow the person across devices. */
  setPreferences: z.object({ elderMode: z.boolean() }).strict(),
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
}

export interface UsersResponses {
  me: ProfileDto;
  chooseGrid: ProfileDto;
  setPreferences: ProfileDto;
}
