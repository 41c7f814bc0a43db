// The request id an error envelope carries: the caller's `X-Request-Id` when it is sane, else a new one.
const SANE = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && SANE.test(header) ? header : crypto.randomUUID();
}
