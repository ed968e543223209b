import type { ResidentRequest } from './ResidentRequest';

export type HandlerFields = Pick<ResidentRequest, 'handler' | 'openHandlerId' | 'handlerIds'>;

/**
 * The handler fields of `request` with the person `fromId` replaced by
 * `toId` (an imported person who now has a WeChat account, see linkPhone),
 * or null when `fromId` never held it. Names and the ledger stay as they
 * were: it is the same person.
 */
export function repointHandler(request: HandlerFields, fromId: string, toId: string): HandlerFields | null {
  if (!request.handlerIds.includes(fromId) && request.handler?.id !== fromId && request.openHandlerId !== fromId) return null;
  return {
    handler: request.handler && request.handler.id === fromId ? { ...request.handler, id: toId } : request.handler,
    openHandlerId: request.openHandlerId === fromId ? toId : request.openHandlerId,
    handlerIds: [...new Set(request.handlerIds.map((id) => (id === fromId ? toId : id)))],
  };
}
