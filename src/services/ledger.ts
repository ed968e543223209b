/**
 * The ledger (台账) for staff: which places they may export, the export
 * itself, and opening the file. Only this module knows how each platform
 * opens it:
 * - weapp: downloadFile to a temporary path, then openDocument (Excel
 *   preview, with the menu to forward or save it);
 * - H5: an ordinary download link, clicked for the person.
 */
import Taro from '@tarojs/taro';
import type { LedgerFileDto, LedgerPlaceDto } from '@contract';
import { zh } from '@/text/zh';
import { callCloud } from './cloud';
import { CloudError } from './errors';

export async function places(): Promise<LedgerPlaceDto[]> {
  return (await callCloud('ledger', 'ledgerPlaces', {})).places;
}

export function exportLedger(scopeId: string, from: string, to: string): Promise<LedgerFileDto> {
  return callCloud('ledger', 'exportLedger', { scopeId, from, to });
}

/** Opens (weapp) or downloads (H5) an .xlsx file the functions wrote (a ledger, the roster template). */
export async function openFile(file: Pick<LedgerFileDto, 'url' | 'fileName'>): Promise<void> {
  if (!file.url) throw new CloudError('INTERNAL', zh.ledger.noUrl);
  if (process.env.TARO_ENV === 'weapp') {
    const downloaded = await Taro.downloadFile({ url: file.url });
    if (downloaded.statusCode !== 200) throw new CloudError('INTERNAL', zh.ledger.downloadFailed);
    await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
