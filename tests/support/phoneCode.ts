/**
 * The code WeChat's phone-number button would give for `phone`, from the
 * local runtime (`POST /dev/phone-code`); `code` names it in advance.
 */
export async function issuePhoneCode(cloudUrl: string, phone: string, code?: string): Promise<string> {
  const response = await fetch(`${cloudUrl}/dev/phone-code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, code }),
  });
  const body = (await response.json()) as { code?: string };
  if (!response.ok || typeof body.code !== 'string') throw new Error(`POST /dev/phone-code: HTTP ${response.status}`);
  return body.code;
}
