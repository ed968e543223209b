/**
 * A person taps 允许 in wx.requestSubscribeMessage for these templates,
 * reported to the local runtime as the H5 build reports it
 * (`POST /dev/subscribe-consent`): one message of each may then be sent to
 * them. Tests take the ids from the action that gives them to the page
 * (formOptions, inbox, messages.mine, getSession), as the client does.
 */
export async function acceptSubscribe(cloudUrl: string, openid: string, templateIds: readonly string[]): Promise<void> {
  const response = await fetch(`${cloudUrl}/dev/subscribe-consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid, templateIds }),
  });
  if (!response.ok) throw new Error(`POST /dev/subscribe-consent: HTTP ${response.status} ${await response.text()}`);
}

/** The acceptances `openid` has not used yet, per template id. */
export async function unusedAcceptances(cloudUrl: string, openid: string): Promise<Record<string, number>> {
  const response = await fetch(`${cloudUrl}/dev/subscribe-consent?openid=${encodeURIComponent(openid)}`);
  const body = (await response.json()) as { unused: Record<string, number> };
  return body.unused;
}
