import { z } from 'zod';
import { idSchema } from './common';
import type { PlaceDto } from './users';

export const gridsRequests = {
  /** Villages and their grids of one township (the caller's, or the first), for the grid picker. */
  listGrids: z.object({ townshipId: idSchema.optional() }).strict(),
  /** 便民联系卡: who serves a grid and how to reach them. */
  contactCard: z.object({ gridId: idSchema }).strict(),
};

export interface GridChoiceDto {
  village: PlaceDto;
  grids: PlaceDto[];
}

export interface GridListDto {
  /** Every township, so a person from elsewhere can switch. */
  townships: PlaceDto[];
  township: PlaceDto;
  villages: GridChoiceDto[];
}

export interface ContactDto {
  name: string;
  /** What the person does for this grid, e.g. 网格长、调解员. */
  title: string;
  /** Categories of requests they take, in Chinese, for display. */
  duties: string[];
  phone: string;
  firstResponsible: boolean;
  /** Where the contact sits: the grid itself, or the village when the grid has nobody. */
  level: 'grid' | 'village';
}

export interface ContactCardDto {
  grid: PlaceDto;
  village: PlaceDto;
  township: PlaceDto;
  contacts: ContactDto[];
}

export interface GridsResponses {
  listGrids: GridListDto;
  contactCard: ContactCardDto;
}
