import type { RosterImportDto } from '../../cloudfunctions/contract';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { dataOf, type TestCloud } from './testCloud';

const HEADER = '姓名,手机号,所属网格,角色,职责类别,第一责任人';
let uploads = 0;

/**
 * The county's administrator imports roster rows (姓名, 手机号, 所属网格,
 * 角色, 职责类别, 第一责任人) as townships send them: a CSV file uploaded to
 * cloud storage, then importRoster.
 */
export async function importRosterCsv(test: TestCloud, rows: string[][]): Promise<RosterImportDto> {
  uploads += 1;
  const csv = [HEADER, ...rows.map((row) => row.join(','))].join('\r\n');
  const upload = await fetch(
    `${test.cloud.url}/dev/upload?cloudPath=${encodeURIComponent(`${uploadFolder('rosters', 'demo-admin')}fixture-${uploads}.csv`)}`,
    {
      method: 'POST',
      headers: { 'x-wx-openid': 'demo-admin' },
      body: Buffer.from(csv, 'utf8'),
    },
  );
  const { fileID } = (await upload.json()) as { fileID: string };
  return dataOf(await test.call('demo-admin', 'admin', 'importRoster', { fileID }));
}
