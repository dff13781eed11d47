'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/action-result';
import { dismissUnknownDevice } from '@/lib/domain/unknown-devices';
import { id } from '@/lib/validation/common';
import { runAction } from './run';

/** Forgets an unknown device; it is listed again the next time that MAC asks for a file. */
export async function dismissUnknownDeviceAction(unknownDeviceId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    dismissUnknownDevice(db, tenantId, id.parse(unknownDeviceId));
    revalidatePath('/unknown-devices');
    return null;
  });
}
