import { requireMayFileFor } from '../../domain/requests/requireMayFileFor';
import { defineAction } from '../../shared/defineAction';
import { fileNew } from '../../shared/requests/fileNew';

/**
 * 代办: a grid member files for a resident who cannot use a phone. The
 * resident is known by name, household and phone; whoever later signs in
 * with that phone sees the request as their own.
 */
export const fileOnBehalf = defineAction('requests', 'fileOnBehalf', {
  access: 'cadres',
  run: (input, context) =>
    fileNew(
      context,
      input,
      // The number the grid member wrote down: unverified, and the key by which the resident finds it once WeChat verifies it for them.
      { id: null, name: input.residentName, phone: input.residentPhone, phoneVerified: false, household: input.household },
      true,
      (loaded) => requireMayFileFor(context.caller, loaded.placeIds, input.gridId),
    ),
});
