/**
 * The ledger (台账) for staff: which places they may export, the export
 * itself, and opening the file. Only this module knows how each platform
 * opens it (download.downloadCloudFile fetches it by fileID first):
 * - weapp: openDocument (Excel preview, with the menu to forward or save it);
 * - H5: an ordinary download of the fetched file, clicked for the person.
 */
import Taro from '@tarojs/taro';
import type { LedgerFileDto, LedgerPlaceDto } from '@contract';
import { downloadText } from '@/text/download';
import { callCloud } from './cloud';
import { CloudError } from './errors';
import { downloadCloudFile } from './download';

export async function places(): Promise<LedgerPlaceDto[]> {
  return (await callCloud('ledger', 'ledgerPlaces', {})).places;
}

export function exportLedger(scopeId: string, from: string, to: string): Promise<LedgerFileDto> {
  return callCloud('ledger', 'exportLedger', { scopeId, from, to });
}

/** Opens (weapp) or downloads (H5) an .xlsx file the functions wrote (a ledger, the roster template). */
export async function openFile(file: Pick<LedgerFileDto, 'fileID' | 'fileName'>): Promise<void> {
  const local = await downloadCloudFile(file.fileID);
  if (process.env.TARO_ENV === 'weapp') {
    try {
      await Taro.openDocument({ filePath: local, fileType: 'xlsx', showMenu: true });
    } catch {
      throw new CloudError('INTERNAL', downloadText.openFailed);
    }
    return;
  }
  const link = document.createElement('a');
  link.href = local;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file; give it a moment before the blob is released.
  setTimeout(() => URL.revokeObjectURL(local), 60_000);
}
