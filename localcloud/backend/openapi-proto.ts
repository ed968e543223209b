import protobuf from 'protobufjs';

/**
 * The protobuf messages of wx.openApi, as wx-server-sdk encodes them
 * (field numbers copied from its generated code).
 */
const PROTO = `
syntax = "proto3";
message KeyValuePair { string key = 1; bytes value = 2; }
message OpenApiData { repeated KeyValuePair pairs = 1; }
message CommApiData { int32 apiType = 1; OpenApiData openapiData = 2; string appid = 6; }
message CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; uint32 httpCode = 4; }
`;

const root = protobuf.parse(PROTO, { keepCase: true }).root;
const CommApiData = root.lookupType('CommApiData');
const CommOpenApiResp = root.lookupType('CommOpenApiResp');

export interface OpenApiRequest {
  apiType: number;
  appid: string;
  /** The API's parameters, each decoded from its JSON text. */
  params: Record<string, unknown>;
}

export function decodeOpenApiRequest(bytes: Buffer): OpenApiRequest {
  const msg = CommApiData.toObject(CommApiData.decode(bytes), { defaults: true, bytes: Buffer }) as {
    apiType: number;
    appid: string;
    openapiData?: { pairs?: Array<{ key: string; value: Buffer }> };
  };
  const params: Record<string, unknown> = {};
  for (const { key, value } of msg.openapiData?.pairs ?? []) {
    const text = Buffer.from(value).toString('utf8');
    try {
      params[key] = JSON.parse(text) as unknown;
    } catch {
      params[key] = text;
    }
  }
  return { apiType: msg.apiType, appid: msg.appid, params };
}

/** A successful (transport-level) answer carrying the WeChat API's JSON result. */
export function encodeOpenApiResponse(json: Record<string, unknown>): Buffer {
  const message = CommOpenApiResp.create({
    respData: Buffer.from(JSON.stringify(json)),
    contentType: 'application/json',
    errorCode: 0,
    httpCode: 200,
  });
  return Buffer.from(CommOpenApiResp.encode(message).finish());
}
